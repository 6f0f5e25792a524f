"""Shared set-ups for database tests of leaderboards and reports: classes of any size, and a
counter of the SQL statements a piece of code sends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from flask import current_app
from sqlalchemy import event

from quizgame.extensions import db
from quizgame.game.fast_path.engines import seat_engine
from quizgame.models import Question, Room
from tests.factories import make_answer, make_classroom, make_player, make_question, make_room, make_teacher

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@contextmanager
def counting_queries(with_seat_engine: bool = False) -> Iterator[list[str]]:
    """Every statement sent to the database inside the block (SQLAlchemy's before_cursor_execute),
    on the app's engine and, `with_seat_engine`, on the fast path's autocommit seat engine too
    (where a live answer and the self-paced pages write)."""
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        statements.append(statement)

    engines = [db.engine, *([seat_engine(current_app, db.engine)] if with_seat_engine else [])]
    for engine in engines:
        event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", count)


def joined(minutes: int) -> dict[str, dt.datetime]:
    return {"joined_at": T0 + dt.timedelta(minutes=minutes)}


def play_class(room: Room, questions: list[Question], size: int, prefix: str = "student") -> None:
    """`size` players answering every question, right about three times in four, at varied speeds."""
    for i in range(size):
        player = make_player(room, f"{prefix} {i:02}", **joined(i))
        for j, question in enumerate(questions):
            make_answer(player, question, [0] if (i * 7 + j) % 4 else [1], 800 + 53 * ((i * 13 + j) % 17))


def classroom_with_two_rooms_played(size: int) -> int:
    """A classroom whose Monday and Tuesday rooms each had `size` unrostered players; its id, with
    the session emptied so that nothing is loaded yet."""
    questions = [make_question("q-a"), make_question("q-b", skill="attribution", control=True)]
    classroom = make_classroom(make_teacher())
    for title in ("Monday", "Tuesday"):
        play_class(make_room(classroom, questions, title=title), questions, size)
    classroom_id = classroom.id
    db.session.expire_all()
    return classroom_id
