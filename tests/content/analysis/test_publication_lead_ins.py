"""A blockquote's lead-in that only names where the words were published ('In the blog X:', 'From the group's
Facebook page:') gives them to the publication's owner (issue 13, styles9: Madrilonia.org; styles4: 'From their
Blog post:', whose pronoun owner is left alone)."""

import pytest

from tests.content.analysis.helpers import analyze_text


def _speakers(body: str) -> list[str]:
    return [a.speaker for a in analyze_text(body).attributions if a.direct]


@pytest.mark.parametrize(
    ("lead_in", "owner"),
    [
        ("In the neighbourhood blog Lavapies.info:", "Lavapies.info"),
        ("From the Teachers' Union's Facebook page:", "Teachers' Union"),
        ("On the website of Amnesty International:", "Amnesty International"),
    ],
)
def test_a_verbless_lead_in_naming_a_publication_gives_the_words_to_its_owner(lead_in, owner):
    body = (
        "Hundreds of people gathered in the square on Sunday.\n\n"
        f"{lead_in}\n\n"
        "> The square belongs to everyone, and we will meet here every Sunday until the law changes.\n"
    )
    [speaker] = _speakers(body)
    assert owner.lower() in speaker.lower()


def test_a_publication_with_no_owner_named_gives_no_one():
    body = (
        "Hundreds of people gathered in the square on Sunday.\n\n"
        "In the blog:\n\n"
        "> The square belongs to everyone, and we will meet here every Sunday until the law changes.\n"
    )
    assert _speakers(body) == []
