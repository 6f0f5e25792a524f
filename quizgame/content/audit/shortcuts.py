"""Shortcut players: strategies that answer without reading for meaning.

A question a shortcut can answer measures the shortcut, not the student's judgement. Each player
returns the choices it would pick between (uniformly), so its expected accuracy on a question is the
share of those that are keys. The players and their cue list are deliberately simple: they are the
tricks a class finds within minutes, not a model of a careful reader."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from quizgame.content.kinds.gate import CUE_WORDS, has_cue
from quizgame.content.question_files import QuestionRecord
from quizgame.content.question_kinds import kind_of
from quizgame.game import question_pick

__all__ = ["CUE_WORDS", "has_cue"]

_STOP = frozenset(
    "a an the of to in on at for by with and or that this these those is was are were be it its which "
    "what who whom how why as from not no any none all each one them they their there word words".split()
)
_SENTENCE_WORDS = 5  # a choice this long is a sentence, not a label or a word

Player = Callable[[QuestionRecord], list[int]]


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z'’-]*", text.lower())


def is_none_option(choice: str) -> bool:
    return choice.startswith("None") or choice == "No loaded word"


def _everything(q: QuestionRecord) -> list[int]:
    return list(range(len(q.choices)))


def _sentences(q: QuestionRecord) -> list[int]:
    return [i for i, c in enumerate(q.choices) if not is_none_option(c) and len(c.split()) >= _SENTENCE_WORDS]


def _none(q: QuestionRecord) -> list[int]:
    return [i for i, c in enumerate(q.choices) if is_none_option(c)]


def only_cueless(q: QuestionRecord) -> list[int]:
    """The only sentence without a cue word; "None" when every sentence has one."""
    lines = _sentences(q)
    if len(lines) < 2:
        return _everything(q)
    bare = [i for i in lines if not has_cue(q.choices[i])]
    if bare:
        return bare
    return _none(q) or _everything(q)


def none_when_all_cued(q: QuestionRecord) -> list[int]:
    """ "None of them" whenever every sentence has a cue word; a guess otherwise."""
    lines = _sentences(q)
    if len(lines) >= 2 and _none(q) and all(has_cue(q.choices[i]) for i in lines):
        return _none(q)
    return _everything(q)


def longest(q: QuestionRecord) -> list[int]:
    most = max(len(c) for c in q.choices)
    return [i for i, c in enumerate(q.choices) if len(c) == most]


def repeats_prompt(q: QuestionRecord) -> list[int]:
    """The option sharing most words with the prompt (names and content words, not little words)."""
    asked = {t for t in tokens(q.prompt) if t not in _STOP}
    shared = [len({t for t in tokens(c) if t not in _STOP} & asked) for c in q.choices]
    best = max(shared)
    return [i for i, n in enumerate(shared) if n == best] if best else _everything(q)


def most_frequent_key(distribution: Mapping[str, Counter[str]]) -> Player:
    """Always the option that is most often the key of this kind."""

    def play(q: QuestionRecord) -> list[int]:
        counts = distribution.get(q.kind)
        if not counts:
            return _everything(q)
        top = counts.most_common(1)[0][0]
        picked = [i for i, label in enumerate(option_labels(q)) if label == top]
        return picked or _everything(q)

    return play


def first_adjective(adjectives: Mapping[str, Sequence[bool]]) -> Player:
    """Tap the first word that is an adjective (`adjectives`: question id -> one flag per choice)."""

    def play(q: QuestionRecord) -> list[int]:
        flags = adjectives.get(q.id)
        if not kind_of(q.kind).tap or not flags:
            return _everything(q)
        first = next((i for i, flag in enumerate(flags) if flag), None)
        return [first] if first is not None else _everything(q)

    return play


def option_labels(q: QuestionRecord) -> list[str]:
    return question_pick.option_labels(q.kind, q.choices)


def key_distribution(questions: Sequence[QuestionRecord]) -> dict[str, Counter[str]]:
    found: dict[str, Counter[str]] = {}
    for q in questions:
        labels = option_labels(q)
        found.setdefault(q.kind, Counter()).update(labels[i] for i in q.answer)
    return found


def accuracy(q: QuestionRecord, picks: Sequence[int]) -> float:
    return sum(1 for i in picks if i in q.answer) / len(picks)


def chance(q: QuestionRecord) -> float:
    return len(q.answer) / len(q.choices)


def players(questions: Sequence[QuestionRecord], adjectives: Mapping[str, Sequence[bool]] = {}) -> dict[str, Player]:
    return {
        "most frequent key": most_frequent_key(key_distribution(questions)),
        "only sentence without a cue": only_cueless,
        "none when all cued": none_when_all_cued,
        "longest option": longest,
        "repeats the prompt": repeats_prompt,
        "first adjective": first_adjective(adjectives),
    }
