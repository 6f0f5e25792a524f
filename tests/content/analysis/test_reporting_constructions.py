"""Reporting constructions the parser bends: 'told a briefing that ...', 'identified X as Y', a weak cue with a
that-clause, a participle of a verb joined to a passive, and a statement's clause before a blockquote."""

from tests.content.analysis.helpers import analyze_text


def found(body: str) -> list[tuple[str, str]]:
    return [(a.speaker.removeprefix("the ").removeprefix("The "), a.quote) for a in analyze_text(body).attributions]


def test_told_an_event_that_a_clause_reports_the_clause():
    [(speaker, quote)] = found("Minister Ada Brun told a press briefing that the ruling was unlawful and void.")
    assert speaker == "Ada Brun" and "the ruling was unlawful and void" in quote


def test_told_a_person_that_a_clause_still_reports_the_clause():
    [(speaker, quote)] = found("Mayor Tom Reyes told reporters that the bridge would reopen on Monday.")
    assert speaker == "Tom Reyes" and "the bridge would reopen on Monday" in quote


def test_identified_as_names_who_someone_is_for_the_party_that_identified():
    [(speaker, quote)] = found("Police officials identified the driver as 34-year-old Tom Hale of Leeds.")
    assert speaker == "Police officials" and "34-year-old Tom Hale of Leeds" in quote


def test_identified_in_the_passive_names_no_one():
    assert found("The driver was identified as Tom Hale.") == []


def test_a_weak_cue_with_a_that_clause_states_the_clause():
    [(speaker, quote)] = found("Senator Ana Lopez expressed that the new tax is a mistake that will hurt farmers.")
    assert speaker == "Ana Lopez" and quote.startswith("that the new tax is a mistake")


def test_a_weak_cue_with_only_an_object_still_needs_a_quotation():
    assert found("Senator Ana Lopez expressed her support for the farmers.") == []


def test_a_participle_on_a_verb_joined_to_a_passive_is_its_subjects():
    body = "Ana Lopez was elected mayor in 2012 and served one term, but did not run again, citing health concerns."
    [(speaker, quote)] = found(body)
    assert speaker == "Ana Lopez" and "health concerns" in quote


def test_a_verb_joined_to_a_passive_verb_is_passive_too():
    assert found("Tom Hale was arrested on Monday and accused of fraud.") == []


def test_an_active_verb_of_saying_joined_to_a_passive_speaks_for_its_subject():
    assert found("Tom Hale was arrested on Monday and later denied the charges.") == [
        ("Tom Hale", "denied the charges")
    ]


def test_a_statement_saying_a_clause_before_a_blockquote_keeps_the_clause():
    body = (
        "Minister Ada Brun issued a statement on the ministry website saying the court was panicking:\n\n"
        "> I have ordered the solicitor to have that stay revoked at once.\n"
    )
    quotes = [q for _, q in found(body)]
    assert any("the court was panicking" in q for q in quotes)
    assert any(q.startswith("I have ordered the solicitor") for q in quotes)


def test_a_topic_before_a_blockquote_is_not_a_statement():
    body = "Minister Ada Brun issued a statement about the ruling:\n\n> I have ordered the solicitor to act at once.\n"
    assert [q[:15] for _, q in found(body)] == ["I have ordered "]


def test_a_participle_of_asking_after_a_verb_of_saying_speaks_with_its_subject():
    body = "Chief constable Nick Hale wrote to the embassy in London asking to waive her diplomatic immunity."
    assert found(body) == [("Nick Hale", "to waive her diplomatic immunity")]


def test_a_participle_of_asking_after_a_verb_of_doing_is_no_statement():
    assert found("Chief constable Nick Hale drove to the embassy asking to see the ambassador.") == []


def test_a_clause_verb_joined_to_a_passive_with_no_actor_borrows_no_speaker():
    """The parser may leave 'critics' unattached; 'it', the subject of the passive, is never the speaker."""
    body = "The new cabinet was sworn in, but it is seen as too conservative and critics have complained of delays."
    assert all(speaker not in ("it", "cabinet", "new cabinet") for speaker, _ in found(body))
