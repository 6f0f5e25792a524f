"""Attributions of nothing that fresh Wikinews articles (tests/data/reading8) showed: a topic phrase taken for the
words ('saying of the letter'), the act of speaking taken for what was said ('made the comments'), a topic
described, a document that brings something about, a character who finds something out."""

from tests.content.analysis.helpers import analyze_text


def quotes(body: str) -> list[str]:
    return [a.quote for a in analyze_text(body).attributions]


def test_the_topic_before_a_quotation_is_not_a_statement_of_its_own():
    body = 'Lars Ek is quoted in the Daily Lantern as saying of the plan, "It will cost the town dearly."'
    assert quotes(body) == ["It will cost the town dearly."]


def test_making_remarks_somewhere_says_nothing_of_what_they_were():
    body = "Ola Brink said he would appeal the verdict. He made the remarks in his first interview since the trial."
    assert quotes(body) == ["he would appeal the verdict"]


def test_describing_a_topic_is_no_statement_but_describing_it_as_something_is():
    assert quotes("The nurse spoke for an hour, describing the damage to the school.") == []
    assert [q for q in quotes('The nurse described the damage as "severe".') if "severe" in q]


def test_a_ruling_that_ensures_a_state_of_things_states_nothing():
    assert quotes("A court ruling in May did ensure the files were kept for ten years.") == []


def test_a_character_who_finds_something_out_states_nothing():
    assert quotes("In the strip, a cat named Milo finds out that the milk in the fridge has gone sour.") == []
