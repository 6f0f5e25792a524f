"""Two changes of a live room computed from the same version: the one written second must not win.

SQLite ignores SELECT ... FOR UPDATE, so there two threads (the hub's automatic reveal, the teacher's
"Next") can both read version v and both write. Each change is therefore a compare-and-set: the
room's UPDATE names the version it was computed from, and one that matches no row lost the race.
Real databases, both backends; the two sessions stand for two threads (or two workers).
"""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask
from sqlalchemy import event
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from quizgame.extensions import db
from quizgame.game import rooms
from quizgame.game.live import machine
from quizgame.game.live.guard import retried
from quizgame.game.live.polling import settle
from quizgame.game.live.snapshot import publish
from quizgame.models import Room, RoomPhase
from tests.clock import Clock
from tests.factories import load_demo_content, make_classroom, make_player, make_room, make_teacher

SECONDS = 20
QUESTIONS = 3


@pytest.fixture
def room_id(app_ctx: Flask, clock: Clock) -> int:
    """A live room on its first question, whose time and grace are over."""
    room = make_room(make_classroom(make_teacher()), load_demo_content()[:QUESTIONS], mode="live")
    room.seconds_per_question = SECONDS
    make_player(room, "Ada")
    machine.start(room, clock(), QUESTIONS)
    publish(db.session, room)
    db.session.commit()
    clock.advance(SECONDS + machine.ANSWER_GRACE_MS / 1000 + 1)
    return room.id


def read(room_id: int) -> tuple[str, int | None, int]:
    with Session(db.engine) as session:
        room = session.get(Room, room_id)
        assert room is not None
        return room.phase, room.current_position, room.version


def commit_change(session: Session, room: Room) -> None:
    publish(session, room)
    session.commit()


def test_a_reveal_computed_before_the_teachers_skip_does_not_move_the_room_back(room_id: int, clock: Clock):
    hub, teacher = Session(db.engine), Session(db.engine)
    seen_by_hub = hub.get(Room, room_id)  # a plain read: what FOR UPDATE is on SQLite
    seen_by_teacher = teacher.get(Room, room_id)
    assert seen_by_hub is not None and seen_by_teacher is not None
    version = seen_by_hub.version

    machine.skip(seen_by_teacher, clock(), QUESTIONS)
    commit_change(teacher, seen_by_teacher)
    assert machine.expire(seen_by_hub, clock())  # computed from the version before the skip
    with pytest.raises(StaleDataError):
        commit_change(hub, seen_by_hub)
    hub.rollback()

    assert read(room_id) == (RoomPhase.QUESTION, 1, version + 1)
    hub.close()
    teacher.close()


def test_the_teachers_next_computed_before_an_automatic_reveal_does_not_skip_the_reveal(room_id: int, clock: Clock):
    hub, teacher = Session(db.engine), Session(db.engine)
    seen_by_teacher = teacher.get(Room, room_id)
    seen_by_hub = hub.get(Room, room_id)
    assert seen_by_hub is not None and seen_by_teacher is not None
    version = seen_by_hub.version

    assert machine.expire(seen_by_hub, clock())
    commit_change(hub, seen_by_hub)
    with pytest.raises(StaleDataError):  # at the flush that reading the next question's limit makes
        machine.skip(seen_by_teacher, clock() + dt.timedelta(milliseconds=1), QUESTIONS)
        commit_change(teacher, seen_by_teacher)
    teacher.rollback()

    assert read(room_id) == (RoomPhase.REVEAL, 0, version + 1)
    hub.close()
    teacher.close()


def hub_reveal_racing(room_id: int, clock: Clock, competitor) -> tuple[Session, list[bool]]:  # type: ignore[no-untyped-def]
    """The hub's reveal as an attempt for `retried`, read without a lock; on its first try the
    competitor commits its change between the hub's read and its write."""
    hub = Session(db.engine)
    tries: list[bool] = []

    def attempt() -> bool:
        room = hub.get(Room, room_id, populate_existing=True)
        assert room is not None
        if not tries:
            with Session(db.engine) as other:
                theirs = other.get(Room, room_id)
                assert theirs is not None
                competitor(other, theirs)
                commit_change(other, theirs)
        changed = machine.expire(room, clock())
        tries.append(changed)
        if changed:
            commit_change(hub, room)
        return changed

    return hub, [retried(hub, attempt), *tries]


def test_an_automatic_reveal_that_lost_to_the_teachers_skip_does_nothing(room_id: int, clock: Clock):
    version = read(room_id)[2]
    hub, (result, *tries) = hub_reveal_racing(room_id, clock, lambda _s, room: machine.skip(room, clock(), QUESTIONS))
    hub.close()
    assert tries == [True, False]  # written once and lost; the fresh read has a question still open
    assert result is False
    assert read(room_id) == (RoomPhase.QUESTION, 1, version + 1)


def test_an_automatic_reveal_that_lost_to_a_change_that_leaves_it_valid_is_made_again(room_id: int, clock: Clock):
    version = read(room_id)[2]

    def remove_a_player(session: Session, room: Room) -> None:
        rooms.remove_player(session, room, room.players[0])

    hub, (result, *tries) = hub_reveal_racing(room_id, clock, remove_a_player)
    hub.close()
    assert tries == [True, True]
    assert result is True
    assert read(room_id) == (RoomPhase.REVEAL, 0, version + 2)


def test_settle_that_loses_to_the_teacher_on_sqlite_leaves_the_room_where_the_teacher_put_it(
    room_id: int, clock: Clock, backend: str
):
    """SQLite has no row lock: the teacher's skip can land between settle's read and its write.
    (On PostgreSQL settle holds the row's lock from its read, so the teacher waits for it.)"""
    if backend != "sqlite":
        pytest.skip("PostgreSQL locks the row settle reads: the teacher's skip would wait for it")
    version = read(room_id)[2]
    session = Session(db.engine)
    raced: list[int] = []

    @event.listens_for(session, "before_flush")
    def teacher_first(*_args: object) -> None:
        if raced:
            return
        raced.append(1)
        with Session(db.engine) as other:
            room = other.get(Room, room_id)
            assert room is not None
            machine.skip(room, clock(), QUESTIONS)
            commit_change(other, room)

    assert settle(session, room_id, clock()) is False
    session.close()
    assert raced
    assert read(room_id) == (RoomPhase.QUESTION, 1, version + 1)
