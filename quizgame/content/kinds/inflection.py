"""Telling forms of one word apart without a parser: enough to keep a rewrite grammatical and to keep
an inflection of the key out of its distractors.

"threatened to oust" must not become "threatened to removed", an explanation of "oust" must not offer
"removed" as its neutral word, and "removed" is no wrong answer beside "remove" (a student who picks it
has understood the lesson)."""

from __future__ import annotations

import re

_ENDINGS = ("ied", "ies", "ing", "ed", "es", "s", "d")


def form(phrase: str) -> str:
    """The inflection of a phrase's first word, as far as its ending tells: past, -ing, third person, plain."""
    word = (phrase.lower().split() or [""])[0]
    for ending in ("ed", "ing"):
        if word.endswith(ending):
            return ending
    return "s" if word.endswith("s") and not word.endswith(("ss", "us", "is")) else "plain"


def same_form(loaded: str, neutral: str) -> bool:
    """Can the neutral word stand in the loaded word's place as it is inflected? A neutral word with an
    ending ("removed", "showing") fits only a loaded word with the same ending: "threatened to oust"
    must not become "threatened to removed". (A plain neutral word, "said", "crowd", fits any.)"""
    return form(neutral) not in ("ed", "ing") or form(neutral) == form(loaded)


def stem(word: str) -> str:
    """A crude stem: the word lower-cased without one inflectional ending and a final e or doubled
    consonant ("removed", "remove", "removes" -> "remov"; "stopped", "stop" -> "stop")."""
    word = re.sub(r"[^a-z]", "", word.lower())
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)] + ("y" if ending in ("ied", "ies") else "")
            break
    word = word.removesuffix("e")
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


def inflects(a: str, b: str) -> bool:
    """Are two words (or phrases, word by word) forms of one another ("remove" and "removed")?"""
    left, right = a.lower().split(), b.lower().split()
    return len(left) == len(right) > 0 and all(stem(x) == stem(y) for x, y in zip(left, right, strict=True))
