"""Reported speech read from the parse: a verb of saying, believing or showing with a subject and a clause
is a statement, even when the verb is also an everyday verb ('declared a holiday', 'urged restraint')."""

from tests.content.analysis.helpers import analyze_text


def found(body: str) -> list[tuple[str, str, str]]:
    return [(a.speaker, a.speaker_kind, a.quote) for a in analyze_text(body).attributions]


def test_a_verb_that_also_declares_things_reports_a_that_clause():
    [(speaker, kind, quote)] = found("The council declared that the election was void.")
    assert (speaker, kind) == ("The council", "organization")
    assert "the election was void" in quote


def test_urging_a_clause_with_its_own_subject_is_a_statement_of_each_party():
    body = "Ann Lee and the mayor urged the fee be waived."
    assert {(s, q) for s, _, q in found(body)} == {("Ann Lee", "the fee be waived"), ("the mayor", "the fee be waived")}


def test_declaring_an_object_to_be_something_reports_it():
    [(speaker, _, quote)] = found("The ministry declared the outbreak of measles to be an epidemic.")
    assert speaker == "The ministry" and "the outbreak of measles to be an epidemic" in quote


def test_declaring_or_urging_a_thing_without_a_clause_reports_nothing():
    assert found("The ministry declared a state of emergency on Monday. The mayor urged calm.") == []


def test_a_passive_verb_of_saying_with_no_speaker_hides_no_statement():
    """'equipment is being added' is no one's words: the indicating around it is still a statement."""
    [(speaker, _, quote)] = found("Carl Dorn also indicated equipment is being added to the lines.")
    assert speaker == "Carl Dorn" and quote == "equipment is being added to the lines"


def test_what_was_told_to_someone_is_reported_though_parsed_as_a_clause_on_the_addressee():
    body = (
        "Police were able to trace the car and spoke with Ann Lee as a suspect. "
        'She informed police she had diplomatic immunity, but "that she had no plans to leave the country".'
    )
    [(speaker, _, quote)] = found(body)
    assert speaker == "Ann Lee"
    assert quote.startswith("she had diplomatic immunity") and "no plans to leave the country" in quote


def test_whom_someone_told_a_thing_is_not_what_they_said():
    assert found("Ann Lee told the man she met that the shop was closed.") in (
        [],
        [("Ann Lee", "named", "that the shop was closed")],
    )


def test_a_participle_hung_on_a_clause_about_a_thing_speaks_for_the_party_above_it():
    body = 'An eyewitness described to reporters how the fire spread, stating, "I saw the roof fall in and then the smoke."'
    [(speaker, kind, _)] = found(body)
    assert (speaker, kind) == ("An eyewitness", "anonymous")
    body = "Two analysts called the deal risky, as the market is small and margins are thin, while noting that the army needs the shells."
    assert {s for s, _, q in found(body) if q.removeprefix("that ") == "the army needs the shells"} == {"Two analysts"}


def test_a_verb_closing_the_sentence_after_a_comma_reports_the_clause_before_it():
    body = "The extinct species used to select bones from one kind of animal to make its tools, the research showed."
    [(speaker, kind, quote)] = found(body)
    assert (speaker, kind) == ("the research", "document")
    assert quote.startswith("The extinct species used to select bones")


def test_a_verb_of_showing_closing_a_sentence_with_no_clause_before_it_reports_nothing():
    assert found("After the storm, the mayor showed.") == []


def test_an_accusation_of_someone_is_reported_with_its_verb():
    [(speaker, kind, quote)] = found("A former aide last month accused him of fraud.")
    assert (speaker, kind, quote) == ("A former aide", "anonymous", "accused him of fraud")


def test_a_subject_and_verb_set_off_by_commas_inside_a_sentence_report_the_rest_of_it():
    body = "Many of the tribes in the region, the complaint pointed out, have a notion of family that differs from the form."
    [(speaker, kind, quote)] = found(body)
    assert (speaker, kind) == ("the complaint", "document")
    assert quote.startswith("Many of the tribes") and quote.endswith("differs from the form")


def test_commas_around_a_clause_with_no_verb_of_saying_report_nothing():
    assert found("In the end, the mayor won, and the council lost.") == []


def test_explaining_a_plain_noun_names_a_topic_not_a_statement():
    """'explained his decision', 'clarify my position': what the words are about, as 'explains why' is."""
    body = "The mayor explained his decision on Monday. Ann Lee posted her impressions on her blog."
    assert found(body) == []


def test_explaining_with_a_clause_or_as_is_still_a_statement():
    [(speaker, _, quote)] = found("The mayor explained that the budget had run out.")
    assert speaker == "The mayor" and "the budget had run out" in quote
    [(speaker, _, quote)] = found('Ann Lee explained the cuts as "a necessity we cannot avoid".')
    assert speaker == "Ann Lee" and "a necessity we cannot avoid" in quote
