"""Taking a live room's answer in few statements: a whole class answers within seconds.

The live clock is the room's, not the player's: the delivery is dated when the teacher opened the
question, and the response time is the active time since (quizgame.game.live.machine.check_answer). The
delivery and the answer are each inserted once (INSERT ... ON CONFLICT DO NOTHING), so a double
click or a second tab keeps the first answer, and a refused answer writes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from quizgame.game.answers import (
    AnswerRefused, choice_order, current_streak, first_answer_insert, first_delivery_insert, indexes_in_order,
    stored_answer,
)
from quizgame.game.scoring import score_answer
from quizgame.game.tap_words import as_units
from quizgame.models import Player, Question, Room


@dataclass(frozen=True)
class Taken:
    """The stored answer's result (the first one, if this was a repeat)."""

    correct: bool
    credit: float
    points: int
    duplicate: bool


def take_live_answer(
    session: Session, room: Room, player: Player, question: Question, positions: list[int],
    response_ms: int, now: dt.datetime,
) -> Taken:
    """Score and store the answer: the player's streak, then two INSERTs."""
    if room.status != "open":
        raise AnswerRefused("This room is closed, so it no longer takes answers.")
    if player.removed or player.room_id != room.id:
        raise AnswerRefused("You are no longer in this room.")
    order = choice_order(room, player, question)
    chosen = indexes_in_order(order, positions, len(question.choices))
    score = score_answer(
        room.scoring,  # type: ignore[arg-type]
        *as_units(question.kind, list(question.choices), chosen, list(question.correct)), response_ms,
        room.seconds_per_question * 1000,
        previous_streak=current_streak(session, player),
    )
    connection = session.connection()
    key = {"player_id": player.id, "question_id": question.id}
    connection.execute(
        first_delivery_insert(connection.dialect.name), {**key, "delivered_at": room.question_started_at, "choice_order": order}
    )
    stored = connection.execute(first_answer_insert(connection.dialect.name), {
        **key, "chosen": chosen, "correct": score.correct, "credit": score.credit, "points": score.points,
        "response_ms": response_ms, "answered_at": now,
    }).first()
    if stored is not None:
        return Taken(score.correct, score.credit, score.points, duplicate=False)
    first = stored_answer(session, player, question)
    assert first is not None
    return Taken(first.correct, first.credit, first.points, duplicate=True)
