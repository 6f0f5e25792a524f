"""A worker's hub: one read of each room version for every stream waiting on it, news by NOTIFY on
PostgreSQL (from any process) or by this process's commits on SQLite, and the server's clock.

Real engines and real commits on both databases; the streams are threads waiting as streams do.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from flask import Flask
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from quizgame.extensions import db
from quizgame.game.fast_path.engines import poll_engine
from quizgame.game.live import hub as hub_module
from quizgame.game.live import machine
from quizgame.game.live.hub import Edition, Hub
from quizgame.game.live.questions import question_at
from quizgame.game.live.snapshot import publish
from quizgame.models import Room
from tests.clock import Clock
from tests.factories import load_demo_content, make_answer, make_classroom, make_player, make_room, make_teacher

STREAMS = 40


@pytest.fixture
def room_id(app_ctx: Flask) -> int:
    room = make_room(make_classroom(make_teacher()), load_demo_content()[:3], mode="live", seconds_per_question=20)
    for n in range(5):
        make_player(room, f"Student {n}")
    db.session.commit()
    return room.id


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    """No re-reading of versions by the clock: whatever a hub learns, it learns from the news."""
    monkeypatch.setattr(hub_module, "RESYNC_SECONDS", 3600.0)


@pytest.fixture
def hub(app_ctx: Flask, clock: Clock, quiet: None) -> Iterator[Hub]:
    made = Hub(poll_engine(app_ctx, db.engine), db.engine, clock, tick_seconds=0.01)
    yield made
    made.stop()


def change(room_id: int, clock: Clock, transition=machine.start) -> int:  # type: ignore[no-untyped-def]
    """A teacher's control as the presenter commits it: one transition, published, committed."""
    with Session(db.engine) as session:
        room = session.get(Room, room_id, with_for_update=True)
        assert room is not None
        transition(room, clock(), 3)
        publish(session, room)
        session.commit()
        return room.version


def waiting_streams(hub: Hub, room_id: int, after: int, count: int = STREAMS) -> tuple[list[threading.Thread], list]:
    got: list[Edition | None] = []
    ready = threading.Barrier(count + 1)

    def stream() -> None:
        with hub.following(room_id):
            ready.wait()
            got.append(hub.wait(room_id, after, timeout=15))

    threads = [threading.Thread(target=stream) for _ in range(count)]
    for thread in threads:
        thread.start()
    ready.wait()
    return threads, got


def current_edition(hub: Hub, room_id: int) -> Edition:
    with hub.following(room_id):
        edition = hub.wait(room_id, -1, timeout=15)
    assert edition is not None
    return edition


def test_every_waiting_stream_gets_the_one_edition_read_for_the_new_version(hub, room_id, clock):
    assert current_edition(hub, room_id).version == 0
    threads, got = waiting_streams(hub, room_id, after=0)
    version = change(room_id, clock)
    for thread in threads:
        thread.join(timeout=20)
    assert len(got) == STREAMS and all(edition is not None and edition.version == version for edition in got)
    assert len({id(edition) for edition in got}) == 1, "read once for all the streams"
    edition = got[0]
    assert edition.snapshot is not None and edition.snapshot.phase == "question"
    assert sorted(seat.nickname for seat in edition.seats.values()) == [f"Student {n}" for n in range(5)]
    assert all(seat.earned is None for seat in edition.seats.values())


def test_a_commit_from_another_process_reaches_the_hub(hub, room_id, clock, backend):
    """Another process is another engine with connections of its own. On PostgreSQL its commit
    reaches the hub by NOTIFY (the hub does not re-read versions in this test); SQLite's one
    process hears its own commits, so there it is the same engine's."""
    with hub.following(room_id):
        assert hub.wait(room_id, -1, timeout=15) is not None
        threads, got = waiting_streams(hub, room_id, after=0, count=3)
        other = create_engine(db.engine.url) if backend == "postgresql" else db.engine
        with Session(other) as session:
            room = session.get(Room, room_id, with_for_update=True)
            assert room is not None
            machine.start(room, clock(), 3)
            publish(session, room)
            session.commit()
        for thread in threads:
            thread.join(timeout=20)
        other.dispose()
    assert [edition.version for edition in got if edition] == [1, 1, 1]


def test_a_rolled_back_change_announces_nothing(hub, room_id, clock):
    with hub.following(room_id):
        assert hub.wait(room_id, -1, timeout=15) is not None
        with Session(db.engine) as session:
            room = session.get(Room, room_id)
            assert room is not None
            machine.start(room, clock(), 3)
            publish(session, room)
            session.rollback()
        assert hub.wait(room_id, 0, timeout=0.5) is None


def test_the_hub_reveals_when_the_time_and_its_grace_are_up(hub, room_id, clock):
    started = change(room_id, clock)
    with hub.following(room_id):
        assert hub.wait(room_id, -1, timeout=15).version == started  # type: ignore[union-attr]
        clock.advance(20.5)  # the countdown is over; answers on their way still count
        assert hub.wait(room_id, started, timeout=0.5) is None
        clock.advance(0.5)
        revealed = hub.wait(room_id, started, timeout=15)
    assert revealed is not None and revealed.version == started + 1
    assert revealed.snapshot is not None and revealed.snapshot.phase == "reveal"


def test_a_room_that_is_gone_ends_its_streams(hub, room_id, clock):
    with hub.following(room_id):
        assert hub.wait(room_id, -1, timeout=15) is not None
    with hub.following(room_id + 1000):
        gone = hub.wait(room_id + 1000, -1, timeout=15)
    assert gone is not None and gone.snapshot is None


def test_the_hub_reveals_once_every_active_player_has_answered(hub, room_id, clock):
    """An answer taken where a hub follows the room counts nobody: the hub counts at its tick."""
    started = change(room_id, clock)
    room = db.session.get(Room, room_id)
    assert room is not None
    question = question_at(db.session, room_id, 0)
    players = sorted(room.players, key=lambda p: p.id)
    with hub.following(room_id):
        assert hub.wait(room_id, -1, timeout=15).version == started  # type: ignore[union-attr]
        for player in players[:-1]:
            make_answer(player, question, [0], 1000)
        assert hub.wait(room_id, started, timeout=0.5) is None, "one player has not answered"
        make_answer(players[-1], question, [0], 1000)
        revealed = hub.wait(room_id, started, timeout=15)
    assert revealed is not None and revealed.version == started + 1
    assert revealed.snapshot is not None and revealed.snapshot.phase == "reveal"
    assert len(revealed.seats) == 5 and all(seat.earned is not None for seat in revealed.seats.values())
