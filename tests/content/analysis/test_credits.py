"""What a credit line is (credits.py), on invented lines: a label anywhere in a line, the credit that may end a
caption, and the credit just before a name. One vocabulary, three questions."""

from __future__ import annotations

import pytest

from quizgame.content.analysis.credits import CREDIT, credit_starts, credits_the_name


@pytest.mark.parametrize(
    "line",
    [
        "Fishermen mend their nets at dawn. Photo: Ama Owusu",
        "Photo credit: the Harbour Trust",
        "Image source: a city council leaflet",
        "Pictures courtesy of the Mensah family",
        "Photos by Kofi Boateng (CC BY 2.0)",
        "Video by the river patrol",
        "Source: National Statistics Office",
    ],
)
def test_a_credit_label_marks_its_line(line: str) -> None:
    assert CREDIT.search(line)


@pytest.mark.parametrize(
    "line",
    [
        "She showed the photo by the gate to the inspectors.",
        "The picture was taken in 1998, the family said.",
        "The source of the fire is not known.",
    ],
)
def test_prose_about_a_picture_or_a_source_is_no_label(line: str) -> None:
    assert not CREDIT.search(line)


def test_a_caption_credit_starts_at_a_label_or_a_looser_credit_phrase() -> None:
    line = "Dockers march to the port. Photo shared on Flickr by the union"
    assert credit_starts(line) == [line.index("Photo")]
    line = "Dockers march to the port. Photo: the union"
    assert line.index("Photo") in credit_starts(line)
    assert credit_starts("The dockers marched to the port on Monday.") == []


@pytest.mark.parametrize(
    "before",
    ["(Image: ", "Photo by ", "(photograph courtesy of ", "Picture: ", "copyright ", "© ", "Credit: "],
)
def test_the_words_just_before_a_name_credit_it(before: str) -> None:
    assert credits_the_name(before)


@pytest.mark.parametrize("before", ["The photo was taken by ", "Police said ", "(Image: the harbour) and "])
def test_a_credit_earlier_in_the_line_does_not_credit_a_later_name(before: str) -> None:
    assert not credits_the_name(before)
