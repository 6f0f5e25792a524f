"""A blockquote announced by a short paragraph ending in a full stop rather than a colon is still read."""

from tests.content.analysis.helpers import analyze_text

_CONTEXT = (
    "The kiosks were dismantled after months of protests, and the movement has been seen as an awakening of "
    "civil society.\n\n"
)
_BLOCK = "> The activists forced the country's top official to carry out their demand.\n"


def test_a_blog_that_comments_with_a_full_stop_introduces_the_blockquote():
    # the parser reads 'comments' as a plural noun: a verb of saying at the end of a short paragraph
    [attribution] = analyze_text(_CONTEXT + "The Armenian Observer blog comments.\n\n" + _BLOCK).attributions
    assert "Observer blog" in attribution.speaker
    assert attribution.quote.startswith("The activists forced")


def test_another_voicing_an_opinion_is_an_unnamed_speaker():
    body = (
        "Some supporters on Facebook even changed their profile pictures in support of those targeted.\n\n"
        "Another voiced their opinion as a Facebook status update.\n\n" + _BLOCK
    )
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker == "Another"


def test_a_long_paragraph_ending_in_a_full_stop_is_prose_not_an_introduction():
    body = (
        "The Armenian Observer blog comments on the protests every week, and its readers have followed the "
        "kiosks from the first day of the movement to the last.\n\n" + _BLOCK
    )
    assert analyze_text(body).attributions == []


def test_one_of_the_comments_names_its_own_speaker():
    body = (
        "One of the comments left on the piece, signed by user Tchaka, added:\n\n"
        "> He and his party are having trouble understanding trends of modern youth.\n"
    )
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker != "One"
