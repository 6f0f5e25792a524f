"""The teacher's control and the hub's automatic reveal at the same moment, on SQLite, which ignores
FOR UPDATE: the reveal lands between the control's read and its write. The control's write is a
compare-and-set on the room's version (quizgame.game.live.guard), so it loses, reads the room again
and decides on what it finds. (PostgreSQL's row lock makes the second of them wait instead:
tests/game/live/test_races.py has the compare-and-set on both databases.)"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from quizgame.extensions import db
from quizgame.game.live import machine
from quizgame.game.live.polling import settle
from tests.clock import Clock
from tests.web.live.helpers import as_teacher, make_live_game, press, within

SECONDS = 20


@pytest.fixture(autouse=True)
def sqlite_only(backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("PostgreSQL locks the room row the control reads: the hub's reveal would wait for it")


@contextmanager
def hub_reveals_first(room_id: int, clock: Clock) -> Iterator[list[bool]]:
    """At the control's first write, the hub settles the room in a session of its own."""
    settled: list[bool] = []

    def hub(*_args: object) -> None:
        if not settled:
            with Session(db.engine) as session:
                settled.append(settle(session, room_id, clock()))

    event.listen(db.session, "before_flush", hub)
    try:
        yield settled
    finally:
        event.remove(db.session, "before_flush", hub)


def started(app, client, clock: Clock):  # type: ignore[no-untyped-def]
    game = make_live_game(app, seconds_per_question=SECONDS)
    as_teacher(client, game.teacher_id)
    assert press(client, game.room_id, "start", version=0).status_code == 200
    clock.advance(SECONDS + machine.ANSWER_GRACE_MS / 1000 + 1)
    return game


def room_at(game) -> tuple[str, int | None, int]:  # type: ignore[no-untyped-def]
    return within(game.app, lambda: (lambda r: (r.phase, r.current_position, r.version))(game.room()))


def test_next_from_a_screen_the_hubs_reveal_overtook_is_refused_and_the_reveal_stands(app, client, clock):
    game = started(app, client, clock)
    with within(app, lambda: hub_reveals_first(game.room_id, clock)) as settled:
        response = press(client, game.room_id, "next", version=1)
    assert settled == [True]
    assert response.status_code == 409 and "already moved on" in response.json["error"]
    assert room_at(game) == ("reveal", 0, 2)


def test_skip_without_a_version_is_made_again_on_the_revealed_room_only_if_still_legal(app, client, clock):
    game = started(app, client, clock)
    with within(app, lambda: hub_reveals_first(game.room_id, clock)) as settled:
        response = press(client, game.room_id, "skip")
    assert settled == [True]
    assert response.status_code == 409 and response.json["error"].startswith("Cannot skip the question now")
    assert room_at(game) == ("reveal", 0, 2)


def test_closing_the_room_as_the_hub_reveals_keeps_both_changes_in_two_versions(app, client, clock):
    """Without the guard both wrote version 2: the reveal's snapshot of version 2 said "open", and
    no student's page ever heard of the closing."""
    game = started(app, client, clock)
    with within(app, lambda: hub_reveals_first(game.room_id, clock)) as settled:
        response = client.post(f"/teacher/rooms/{game.room_id}/close")
    assert settled == [True]
    assert response.status_code == 302
    assert room_at(game) == ("reveal", 0, 3)
    assert within(app, lambda: game.room().status) == "closed"
