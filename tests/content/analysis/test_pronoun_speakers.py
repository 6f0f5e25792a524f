"""Pronoun speakers the resolution used to drop: a possessive 'his' owning a statement ('his announcement that
...') and the indefinite people pronouns ('someone said', 'everybody agrees that'), also inside a blockquote."""

from tests.content.analysis.helpers import analyze_text


def speakers_of(body: str, words: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.speaker_kind) for a in analyze_text(body).attributions if words in a.quote]


def test_his_statement_noun_is_the_statement_of_the_man_named_before():
    body = "Ola Berg quit the council on Monday, and his announcement that he will leave politics surprised the party."
    assert speakers_of(body, "he will leave politics") == [("Ola Berg", "named")]


def test_his_does_not_reach_a_woman_the_text_shows_as_one():
    body = "Mrs Anna Lind quit the council on Monday, and his announcement that he will leave politics surprised her."
    assert speakers_of(body, "he will leave politics") == []


def test_someone_saying_something_is_an_unnamed_source():
    body = 'The shelling went on all night. Someone said, "These sounds frighten the children more than hunger."'
    assert speakers_of(body, "frighten the children") == [("Someone", "anonymous")]


def test_everybody_agreeing_that_a_clause_holds_is_an_unnamed_source():
    body = "The protesters came from many towns, and everybody agrees that the new fees must be withdrawn."
    assert speakers_of(body, "the new fees must be withdrawn") == [("everybody", "anonymous")]


def test_no_one_saying_something_attributes_nothing():
    assert speakers_of("Nobody said that the bridge was safe after the flood.", "the bridge was safe") == []


def test_someone_quoted_inside_a_blockquote_is_a_source_nested_in_it():
    body = (
        "Ada Brun wrote on her blog:\n\n"
        '> The guns did not stop. Someone said, "These sounds frighten the children more than hunger." I agree.\n'
    )
    assert ("Someone", "anonymous") in speakers_of(body, "frighten the children")


def test_not_everyone_believing_a_clause_attributes_nothing():
    assert speakers_of("Not everyone believes that the old bridge can be saved.", "the old bridge can be saved") == []
