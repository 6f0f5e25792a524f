"""Tap-the-word (loaded_word) as the student sees it: the sentence exactly as printed, punctuation and
quotation marks kept, with its words as the things to tap.

The question's choices are the sentence's words without punctuation (the key indexes them), so the
words are found again in the evidence text, in order, and what lies between them is shown as it is:
the reporter's words and a quoted tweet must not look the same. A multi-word term the key counts as
one loaded term ("fired back", "come under fire") is one tappable unit whose value names all its
words ("1-2"), so the answer form still receives the question's own word indexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NO_LOADED_WORD = "No loaded word"
_JOINS_A_TERM = re.compile(r"[\s-]+")  # what may lie between the words of one term


@dataclass(frozen=True)
class Token:
    text: str
    indexes: tuple[int, ...] = ()  # empty: punctuation and spaces, shown but not tappable

    @property
    def value(self) -> str:
        return "-".join(str(i) for i in self.indexes)


def _terms(correct: list[int], words: int) -> list[tuple[int, ...]]:
    """The key's words grouped into terms: runs of neighbouring indexes."""
    runs: list[list[int]] = []
    for index in sorted(i for i in correct if i < words):
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return [tuple(run) for run in runs]


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
    unit_of = {i: term for term in _terms(correct, words) if len(term) > 1 for i in term}
    for term in set(unit_of.values()):  # a term is one unit only if nothing but spaces or hyphens joins it
        if any(not _JOINS_A_TERM.fullmatch(sentence[places[a][1]:places[a + 1][0]]) for a in term[:-1]):
            for i in term:
                unit_of.pop(i, None)
    tokens: list[Token] = []
    at, index = 0, 0
    while index < words:
        term = unit_of.get(index, (index,))
        start, end = places[term[0]][0], places[term[-1]][1]
        if start > at:
            tokens.append(Token(sentence[at:start]))
        tokens.append(Token(sentence[start:end], term))
        at, index = end, term[-1] + 1
    if at < len(sentence):
        tokens.append(Token(sentence[at:]))
    return tokens


def has_no_loaded_word_choice(choices: list[str]) -> bool:
    return bool(choices) and choices[-1] == NO_LOADED_WORD
