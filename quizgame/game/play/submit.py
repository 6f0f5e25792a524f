"""submit_answer: one answer scored and stored, by the same rules in a self-paced and a live room.

The caller says when the player's clock started and what they had done before (the response time
and the streak); the mode decides those, and nothing after. The answer is inserted once (INSERT
... ON CONFLICT DO NOTHING): a double click, a re-sent form or a second tab keeps the first answer,
and what it earned is returned. A refused answer writes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol, cast

from sqlalchemy import Connection

from quizgame.game.play.rules import indexes_in_order, refuse_unless_open, time_limit_ms
from quizgame.game.play.store import insert_first_answer, stored_result
from quizgame.game.scoring import ScoringMode, score_answer
from quizgame.game.tap_words import as_units


class AnsweringRoom(Protocol):
    """What submit_answer reads of a room (the ORM Room and a seat's RoomView both have it)."""

    @property
    def status(self) -> str: ...
    @property
    def scoring(self) -> str: ...
    @property
    def seconds_per_question(self) -> int: ...


class AnsweredQuestion(Protocol):
    """What submit_answer reads of a question (the ORM Question and a seat's question both have it)."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def choices(self) -> list[str]: ...
    @property
    def correct(self) -> list[int]: ...


@dataclass(frozen=True)
class Submission:
    """An answer as the player sent it, timed on the server's clock."""

    player_id: int
    question: AnsweredQuestion
    positions: list[int]  # on the player's screen
    choice_order: list[int] | None  # the order the player saw the choices in; None: the question's own
    response_ms: int  # since the player's clock for this question started
    previous_streak: int  # fully correct answers in a row before this one
    answered_at: dt.datetime
    question_seconds: int | None = None  # the question's own time limit, if it sets one


@dataclass(frozen=True)
class Taken:
    """The stored answer's result (the first one, if this was a repeat)."""

    correct: bool
    credit: float
    points: int
    duplicate: bool


def submit_answer(
    connection: Connection, room: AnsweringRoom, submission: Submission, delivered_at: dt.datetime | None = None
) -> Taken:
    """Score the answer and store it unless one is stored already. Raises AnswerRefused (nothing
    written) when the room is closed or the positions are not the question's. `delivered_at`: the
    question's delivery is stored with it (unless one is), dated then, with the choice order."""
    values = scored_row(room, submission)
    stored = insert_first_answer(
        connection,
        values,
        None if delivered_at is None else {"delivered_at": delivered_at, "choice_order": submission.choice_order},
    )
    if stored:
        return Taken(values["correct"], values["credit"], values["points"], duplicate=False)
    correct, credit, points = stored_result(connection, submission.player_id, submission.question.id)
    return Taken(correct, credit, points, duplicate=True)


def scored_row(room: AnsweringRoom, submission: Submission) -> dict[str, Any]:
    """The answer's row, scored: what submit_answer stores (and a live worker's batch of answers,
    quizgame.game.live.answer_desk, stores with others). Raises AnswerRefused when the room is
    closed or the positions are not the question's."""
    refuse_unless_open(room.status)
    question = submission.question
    chosen = indexes_in_order(submission.choice_order, submission.positions, len(question.choices))
    score = score_answer(
        cast(ScoringMode, room.scoring),
        *as_units(question.kind, list(question.choices), chosen, list(question.correct)),
        submission.response_ms,
        time_limit_ms(room.seconds_per_question, submission.question_seconds),
        previous_streak=submission.previous_streak,
    )
    return {
        "player_id": submission.player_id,
        "question_id": question.id,
        "chosen": chosen,
        "correct": score.correct,
        "credit": score.credit,
        "points": score.points,
        "response_ms": submission.response_ms,
        "answered_at": submission.answered_at,
    }
