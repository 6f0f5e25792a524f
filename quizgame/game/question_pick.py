"""Picking a room's questions from a pool: varied across kinds, one item per teaching point.

A class exploits any pattern within minutes, so a default room takes its questions in turn from each
kind the pool offers, never asks twice about the same sentence (two items answered by one sentence
teach one thing twice), spreads each kind's keys over its options, and keeps about one control in
five when the pool has them. Pure: it works on any question object through `Traits`."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from quizgame.content.question_kinds import kind_of

Q = TypeVar("Q")
CONTROL_EVERY = 5


@dataclass(frozen=True)
class Traits:
    kind: str
    sentence: tuple[object, int, int] | None  # (article, start, end) of the evidence the key rests on
    control: bool
    key: str  # what the answer is, as the kind's options say it


def option_labels(kind: str, choices: Sequence[str]) -> list[str]:
    """What an option is across questions of a kind: a fixed wording ("None of them ...", the four
    ways of attributing) keeps its words; a word of a tap-the-word sentence is "a word" (its place is
    the sentence's, not a pattern); anything else (a sentence, a name) is its position."""
    spec = kind_of(kind)
    return [
        c
        if spec.fixed_options or c.startswith("None") or c in ("No loaded word", "The reporter's")
        else "a word"
        if spec.tap
        else f"option {i + 1}"
        for i, c in enumerate(choices)
    ]


def key_of(kind: str, choices: Sequence[str], answer: Sequence[int]) -> str:
    labels = option_labels(kind, choices)
    return "+".join(labels[i] for i in answer)


def same_sentence(a: tuple[object, int, int] | None, b: tuple[object, int, int] | None) -> bool:
    return a is not None and b is not None and a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def pick_varied(pool: Sequence[Q], count: int, traits: Callable[[Q], Traits], rng: random.Random) -> list[Q]:
    described = [(q, traits(q)) for q in pool]
    by_kind: dict[str, list[tuple[Q, Traits]]] = {}
    for item in rng.sample(described, len(described)):
        by_kind.setdefault(item[1].kind, []).append(item)
    kinds = sorted(by_kind)
    rng.shuffle(kinds)
    picked: list[tuple[Q, Traits]] = []
    keys: Counter[tuple[str, str]] = Counter()
    in_pool = Counter((t.kind, t.key) for _, t in described)
    while len(picked) < count and any(by_kind.values()):
        for kind in kinds:
            if len(picked) == count:
                break
            remaining = _fresh(by_kind[kind], picked)
            by_kind[kind] = remaining
            if not remaining:
                continue
            # Within a kind, the key used least so far in the room, then the pool's rarer key: the
            # room's answers fall into no pattern, and a commonly keyed option is not the safe guess.
            choice = min(
                remaining, key=lambda i: (keys[(kind, i[1].key)], in_pool[(kind, i[1].key)], remaining.index(i))
            )
            remaining.remove(choice)
            picked.append(choice)
            keys[(kind, choice[1].key)] += 1
    _enough_controls(picked, by_kind)
    return [q for q, _ in picked]


def _fresh(items: list[tuple[Q, Traits]], picked: list[tuple[Q, Traits]]) -> list[tuple[Q, Traits]]:
    return [i for i in items if not any(same_sentence(i[1].sentence, p[1].sentence) for p in picked)]


def _enough_controls(picked: list[tuple[Q, Traits]], left: dict[str, list[tuple[Q, Traits]]]) -> None:
    """About one control in five: the pick above takes controls as often as the pool has them; when
    that falls short, the last regular items give way to controls of their own kind. Controls are
    not preferred from the start, or every kind's first item would be its control."""
    for at in range(len(picked) - 1, -1, -1):
        if sum(t.control for _, t in picked) * CONTROL_EVERY >= len(picked):
            return
        kind = picked[at][1].kind
        if picked[at][1].control:
            continue
        others = picked[:at] + picked[at + 1 :]
        swap = next((i for i in _fresh(left.get(kind, []), others) if i[1].control), None)
        if swap is not None:
            left[kind].remove(swap)
            picked[at] = swap
