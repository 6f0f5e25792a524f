"""Taking a live room's answer in few statements: a whole class answers within seconds.

The live clock is the room's, not the player's: the delivery is dated when the teacher opened the
question, and the response time is the active time since (quizgame.game.live.machine.check_answer).
The rest is quizgame.game.play.submit_answer, as in a self-paced room.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection

from quizgame.game.answers import shuffled_choices
from quizgame.game.fast_path.answer_rows import Answering
from quizgame.game.play import rules
from quizgame.game.play.rules import AnswerRefused
from quizgame.game.play.submit import Submission, Taken, submit_answer


def seated_submission(answering: Answering, positions: list[int], response_ms: int, now: dt.datetime) -> Submission:
    """The answer of a seat read on the fast path (quizgame.game.fast_path.answer_rows), for an
    answer alone and for one of a batch (quizgame.game.live.answer_desk); refused when the room is
    closed, the player removed or no question open."""
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
    """Score and store the answer of a seat read on the fast path: its delivery (dated when the
    question opened) and the answer, two INSERTs that keep the first of each, one statement on
    PostgreSQL, on an autocommit connection (on SQLite the delivery alone, should the answer's
    INSERT fail, changes nothing: a retry keeps it)."""
    submission = seated_submission(answering, positions, response_ms, now)
    return submit_answer(connection, answering.room, submission, delivered_at=answering.room.question_started_at)
