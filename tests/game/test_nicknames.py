"""Nickname rules, as pure functions: length, cleaning, and the offensive-word filter."""

from __future__ import annotations

import pytest

from quizgame.game.nicknames import NicknameError, clean, folded, is_offensive, validate


def test_spaces_are_collapsed_and_unicode_normalised():
    assert clean("  Sam   the\tGreat ") == "Sam the Great"
    assert clean("Ｓａｍ") == "Sam"


@pytest.mark.parametrize("raw", ["S", " S ", "x" * 21, ""])
def test_length_must_be_2_to_20(raw):
    with pytest.raises(NicknameError, match="2 to 20 characters"):
        validate(raw)


def test_control_characters_are_refused():
    with pytest.raises(NicknameError):
        validate("Sam\u200bX")


def test_markup_is_allowed_as_text_since_pages_escape_it():
    assert validate("<script>") == "<script>"


def test_leetspeak_and_accents_fold_to_letters():
    assert folded("Sh1t") == "shit"
    assert folded("$éx") == "sex"
    assert folded("@ss") == "ass"


@pytest.mark.parametrize("nickname", [
    "shit", "Sh1t", "SHIIIIT", "xXshitXx", "f u c k", "F.U.C.K", "fuuuuck", "a.s.s", "@ss", "B1tch", "big dick",
    "boob", "b00000b", "Poooop", "buttt",
])
def test_offensive_nicknames_are_caught_in_their_disguises(nickname):
    assert is_offensive(nickname)


@pytest.mark.parametrize("nickname", [
    "Dickens", "Essex", "Hancock", "Scunthorpe", "Cassie", "grapefruit", "Sam", "Class Act", "Pass Master",
    # Shorter than a blocked word whose doubled letter squeezes to them ("ass", "boob", "butt", "poop").
    "Fast as light", "Bob", "Bobs Burgers", "but why", "Pop Star", "Student 245", "Player 8o8",
])
def test_ordinary_names_that_contain_short_bad_words_pass(nickname):
    assert not is_offensive(nickname)


def test_the_refusal_is_friendly():
    with pytest.raises(NicknameError, match="Please pick a different nickname"):
        validate("shit")
