"""The order of choices and keys: seeded shuffles, keys spread over positions, and controls mixed in."""

from __future__ import annotations

import dataclasses
import hashlib
import random
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from quizgame.content.question_files import QuestionRecord

T = TypeVar("T")


def seeded_order(items: Iterable[T], seed: str) -> list[T]:
    """A shuffle that is the same on every run: seeded from the question's id."""
    ordered = list(items)
    random.Random(seed).shuffle(ordered)
    return ordered


def with_controls(
    regular: list[QuestionRecord], controls: list[QuestionRecord], every: int = 3, least: int = 1
) -> list[QuestionRecord]:
    """Keep about one control for every `every` regular items (at least `least` when there is anything
    to ask), so a player who suspects everything loses points."""
    return with_lazy_controls(regular, [(q.id, lambda q=q: q) for q in controls], every, least)


def with_lazy_controls(
    regular: list[QuestionRecord],
    candidates: Iterable[tuple[str, Callable[[], QuestionRecord | None]]],
    every: int = 3,
    least: int = 1,
) -> list[QuestionRecord]:
    """`with_controls` for candidates given as (id, how to build it): only the chosen few are built,
    in id order, skipping any that turn out unusable."""
    wanted = max(least, len(regular) // every) if regular else 0
    chosen: list[QuestionRecord] = []
    for _, build in sorted(candidates, key=lambda c: c[0]):
        if len(chosen) == wanted:
            break
        question = build()
        if question is not None:
            chosen.append(question)
    return regular + chosen


def spread_keys(
    questions: Sequence[QuestionRecord], fixed_tail: int, seed: str, first: int = 0
) -> list[QuestionRecord]:
    """Move each single key among the first choices (all but the last `fixed_tail`, such as "None of
    them"), and after the first `first` (a fixed head such as "The reporter's"), so that an article's
    keys take the positions in turn: a shuffle alone leaves runs that a class notices ("it's always the
    first name"). Questions keyed on a fixed option stay as they are."""
    result: list[QuestionRecord] = []
    turn = int(hashlib.sha256(seed.encode("utf-8")).hexdigest(), 16) % 4
    for question in questions:
        movable = len(question.choices) - fixed_tail - first
        key = question.answer[0] if len(question.answer) == 1 else -1
        if not first <= key < first + movable or movable < 2:
            result.append(question)
            continue
        target = first + turn % movable
        turn += 1
        choices = list(question.choices)
        choices[key], choices[target] = choices[target], choices[key]
        result.append(dataclasses.replace(question, choices=choices, answer=[target]))
    return result
