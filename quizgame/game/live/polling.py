"""The checks a live room's push channel makes several times a second, and settling a room whose
question is over.

`read_marker` is the cheap check; the states are built only when it changes. Whichever worker
notices first that the open question is over (its time is up, or everyone has answered) settles
the room: reveals it under the room row's lock, publishes the new version and commits.
A `RoomWatch` is one stream's memory between its polls; nothing is shared between streams.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.orm import Session

from quizgame.game.live import machine
from quizgame.game.live.guard import retried
from quizgame.game.live.snapshot import publish
from quizgame.models import Answer, Player, Room, RoomMode, RoomPhase, RoomQuestion


@dataclass(frozen=True)
class Marker:
    """A room's state in a few numbers: if none changed, no client needs anything new."""

    version: int
    phase: str
    players: int = 0
    answered: int = 0

    def token(self) -> str:
        return f"{self.version}.{self.players}.{self.answered}"


@dataclass(frozen=True)
class Poll:
    marker: Marker | None
    due: bool  # the question is over: settle the room
    deadline: dt.datetime | None  # when the open question closes (its time and the grace run out)


def read_marker(db: Session | Connection, room_id: int, now: dt.datetime, with_counts: bool = False) -> Poll:
    """The room's clock row in one indexed SELECT (plus two counts for the presenter). Says whether
    the question is over and the room should be settled (time up, or everyone has answered)."""
    clock = db.execute(
        select(
            Room.mode,
            Room.phase,
            Room.version,
            Room.current_position,
            Room.question_started_at,
            Room.paused_remaining_ms,
            Room.seconds_per_question,
            Room.question_seconds,
        ).where(Room.id == room_id)
    ).one_or_none()
    if clock is None:
        return Poll(None, False, None)
    room = Room(**clock._asdict())
    open_question = (
        clock.mode == RoomMode.LIVE and clock.phase == RoomPhase.QUESTION and clock.paused_remaining_ms is None
    )
    due = open_question and machine.answers_closed(room, now)
    deadline = machine.closing_time(room) if clock.mode == RoomMode.LIVE else None
    if not with_counts:
        return Poll(Marker(clock.version, clock.phase), due, deadline)
    players, answered = answer_counts(db, room_id, clock.current_position)
    due = due or (open_question and 0 < players <= answered)
    return Poll(Marker(clock.version, clock.phase, players, answered), due, deadline)


def answer_counts(db: Session | Connection, room_id: int, position: int | None) -> tuple[int, int]:
    """(active players, how many of them answered the question at `position`), in one statement:
    the answer path asks after every answer."""
    players = (
        select(func.count())
        .select_from(Player)
        .where(Player.room_id == room_id, Player.removed.is_(False))
        .scalar_subquery()
    )
    if position is None:
        return db.execute(select(players)).scalar_one() or 0, 0
    answered = (
        select(func.count())
        .select_from(Answer)
        .join(Player, Player.id == Answer.player_id)
        .join(RoomQuestion, (RoomQuestion.question_id == Answer.question_id) & (RoomQuestion.room_id == room_id))
        .where(Player.room_id == room_id, Player.removed.is_(False), RoomQuestion.position == position)
        .scalar_subquery()
    )
    row = db.execute(select(players, answered)).one()
    return row[0] or 0, row[1] or 0


def reveal_if_all_answered(session: Session, room: Room, now: dt.datetime) -> bool:
    """Kahoot's shortcut: once every active player has answered, nobody waits for the clock.
    Counts first; only when they say so is the room row locked and the phase checked again."""
    if room.phase != RoomPhase.QUESTION or machine.is_paused(room):
        return False
    players, answered = answer_counts(session, room.id, room.current_position)
    if players == 0 or answered < players:
        return False
    position = room.current_position
    session.refresh(room, with_for_update=True)
    if room.phase != RoomPhase.QUESTION or machine.is_paused(room) or room.current_position != position:
        return False
    machine.reveal(room, now)
    return True


def settle(session: Session, room_id: int, now: dt.datetime) -> bool:
    """Reveal the room's question if it is over, under the room row's lock, publish the new version
    and commit. False (and nothing written): another worker settled it first, or it is not over.
    On SQLite, which has no row lock, a reveal that lost the race to the teacher's control (the
    version compare-and-set, quizgame.game.live.guard) looks again at the room as it is now."""
    return retried(session, lambda: _settle_once(session, room_id, now))


def _settle_once(session: Session, room_id: int, now: dt.datetime) -> bool:
    room = session.get(Room, room_id, with_for_update=True, populate_existing=True)
    if room is None or not (machine.expire(room, now) or reveal_if_all_answered(session, room, now)):
        session.rollback()
        return False
    publish(session, room)
    session.commit()
    return True


class RoomWatch:
    """One push channel's view of its room between polls. A student's stream asks for the room's
    version only (one round trip) and reads the clock row again only when the version moved or the
    question's deadline has passed; the presenter's counts players and answers every time. When the
    question is over, the room is settled in a session of its own."""

    def __init__(
        self,
        poll_engine: Engine,
        write_engine: Engine,
        room_id: int,
        clock: Callable[[], dt.datetime],
        with_counts: bool,
        version_of: Callable[[], int | None],
    ) -> None:
        """`version_of` reads the room's version in one round trip (the fast path's version_reader)."""
        self._poll_engine, self._write_engine = poll_engine, write_engine
        self._room_id, self._clock, self._with_counts = room_id, clock, with_counts
        self._version_of = version_of
        self._last: Poll | None = None

    def _poll(self) -> Poll:
        with self._poll_engine.connect() as connection:
            return read_marker(connection, self._room_id, self._clock(), self._with_counts)

    def token(self) -> str | None:
        """The room's marker token now; None: the room is gone."""
        known = self._last
        if (
            known is not None
            and known.marker is not None
            and not self._with_counts
            and self._version_of() == known.marker.version
            and (known.deadline is None or self._clock() < known.deadline)
        ):
            return known.marker.token()
        current = self._poll()
        if current.due:
            with Session(self._write_engine) as session:
                settle(session, self._room_id, self._clock())
            current = self._poll()
        self._last = current
        return current.marker.token() if current.marker else None
