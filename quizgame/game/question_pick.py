"""Picking a room's questions from a pool: varied across kinds, one item per teaching point.

A class exploits any pattern within minutes, so a default room takes its questions in turn from each
kind the pool offers, never asks twice about the same sentence (two items answered by one sentence
teach one thing twice), spreads each kind's keys over its options, and keeps about one control in
five when the pool has them. Pure: it works on any question object through `Traits`."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Sequence, TypeVar

Q = TypeVar("Q")
CONTROL_EVERY = 5


@dataclass(frozen=True)
class Traits:
    kind: str
    sentence: tuple[object, int, int] | None   # (article, start, end) of the evidence the key rests on
    control: bool
    key: str                                   # what the answer is, as the kind's options say it


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
    while len(picked) < count and any(by_kind.values()):
        for kind in kinds:
            if len(picked) == count:
                break
            remaining = [i for i in by_kind[kind] if not any(same_sentence(i[1].sentence, p[1].sentence) for p in picked)]
            by_kind[kind] = remaining
            if not remaining:
                continue
            want_control = sum(p[1].control for p in picked) * CONTROL_EVERY < len(picked) + 1
            choice = min(
                remaining,
                key=lambda i: (i[1].control != want_control, keys[(kind, i[1].key)], remaining.index(i)),
            )
            remaining.remove(choice)
            picked.append(choice)
            keys[(kind, choice[1].key)] += 1
    return [q for q, _ in picked]
