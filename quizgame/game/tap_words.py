"""Tap-the-word (loaded_word) as the student sees it: the sentence exactly as printed, punctuation and
quotation marks kept, with its units as the things to tap.

The question's choices are the sentence's words without punctuation (the key indexes them), so the
words are found again in the evidence text, in order, and what lies between them is shown as it is:
the reporter's words and a quoted tweet must not look the same.

A unit of several words is one tap whose value names all its words ("1-2"), so the answer form
still receives the question's own word indexes (curated questions keep their stored word lists and
word-index answers unchanged). Which words are one unit is decided blind to the key, by
quizgame/content/tap_units.py (the generator groups with it too). A keyed term of several words is
one unit when those rules find it; otherwise its words are tapped one by one, each one right. The
key is used only to leave as words a unit that would straddle its edge, since one tap must be all right or all wrong. tests/game/test_tap_units.py measures the shortcut.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from quizgame.content.question_kinds import kind_of
from quizgame.content.tap_units import key_blind_units

__all__ = [
    "NO_LOADED_WORD",
    "Token",
    "as_units",
    "has_no_loaded_word_choice",
    "key_blind_units",
    "question_sentence",
    "sentence_tokens",
    "units_of",
]

NO_LOADED_WORD = "No loaded word"
_JOINS_A_UNIT = re.compile(r"[\s-]+")  # what may lie between the words of one unit


@dataclass(frozen=True)
class Token:
    text: str
    indexes: tuple[int, ...] = ()  # empty: punctuation and spaces, shown but not tappable

    @property
    def value(self) -> str:
        return "-".join(str(i) for i in self.indexes)


def units_of(sentence_words: list[str], correct: list[int], joined: callable) -> dict[int, tuple[int, ...]]:  # type: ignore[valid-type]
    """Each grouped word's unit. `joined(a, b)` tells whether words a and b may be one tap."""
    keyed = {i for i in correct if i < len(sentence_words)}
    # A unit is all keyed or all not: one tap is right or wrong. One that straddles the key's edge
    # is shown as words (rare: the lexicon keys whole phrases).
    units = [u for u in key_blind_units(sentence_words) if set(u) <= keyed or not keyed & set(u)]
    return {i: unit for unit in units if all(joined(a, a + 1) for a in unit[:-1]) for i in unit}


def question_sentence(
    kind: str, evidence_text: str | None, choices: list[str], correct: list[int]
) -> list[Token] | None:
    """A tap-the-word question's sentence as printed (both modes); None for other kinds, or when the
    question keeps no sentence."""
    if not kind_of(kind).tap or not evidence_text:
        return None
    return sentence_tokens(evidence_text, choices, correct)


def sentence_tokens(sentence: str, choices: list[str], correct: list[int]) -> list[Token] | None:
    """The sentence as tokens, or None when the words cannot all be found in it in order (then the
    caller shows the words alone, as before)."""
    words = len(choices) - 1 if choices and choices[-1] == NO_LOADED_WORD else len(choices)
    places: list[tuple[int, int]] = []
    at = 0
    for word in choices[:words]:
        found = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)").search(sentence, at)
        if found is None:
            return None
        places.append(found.span())
        at = found.end()
    unit_of = units_of(
        choices[:words], correct, lambda a, b: bool(_JOINS_A_UNIT.fullmatch(sentence[places[a][1] : places[b][0]]))
    )
    tokens: list[Token] = []
    at, index = 0, 0
    while index < words:
        unit = unit_of.get(index, (index,))
        start, end = places[unit[0]][0], places[unit[-1]][1]
        if start > at:
            tokens.append(Token(sentence[at:start]))
        tokens.append(Token(sentence[start:end], unit))
        at, index = end, unit[-1] + 1
    if at < len(sentence):
        tokens.append(Token(sentence[at:]))
    return tokens


def has_no_loaded_word_choice(choices: list[str]) -> bool:
    return bool(choices) and choices[-1] == NO_LOADED_WORD


def as_units(kind: str, choices: list[str], chosen: list[int], correct: list[int]) -> tuple[list[int], list[int]]:
    """The chosen and keyed word indexes as units (each named by its first word), for scoring: a
    wrong tap on a unit of several words is one wrong pick, and a keyed phrase one right pick.
    Units are found from the words alone (the sentence's punctuation is not at hand when scoring), so
    two names the screen splits at a comma count as one pick here: lenient, never harsher."""
    if not kind_of(kind).tap:
        return chosen, correct
    words = len(choices) - 1 if has_no_loaded_word_choice(choices) else len(choices)
    first = _first_of_units(tuple(choices[:words]), tuple(correct))
    return sorted({first.get(i, i) for i in chosen}), sorted({first.get(i, i) for i in correct})


@functools.lru_cache(maxsize=256)
def _first_of_units(words: tuple[str, ...], correct: tuple[int, ...]) -> dict[int, int]:
    """Each grouped word's unit's first word (read only). Found once per question and process: the
    units depend on the question alone, and finding them (every lexicon phrase tried at every word)
    was about a tenth of a worker's CPU while a class of 2,000 answered a tap question."""
    return {i: unit[0] for i, unit in units_of(list(words), list(correct), lambda a, b: True).items()}
