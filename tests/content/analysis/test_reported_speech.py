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
