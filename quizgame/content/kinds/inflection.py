"""Telling forms of one word apart without a parser: enough to keep a rewrite grammatical and to keep
an inflection of the key out of its distractors.

"threatened to oust" must not become "threatened to removed", an explanation of "oust" must not offer
"removed" as its neutral word, and "removed" is no wrong answer beside "remove" (a student who picks it
has understood the lesson)."""

from __future__ import annotations

import functools
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


@functools.lru_cache(maxsize=1)
def _lexicon_stems() -> frozenset[str]:
    """The stems of the lexicon's one-word terms that are charged wherever they stand (no object, subject
    or cue condition) and at least as often as not (confidence >= 0.5), whatever the analysis reported."""
    from quizgame.content.analysis.lexicon import load_lexicon

    found: set[str] = set()
    for rule in load_lexicon().terms:
        if " " in rule.term.strip() or rule.objects or rule.cue_only or rule.not_subjects or rule.with_subject:
            continue
        if rule.confidence >= 0.5:
            found.update(stem(word) for word in (rule.term, *rule.lemmas[: len(rule.lemmas) == 1]))
    return frozenset(s for s in found if len(s) > 2)


def has_lexicon_word(text: str) -> bool:
    """Does the text hold a word the lexicon lists as loaded, in any form ("massacres" for "massacre")
    and at any confidence? Then "already neutral" / "no loaded word" is no safe key: the analysis may
    have rated the word too low to report, but a reader may well find it charged."""
    return any(stem(word) in _lexicon_stems() for word in re.findall(r"[A-Za-z][\w'-]*", text))
