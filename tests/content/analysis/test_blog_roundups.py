"""Global Voices-style roundups: what bloggers and Twitter users said, set as blockquotes under a lead-in, an
original-language blockquote above its English translation, captions between paragraphs (issue 13). Invented
posts; each test names the form it specifies."""

import pytest

from quizgame.content.analysis.block_languages import original_of
from tests.content.analysis.helpers import analyze_text


def _direct(body: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.quote) for a in analyze_text(body).attributions if a.direct]


@pytest.mark.parametrize(
    ("original", "translation"),
    [
        ("@karimadel:#العيش_حق", "Bread is a right"),  # a short line in Arabic script, the handle on it only
        ("@minji: 지하철 요금 또 올라요.", "Subway fares are going up again."),
        ("@lena_k: Опять те же лица.", "Again the same faces."),
        ("@ignacio: Mañana volvemos a clases, el jueves volvemos a la calle.",
         "Tomorrow we go back to class, on Thursday we go back to the street."),
    ],
)  # fmt: skip
def test_an_original_with_the_handle_is_one_statement_with_the_translation_below_it(original, translation):
    assert original_of(original, translation)
    body = f"Netizens were quick to react.\n\nOne user tweeted:\n\n> {original}\n\n> {translation}\n"
    assert _direct(body) == [("@" + original[1:].split(":")[0], translation.rstrip())]


def test_an_original_with_few_foreign_function_words_is_known_by_the_english_ones_of_its_translation():
    original = "Nós voltamos porque as promessas não foram cumpridas. Ninguém nos consultou sobre a barragem."
    translation = "We came back because the promises were not kept. No one consulted us about the dam."
    assert original_of(original, translation)
    body = f"The villagers returned on Tuesday.\n\nTheir leader, Raimundo Kayapó, wrote:\n\n> {original}\n\n> {translation}\n"
    assert [quote for _, quote in _direct(body)] == [translation]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The march was peaceful until the police arrived. Nobody understands why.",
         "We will be back on Thursday, and on every Thursday after that."),
        ("Every year the same drains, every year the same promises.",
         "The money for the drains was in last year's budget. Where did it go?"),
        ("@ana: Otra vez los mismos gases.", "@ben: Again the same gas, again."),  # two authors
    ],
)  # fmt: skip
def test_two_blocks_of_english_or_of_two_authors_are_no_original_and_translation(first, second):
    assert not original_of(first, second)


@pytest.mark.parametrize(
    "caption",
    [
        'Bakers protest in Giza. Sign reads "We bake, you decide, we pay". Image by Omar Farid (CC BY-SA 3.0)',
        "Nurses demand better pay. Photo from the Facebook page of the nurses' union",
        "Villagers say the river is dying. Image posted by @tapajosvivo.",
    ],
)
def test_a_photo_caption_is_no_ones_statement(caption):
    body = f"Hundreds marched through the city on Saturday.\n\n{caption}\n\nThe march ended peacefully at noon.\n"
    assert analyze_text(body).attributions == []


def test_prose_that_mentions_photos_is_still_read():
    body = "Photos posted by residents show that the bridge collapsed, the mayor said on Monday.\n"
    assert "the mayor" in [a.speaker for a in analyze_text(body).attributions]
