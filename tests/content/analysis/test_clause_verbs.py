"""Verbs that report a clause beyond the lexicon's cue words: the WordNet class of saying, believing, showing and
finding (clause_verbs.py), read through the parse; and reporting constructions the parser bends."""

from pathlib import Path

from quizgame.content.analysis.clause_verbs import clause_verbs, read_data_verb
from tests.content.analysis.helpers import analyze_text


def found(body: str) -> list[tuple[str, str]]:
    return [(a.speaker.removeprefix("the ").removeprefix("The "), a.quote) for a in analyze_text(body).attributions]


def test_the_class_holds_verbs_of_finding_and_supposing_and_not_of_doing():
    verbs = clause_verbs()
    assert {"determine", "suppose", "surmise", "infer", "say", "predict"} <= verbs
    assert not {"run", "build", "arrest", "kill"} & verbs


def test_the_class_is_read_from_wordnet_senses_of_cognition_or_communication_with_a_that_clause(tmp_path: Path):
    data = tmp_path / "data.verb"
    data.write_text(
        "  1 This software and database is being provided to you\n"
        "00000001 31 v 02 surmise 0 guess 0 000 02 + 08 00 + 26 00 | infer from incomplete evidence\n"
        "00000002 38 v 01 sprint 0 000 01 + 02 00 | run very fast\n"
        "00000003 32 v 01 shout 0 000 01 + 08 00 | utter in a loud voice\n",
        encoding="utf-8",
    )
    assert read_data_verb(data) == {"surmise", "guess"}


def test_a_verb_of_finding_with_a_bare_clause_reports_it():
    [(speaker, quote)] = found("Inspectors from the agency determined the reactor had been shut down in May.")
    assert speaker.endswith("Inspectors from the agency") or speaker == "Inspectors"
    assert quote.startswith("the reactor had been shut down")


def test_a_verb_of_finding_in_a_condition_or_a_question_reports_nothing():
    assert found("Surgery was only allowed if a doctor determined the patient was in danger.") == []
    assert found("The mayor was asked how long she anticipates the road will stay closed.") == []


def test_a_verb_of_debating_whether_reports_no_statement():
    assert found("Historians debate whether the fire was set by the guards.") == []


def test_a_hedge_in_the_first_person_is_not_a_report():
    assert found("I guess the bridge was built in 1920.") == []


def test_told_an_event_that_a_clause_reports_the_clause():
    [(speaker, quote)] = found("Minister Ada Brun told a press briefing that the ruling was unlawful and void.")
    assert speaker == "Ada Brun" and "the ruling was unlawful and void" in quote


def test_identified_as_names_who_someone_is_for_the_party_that_identified():
    [(speaker, quote)] = found("Police officials identified the driver as 34-year-old Tom Hale of Leeds.")
    assert speaker == "Police officials" and "34-year-old Tom Hale of Leeds" in quote


def test_identified_in_the_passive_names_no_one():
    assert found("The driver was identified as Tom Hale.") == []


def test_a_verb_of_the_class_with_a_quotation_in_its_object_gives_its_subject_the_words():
    [(speaker, quote)] = found('The spokesman surmises a "deliberate campaign of sabotage" against the port.')
    assert speaker == "spokesman" and "deliberate campaign of sabotage" in quote


def test_a_statement_saying_a_clause_before_a_blockquote_keeps_the_clause():
    body = (
        "Minister Ada Brun issued a statement on the ministry website saying the court was panicking:\n\n"
        "> I have ordered the solicitor to have that stay revoked at once.\n"
    )
    quotes = [q for _, q in found(body)]
    assert any("the court was panicking" in q for q in quotes)
    assert any(q.startswith("I have ordered the solicitor") for q in quotes)
