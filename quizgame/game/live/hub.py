"""One listener per process: a worker's hub hears every room's new version once and hands it to
all the student streams it holds.

Each version is read once per process (the room's snapshot and every player's seat, two
queries: an `Edition`), whatever the number of students waiting for it; each stream then only
renders its student's part and writes it. The news comes from PostgreSQL's NOTIFY on a LISTEN
connection of the hub's own (quizgame.game.live.announce), or on SQLite from this process's
commits. Every RESYNC_SECONDS the hub also reads the versions of the rooms it serves (one query)
and reads again any that moved unannounced.

The hub keeps time too: when an open question's time and grace are over (machine.closing_time),
or every active player has answered it, it settles the room (polling.settle: reveal under the room
row's lock, publish, commit). Every worker serving the room tries; the lock makes one of them do
it. So an answer taken by a worker whose hub follows the room counts nobody (`follows`): at 2,000
students that is one count per tick per worker instead of one per answer.

The hub runs on a thread of its own; under gunicorn's gevent worker that thread is a greenlet,
and the streams waiting on it cost no thread each (docs/live.md).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from quizgame.game.live import announce, machine
from quizgame.game.live.polling import answer_counts, settle
from quizgame.game.live.snapshot import Snapshot, current, read_current
from quizgame.game.live.student_view import room_seat_rows
from quizgame.game.play.seat import Seat
from quizgame.models import Room, RoomMode, RoomPhase

log = logging.getLogger(__name__)

RESYNC_SECONDS = 1.0
RECONNECT_SECONDS = 1.0


@dataclass(frozen=True)
class Edition:
    """One version of a room as this process read it, once, for all its streams. `snapshot` None:
    the room is gone."""

    version: int
    snapshot: Snapshot | None
    seats: dict[int, Seat] = field(default_factory=dict)
    # What the streams made of this version once for many students (their events by shape,
    # quizgame.web.live.shared_render): kept with the edition, gone with it.
    renders: dict[Any, str] = field(default_factory=dict, compare=False, repr=False)


class _Channel:
    def __init__(self) -> None:
        self.edition: Edition | None = None
        self.subscribers = 0


class Hub:
    def __init__(
        self,
        read_engine: Engine,
        write_engine: Engine,
        clock: Callable[[], dt.datetime],
        tick_seconds: float,
    ) -> None:
        """`read_engine` (autocommit) reads editions; `write_engine` settles rooms. `tick_seconds`:
        how often the hub looks at its rooms' clocks without news (the test clock moves by hand)."""
        self._read, self._write, self._clock = read_engine, write_engine, clock
        self._tick = tick_seconds
        self._changed = threading.Condition()
        self._channels: dict[int, _Channel] = {}
        self._news: set[int] = set()  # rooms announced since the hub last looked
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None
        self._listener: object | None = None  # the LISTEN connection, on PostgreSQL
        announce.listen_here(self._heard)

    # --- what the streams use ------------------------------------------------------------------

    @contextmanager
    def following(self, room_id: int) -> Iterator[None]:
        """Hold the room among this hub's rooms while a stream is open on it."""
        self._start()
        with self._changed:
            channel = self._channels.setdefault(room_id, _Channel())
            channel.subscribers += 1
            known = channel.edition is not None
        if not known:
            self._heard(room_id, -1)
        try:
            yield
        finally:
            with self._changed:
                channel.subscribers -= 1
                if channel.subscribers <= 0:
                    self._channels.pop(room_id, None)

    def wait(self, room_id: int, after: int, timeout: float) -> Edition | None:
        """The room's edition once its version is past `after`; None if none came within `timeout`."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                channel = self._channels.get(room_id)
                edition = channel.edition if channel else None
                if edition is not None and (edition.version > after or edition.snapshot is None):
                    return edition
                left = deadline - time.monotonic()
                if left <= 0 or self._stopped.is_set():
                    return None
                self._changed.wait(left)

    def follows(self, room_id: int) -> bool:
        """A stream of this process is open on the room: the hub settles it when everyone answered."""
        with self._changed:
            return room_id in self._channels and not self._stopped.is_set()

    def edition(self, room_id: int, version: int) -> Edition | None:
        """The room's edition as this hub last read it, if it is of `version`."""
        with self._changed:
            channel = self._channels.get(room_id)
            edition = channel.edition if channel else None
        return edition if edition is not None and edition.version == version else None

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    def stop(self) -> None:
        announce.stop_listening_here(self._heard)
        self._stopped.set()
        self._wake.set()
        with self._changed:
            self._changed.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=5)

    # --- the hub's own thread ------------------------------------------------------------------

    def _start(self) -> None:
        with self._changed:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="quizgame-live-hub", daemon=True)
                self._thread.start()

    def _heard(self, room_id: int, version: int) -> None:
        with self._changed:
            if room_id not in self._channels:
                return
            edition = self._channels[room_id].edition
            if edition is not None and edition.version >= version:
                return
            self._news.add(room_id)
        self._wake.set()

    def _run(self) -> None:
        last_resync = 0.0
        while not self._stopped.is_set():
            try:
                self._listen_for(self._tick)
                if time.monotonic() - last_resync >= RESYNC_SECONDS:
                    last_resync = time.monotonic()
                    self._resync()
                self._read_news()
                self._settle_closed_questions()
            except Exception:  # a dropped database connection: start again in a moment
                log.exception("live hub: reading the rooms failed; trying again")
                self._close_listener()
                self._stopped.wait(RECONNECT_SECONDS)
                last_resync = 0.0
        self._close_listener()

    def _listen_for(self, seconds: float) -> None:
        """Wait up to `seconds` for news: NOTIFY on PostgreSQL, this process's commits elsewhere."""
        if self._read.dialect.name != "postgresql":
            self._wake.wait(seconds)
            self._wake.clear()
            return
        if self._listener is None:
            self._listener = self._open_listener()
        for notice in self._listener.notifies(timeout=seconds, stop_after=1):  # type: ignore[attr-defined]
            found = announce.parse(notice.payload)
            if found:
                self._heard(*found)
        # Whatever else arrived meanwhile, without waiting again.
        for notice in self._listener.notifies(timeout=0):  # type: ignore[attr-defined]
            found = announce.parse(notice.payload)
            if found:
                self._heard(*found)

    def _open_listener(self) -> object:
        import psycopg

        url = self._read.url.set(drivername="postgresql")
        connection = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
        connection.execute(f"LISTEN {announce.CHANNEL}")
        return connection

    def _close_listener(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(Exception):  # it is gone already
                listener.close()  # type: ignore[attr-defined]

    def _resync(self) -> None:
        """Read again every room whose version moved without a word (or that is gone)."""
        with self._changed:
            known = {room_id: ch.edition.version if ch.edition else -1 for room_id, ch in self._channels.items()}
        if not known:
            return
        with self._read.connect() as connection:
            versions = dict(connection.execute(select(Room.id, Room.version).where(Room.id.in_(known))).all())
        with self._changed:
            self._news.update(room_id for room_id, version in known.items() if versions.get(room_id) != version)

    def _read_news(self) -> None:
        with self._changed:
            news, self._news = self._news, set()
        for room_id in news:
            edition = self._read_edition(room_id)
            with self._changed:
                channel = self._channels.get(room_id)
                if channel is not None and (channel.edition is None or edition.version > channel.edition.version):
                    channel.edition = edition
                    self._changed.notify_all()

    def _read_edition(self, room_id: int) -> Edition:
        with self._read.connect() as connection:
            found = read_current(connection, room_id)
            if found is None:
                return Edition(2**62, None)
            version, snapshot = found
            if snapshot is None:  # a version nobody published: publish it, once
                with Session(self._write) as session:
                    snapshot = current(session, room_id)
                if snapshot is None:
                    return Edition(2**62, None)
                version = snapshot.version
            question = snapshot.question.id if snapshot.question else None
            return Edition(version, snapshot, room_seat_rows(connection, room_id, question))

    def _settle_closed_questions(self) -> None:
        """Settle each open question whose time is over or that every active player has answered
        (one count per room and tick, on the read engine)."""
        now = self._clock()
        with self._changed:
            editions = [ch.edition for ch in self._channels.values() if ch.edition and ch.edition.snapshot]
        for edition in editions:
            assert edition.snapshot is not None
            room = edition.snapshot.room
            if room.mode != RoomMode.LIVE or room.phase != RoomPhase.QUESTION or machine.is_paused(room):
                continue
            if not machine.answers_closed(room, now):
                with self._read.connect() as connection:
                    players, answered = answer_counts(connection, room.id, room.current_position)
                if players == 0 or answered < players:
                    continue
            with Session(self._write) as session:
                settle(session, room.id, now)
            # Settled here or by another worker: its new version is read with the news.
            with self._changed:
                self._news.add(room.id)
