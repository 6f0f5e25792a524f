"""Picking a room's questions from a pool: varied across kinds, one item per teaching point.

A class exploits any pattern within minutes, so a default room takes its questions in turn from each
kind the pool offers, never asks twice about the same sentence (two items answered by one sentence
teach one thing twice), spreads each kind's keys over its options, within the room and over the
rooms the classroom played before, and keeps about one control in five when the pool has them.
Pure: it works on any question object through `Traits`."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
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
    # For each option label, what "always pick that option" gains over chance on this question
    # (`traits_of`); empty: the key alone counts, as one more item on it.
    gains: tuple[tuple[str, float], ...] = ()


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


def traits_of(
    kind: str, sentence: tuple[object, int, int] | None, control: bool, choices: Sequence[str], answer: Sequence[int]
) -> Traits:
    """A question's traits with the gain of each "always pick this option" strategy on it: the share
    of keys among the options of that label, less chance. A question without the label counts at
    chance for it, which is what a player who always picks, say, option 5 gets on a four-option item."""
    labels = option_labels(kind, choices)
    chance = len(answer) / len(choices) if choices else 0.0
    gains = tuple(
        (label, sum(1 for i, x in enumerate(labels) if x == label and i in answer) / labels.count(label) - chance)
        for label in dict.fromkeys(labels)
    )
    return Traits(kind, sentence, control, key_of(kind, choices, answer), gains)


def same_sentence(a: tuple[object, int, int] | None, b: tuple[object, int, int] | None) -> bool:
    return a is not None and b is not None and a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


class KeyLoad:
    """Per kind and option label, the summed gain of "always pick that option" over the questions
    counted so far: what a class that noticed the pattern would score above chance."""

    def __init__(self, counted: Iterable[Traits] = ()) -> None:
        self.load: dict[str, Counter[str]] = {}
        self.counted: Counter[str] = Counter()
        for t in counted:
            self.add(t)

    def add(self, t: Traits, times: int = 1) -> None:
        mine = self.load.setdefault(t.kind, Counter())
        self.counted[t.kind] += times
        for label, gain in _gains(t):
            mine[label] += times * gain

    def worst_with(self, t: Traits) -> float:
        """The largest load of the kind's options if `t` were added."""
        mine = self.load.get(t.kind, Counter())
        gains = dict(_gains(t))
        return max(mine[label] + gains.get(label, 0.0) for label in set(mine) | set(gains))

    def tilt(self, t: Traits) -> float:
        """How much adding `t` raises the best shortcut's gain per item of its kind."""
        n = self.counted[t.kind]
        return self.worst_with(t) / (n + 1) - (self.worst(t.kind) / n if n else 0.0)

    def worst(self, kind: str) -> float:
        return max(self.load.get(kind, Counter()).values(), default=0.0)

    def of_key(self, t: Traits) -> float:
        return self.load.get(t.kind, Counter())[t.key]


def _gains(t: Traits) -> tuple[tuple[str, float], ...]:
    return t.gains or ((t.key, 1.0),)


def pick_varied(
    pool: Sequence[Q],
    count: int,
    traits: Callable[[Q], Traits],
    rng: random.Random,
    earlier: Iterable[Traits] = (),
) -> list[Q]:
    """`earlier`: the traits of the questions the classroom's earlier rooms asked, so that keys are
    spread over a classroom's rooms and not only within each (a class compares notes)."""
    described = [(q, traits(q)) for q in pool]
    by_kind: dict[str, list[tuple[Q, Traits]]] = {}
    for item in rng.sample(described, len(described)):
        by_kind.setdefault(item[1].kind, []).append(item)
    kinds = sorted(by_kind)
    rng.shuffle(kinds)
    picked: list[tuple[Q, Traits]] = []
    earlier = list(earlier)
    load = KeyLoad(earlier)
    in_pool = Counter((t.kind, t.key) for _, t in described)
    # The first round takes one item of every kind; later rounds only items that leave their kind's
    # keys over the classroom no less even (a second item of a kind is no reason to tilt it). When a
    # round finds none and the room is not full, it takes the one item that tilts its kind least.
    first = True
    while len(picked) < count and any(by_kind.values()):
        took = False
        for kind in kinds:
            if len(picked) == count:
                break
            by_kind[kind] = _fresh(by_kind[kind], picked)
            choice = _most_even(by_kind[kind], load, in_pool)
            if choice is None or (not first and load.worst_with(choice[1]) > load.worst(kind) + 1e-9):
                continue
            by_kind[kind].remove(choice)
            picked.append(choice)
            load.add(choice[1])
            took = True
        first = False
        if not took and len(picked) < count:
            best = [c for c in (_most_even(by_kind[k], load, in_pool) for k in kinds) if c is not None]
            if not best:
                break
            choice = min(best, key=lambda i: load.tilt(i[1]))
            by_kind[choice[1].kind].remove(choice)
            picked.append(choice)
            load.add(choice[1])
    _enough_controls(picked, by_kind, load)
    _controls_of_each_kind(picked, by_kind, load, earlier)
    return [q for q, _ in picked]


def _most_even(
    items: list[tuple[Q, Traits]], load: KeyLoad, in_pool: Counter[tuple[str, str]]
) -> tuple[Q, Traits] | None:
    """The item of a kind that leaves its options' keys most even (what "always pick option N" or
    "always the commonest way" would gain), then the key least loaded, then the pool's rarer key: the
    answers fall into no pattern, and a common key is not the safe guess."""
    return min(
        items,
        key=lambda i: (
            round(load.worst_with(i[1]), 6),
            round(load.of_key(i[1]), 6),
            in_pool[(i[1].kind, i[1].key)],
            items.index(i),
        ),
        default=None,
    )


def _fresh(items: list[tuple[Q, Traits]], picked: list[tuple[Q, Traits]]) -> list[tuple[Q, Traits]]:
    return [i for i in items if not any(same_sentence(i[1].sentence, p[1].sentence) for p in picked)]


def _enough_controls(picked: list[tuple[Q, Traits]], left: dict[str, list[tuple[Q, Traits]]], load: KeyLoad) -> None:
    """About one control in five: the pick above takes controls as often as the pool has them; when
    that falls short, the last regular items give way to controls of their own kind, if that leaves
    the kind's keys no less even (a kind's controls often share one key: a named person's statement).
    Controls are not preferred from the start, or every kind's first item would be its control."""
    for at in range(len(picked) - 1, -1, -1):
        if sum(t.control for _, t in picked) * CONTROL_EVERY >= len(picked):
            return
        kind = picked[at][1].kind
        if picked[at][1].control:
            continue
        others = picked[:at] + picked[at + 1 :]
        before = load.worst(kind)
        load.add(picked[at][1], -1)
        swap = next(
            (i for i in _fresh(left.get(kind, []), others) if i[1].control and load.worst_with(i[1]) <= before + 1e-9),
            None,
        )
        if swap is None:
            load.add(picked[at][1])
            continue
        left[kind].remove(swap)
        picked[at] = swap
        load.add(swap[1])


def _controls_of_each_kind(
    picked: list[tuple[Q, Traits]], left: dict[str, list[tuple[Q, Traits]]], load: KeyLoad, earlier: list[Traits]
) -> None:
    """At least one control in five of each kind over the classroom, where the pool has them: the
    overall share above can be met by some kinds alone, and a kind whose control is its one fixed
    option ("No loaded word") was never picked, since that option's load outweighs the regular items'
    spread keys. Each fifth item of a kind with no control among the last ones becomes its control
    (the latest regular item of the kind gives way), unless that tilts a kind of fixed ways of
    answering (its controls may all share one way)."""
    for kind in dict.fromkeys(t.kind for _, t in picked):
        seen = sum(t.kind == kind for t in earlier) + sum(t.kind == kind for _, t in picked)
        controls = sum(t.kind == kind and t.control for t in earlier) + sum(
            t.kind == kind and t.control for _, t in picked
        )
        for at in range(len(picked) - 1, -1, -1):
            if (controls + 1) * CONTROL_EVERY > seen:
                break
            if picked[at][1].kind != kind or picked[at][1].control:
                continue
            others = picked[:at] + picked[at + 1 :]
            fresh = [i for i in _fresh(left.get(kind, []), others) if i[1].control]
            if kind_of(kind).fixed_options:
                before = load.worst(kind)
                load.add(picked[at][1], -1)
                fresh = [i for i in fresh if load.worst_with(i[1]) <= before + 1e-9]
                load.add(picked[at][1])
            if not fresh:
                continue
            load.add(picked[at][1], -1)
            left[kind].remove(fresh[0])
            picked[at] = fresh[0]
            load.add(fresh[0][1])
            controls += 1
