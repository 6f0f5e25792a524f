"""Taking a live room's answer in few statements: a whole class answers within seconds.

The live clock is the room's, not the player's: the delivery is dated when the teacher opened the
question, and the response time is the active time since (quizgame.game.live.machine.check_answer).
The rest is quizgame.game.play.submit_answer, as in a self-paced room.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from quizgame.game.answers import choice_order, shuffled_choices
from quizgame.game.fast_path.answer_rows import Answering
from quizgame.game.play import rules
from quizgame.game.play.rules import AnswerRefused
from quizgame.game.play.store import insert_first_delivery
from quizgame.game.play.submit import Submission, Taken, submit_answer
from quizgame.models import Answer, Player, Question, Room


def previous_streak(session: Session, player_id: int) -> int:
    """The player's streak so far (quizgame.game.play.rules.streak) from their stored answers."""
    return rules.streak(
        session.execute(
            select(Answer.answered_at, Answer.id.label("answer_id"), Answer.correct.label("answer_correct")).where(
                Answer.player_id == player_id
            )
        )
    )


def take_live_answer(
    session: Session,
    room: Room,
    player: Player,
    question: Question,
    positions: list[int],
    response_ms: int,
    now: dt.datetime,
    streak: int | None = None,
) -> Taken:
    """Score and store the answer: the player's streak (unless the caller read it, with the
    question), then two INSERTs."""
    rules.refuse_unless_open(room.status)
    if player.removed or player.room_id != room.id:
        raise AnswerRefused("You are no longer in this room.")
    order = choice_order(room, player, question)
    connection = session.connection()
    insert_first_delivery(connection, player.id, question.id, room.question_started_at, order)
    return submit_answer(
        connection,
        room,
        Submission(
            player_id=player.id,
            question=question,
            positions=positions,
            choice_order=order,
            response_ms=response_ms,
            previous_streak=previous_streak(session, player.id) if streak is None else streak,
            answered_at=now,
            question_seconds=room.question_seconds,
        ),
        delivered_at=room.question_started_at,
    )


def seated_submission(answering: Answering, positions: list[int], response_ms: int, now: dt.datetime) -> Submission:
    """The answer of a seat read on the fast path (quizgame.game.fast_path.answer_rows), refused as
    take_live_answer refuses one: the room closed, the player removed, no question open."""
    room, seat, question = answering.room, answering.seat, answering.question
    rules.refuse_unless_open(room.status)
    if seat.removed:
        raise AnswerRefused("You are no longer in this room.")
    if question is None:
        raise AnswerRefused("This question is closed; your answer was not counted.")
    order = shuffled_choices(room.shuffle_choices, seat.rejoin_token, question.id, question.kind, len(question.choices))
    return Submission(
        player_id=seat.player_id,
        question=question,
        positions=positions,
        choice_order=order,
        response_ms=response_ms,
        previous_streak=answering.streak,
        answered_at=now,
        question_seconds=room.question_seconds,
    )


def take_seated_answer(
    connection: Connection, answering: Answering, positions: list[int], response_ms: int, now: dt.datetime
) -> Taken:
    """take_live_answer for a seat read on the fast path: the same rules and the same two INSERTs,
    one statement on PostgreSQL, on an autocommit connection (on SQLite the delivery alone, should
    the answer's INSERT fail, changes nothing: a retry keeps it)."""
    submission = seated_submission(answering, positions, response_ms, now)
    return submit_answer(connection, answering.room, submission, delivered_at=answering.room.question_started_at)
