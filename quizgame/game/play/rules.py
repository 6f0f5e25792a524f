"""The rules an answer is held to, the same in both modes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol

from quizgame.game.scoring import current_run
from quizgame.models import RoomStatus


class AnswerRefused(ValueError):
    """An answer the room cannot take; the message is written for the student."""


CLOSED = "This room is closed, so it no longer takes answers."


def refuse_unless_open(status: str) -> None:
    if status != RoomStatus.OPEN:
        raise AnswerRefused(CLOSED)


def time_limit_ms(room_seconds: int, question_seconds: int | None = None) -> int:
    """A question's time limit: the room's seconds per question, unless the question sets its own."""
    return (question_seconds if question_seconds is not None else room_seconds) * 1000


def elapsed_ms(started_at: dt.datetime, now: dt.datetime) -> int:
    """Milliseconds on the server's clock since the question's clock started."""
    return max(0, int((now - started_at).total_seconds() * 1000))


def past_limit(limit_ms: int, started_at: dt.datetime, now: dt.datetime) -> bool:
    """Whether the time for the question has run out (an answer now would score 0)."""
    return (now - started_at).total_seconds() * 1000 > limit_ms


class Answered(Protocol):
    """An answer as the streak sees it: when it was given and whether it was fully correct."""

    @property
    def answered_at(self) -> dt.datetime | None: ...
    @property
    def answer_id(self) -> int | None: ...
    @property
    def answer_correct(self) -> bool | None: ...


def streak(answered: Iterable[Answered]) -> int:
    """Fully correct answers in a row, counting back from the latest (ties broken by the answer's id)."""
    latest_first = sorted(
        (a for a in answered if a.answer_id is not None), key=lambda a: (a.answered_at, a.answer_id), reverse=True
    )
    return current_run(bool(a.answer_correct) for a in latest_first)


def indexes_in_order(order: list[int] | None, positions: list[int], choice_count: int) -> list[int]:
    """Positions on the player's screen -> the question's own choice indexes."""
    order = order or list(range(choice_count))
    if any(p < 0 or p >= len(order) for p in positions):
        raise AnswerRefused("That answer does not match the question's choices. Please choose again.")
    return sorted({order[p] for p in positions})
