"""A quotation split by its cue ('"...," she said, "..."'): both halves are the speaker's, also when the parse
gives the cue only the second half as its content."""

from tests.content.analysis.helpers import pairs


def test_both_halves_of_a_split_quotation_are_the_speakers():
    body = (
        "Ana Ruiz endorsed Tom Hale on Monday. "
        '"Three months ago," she said, "I entered the race to fix the roads. Today I am leaving it."'
    )
    found = pairs(body)
    assert ("Ana Ruiz", "Three months ago") in found
    assert any(speaker == "Ana Ruiz" and quote.startswith("I entered the race") for speaker, quote in found)


def test_a_cue_reporting_a_clause_of_its_own_after_a_quotation_does_not_take_it():
    body = (
        'His prediction that an "aging African leader" would die came true, with critics concluding that he was right.'
    )
    assert not any(quote == "aging African leader" for _, quote in pairs(body))
