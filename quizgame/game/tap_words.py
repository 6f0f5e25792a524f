"""Tap-the-word (loaded_word) as the student sees it: the sentence exactly as printed, punctuation and
quotation marks kept, with its units as the things to tap.

The question's choices are the sentence's words without punctuation (the key indexes them), so the
words are found again in the evidence text, in order, and what lies between them is shown as it is:
the reporter's words and a quoted tweet must not look the same.

A unit of several words is one tap whose value names all its words ("1-2"), so the answer form
still receives the question's own word indexes (curated questions keep their stored word lists and
word-index answers unchanged). Grouping must not give the answer away (issue 21): if only the keyed
term were grouped, "tap the only multi-word unit" would win. So words are grouped by rules that do
not look at the key: the loaded-language lexicon's multi-word terms (keyed or not), fixed
expressions, phrasal verbs ("stepped down"), names (runs of capitalised words: "East Precinct",
"Mayor Jenny Durkan") and counts. A keyed term of several words is one unit when these rules find
it (every multi-word term the lexicon keys); otherwise its words are tapped one by one, each one
right. The key is used only to leave as words a unit that would straddle its edge, since one tap
must be all right or all wrong. tests/game/test_tap_units.py measures the shortcut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from quizgame.content.question_kinds import kind_of

NO_LOADED_WORD = "No loaded word"
LOADED_TERMS = Path(__file__).resolve().parents[2] / "content" / "lexicon" / "loaded_terms.yaml"
_JOINS_A_UNIT = re.compile(r"[\s-]+")  # what may lie between the words of one unit
# Capitalised only because they open the sentence (or are the pronoun "I"): not part of a name.
_NOT_NAMES = frozenset(
    "a an and as at but by for from he her his i in it its of on our she so that the their these they "
    "this those to we when while who with".split()
)
# Phrasal verbs are one unit of meaning whether charged ("fired back") or not ("stepped down"), so a
# charged one is not the only pair in its sentence.
_PARTICLES = frozenset("up down out off back away over".split())
# Without a parser a verb is told by its ending or by being a common irregular one.
_VERB_ENDINGS = ("ed", "ing")
_VERBS = frozenset(
    "go goes went come comes came set sets put puts take takes took get gets got give gives gave break "
    "breaks broke shut shuts cut cuts hold holds held keep keeps kept run runs ran step steps turn turns "
    "stay stays hit hits stand stands stood make makes made bring brings brought pull pulls call calls "
    "back backs sit sits sat lay lays laid fight fights fought".split()
)
_SPANS = ("days", "weeks", "months", "years", "week", "month", "year")
# Multi-word expressions of plain English, one unit of meaning each.
_FIXED = tuple(tuple(p.split()) for p in (
    "according to", "as well as", "more than", "less than", "fewer than", "at least", "such as",
    "because of", "due to", "in front of", "so far", "each other", "no longer", "prior to", "as many as",
    "a number of", "a lot of", "in order to", "rather than", "instead of",
    # expressions of time
    *(f"{when} {span}" for when in ("in recent", "earlier this", "later this", "over the past") for span in _SPANS),
    *(f"last {span}" for span in ("night", "week", "month", "year")),
    # compound nouns of news prose
    "law enforcement", "press conference", "news conference", "police officer", "police officers",
    "city hall", "city council", "human rights", "prime minister", "tear gas", "pepper spray",
    "flash bangs", "rubber bullets", "social media", "state media", "news agency", "security forces",
    "polling stations", "police chief", "police department", "white house",
))


@dataclass(frozen=True)
class Token:
    text: str
    indexes: tuple[int, ...] = ()  # empty: punctuation and spaces, shown but not tappable

    @property
    def value(self) -> str:
        return "-".join(str(i) for i in self.indexes)


@lru_cache(maxsize=1)
def lexicon_phrases() -> tuple[tuple[str, ...], ...]:
    """The lexicon's multi-word terms as lower-case words ("come under fire" -> come, under, fire),
    with the particles and objects that its rules make part of a term ("ripped into", "seized control")."""
    phrases = []
    for t in yaml.safe_load(LOADED_TERMS.read_text(encoding="utf-8"))["terms"]:
        words = tuple(str(t["term"]).lower().split())
        phrases.append(words)
        if t.get("particle") and words[-1] != t["particle"]:
            phrases.append((*words, str(t["particle"])))
        phrases += [(*words, str(o)) for o in t.get("extend_objects", [])]
    return tuple(p for p in phrases if len(p) > 1)


def _runs(indexes: set[int]) -> list[tuple[int, ...]]:
    """Neighbouring indexes grouped into runs."""
    runs: list[list[int]] = []
    for index in sorted(indexes):
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return [tuple(run) for run in runs]


def _phrase_at(words: list[str], start: int, phrase: tuple[str, ...], inflected: bool) -> bool:
    """The phrase at `start`. A lexicon phrase (`inflected`) matches in any case, its first word
    inflected ("Came under fire", "fires back"); a fixed expression only as listed, so that "Seattle
    Police Department" stays one name."""
    end = start + len(phrase)
    if end > len(words):
        return False
    if not inflected:
        return tuple(words[start:end]) == phrase
    first, rest = words[start].lower(), [w.lower() for w in words[start + 1 : end]]
    return first[:1] == phrase[0][:1] and rest == list(phrase[1:])


def key_blind_units(words: list[str]) -> list[tuple[int, ...]]:
    """Multi-word units found without the key, first rule first where they overlap: lexicon phrases,
    fixed expressions, phrasal verbs, names (runs of capitalised words, with a number beside one:
    "June 12"), then counts ("14,000 complaints")."""
    units: list[tuple[int, ...]] = []
    taken: set[int] = set()

    def add(span: tuple[int, ...]) -> None:
        nonlocal taken
        if not taken & set(span):
            units.append(span)
            taken |= set(span)

    for phrases, inflected in ((lexicon_phrases(), True), (_FIXED, False)):
        for start in range(len(words)):
            for phrase in phrases:
                if _phrase_at(words, start, phrase, inflected):
                    add(tuple(range(start, start + len(phrase))))
    for i in range(1, len(words)):
        verb = words[i - 1]
        if words[i].lower() in _PARTICLES and verb.isalpha() and (verb.lower() in _VERBS or verb.endswith(_VERB_ENDINGS)):
            add((i - 1, i))
    capitalised = {
        i for i, w in enumerate(words)
        if w[:1].isupper() and not (w.lower() in _NOT_NAMES and (i == 0 or w == "I"))
    }
    numbers = {i for i, w in enumerate(words) if w[:1].isdigit() and {i - 1, i + 1} & capitalised}
    for run in _runs((capitalised | numbers) - taken):
        if len(run) > 1 and not set(run) <= numbers:
            add(run)
    for i, word in enumerate(words[:-1]):  # a count and what it counts: "14,000 complaints"
        if word[:1].isdigit() and words[i + 1].isalpha() and words[i + 1].islower():
            add((i, i + 1))
    return sorted(units)


def units_of(sentence_words: list[str], correct: list[int], joined: callable) -> dict[int, tuple[int, ...]]:  # type: ignore[valid-type]
    """Each grouped word's unit. `joined(a, b)` tells whether words a and b may be one tap."""
    keyed = {i for i in correct if i < len(sentence_words)}
    # A unit is all keyed or all not: one tap is right or wrong. One that straddles the key's edge
    # is shown as words (rare: the lexicon keys whole phrases).
    units = [u for u in key_blind_units(sentence_words) if set(u) <= keyed or not keyed & set(u)]
    return {
        i: unit for unit in units
        if all(joined(a, a + 1) for a in unit[:-1]) for i in unit
    }


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
    first = {i: unit[0] for i, unit in units_of(choices[:words], correct, lambda a, b: True).items()}
    return sorted({first.get(i, i) for i in chosen}), sorted({first.get(i, i) for i in correct})
