"""Telling every process that a room has a new version, in the transaction that publishes it.

On PostgreSQL, `pg_notify` in the publishing transaction: PostgreSQL delivers it at commit (never
for a rollback) to every connection that LISTENs on CHANNEL, on this machine or any other sharing
the database, so each worker's hub (quizgame.game.live.hub) hears it once. SQLite has no such
thing, and runs in one process: the news goes to this process's hubs after the session commits.
A hub also re-reads its rooms' versions every second, so a version nobody announced (a room
closed from the teacher's room page) or a notification lost with a dropped connection is late by
a second, not lost.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

CHANNEL = "quizgame_live"

Listener = Callable[[int, int], None]  # (room id, version)

_lock = threading.Lock()
_listeners: list[Listener] = []


def announce(session: Session, room_id: int, version: int) -> None:
    """Announce (room, version) when the session's transaction commits."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_notify(CHANNEL, payload(room_id, version))))
        return
    pending: set[tuple[int, int]] | None = session.info.get("live_announcements")
    if pending is None:
        pending = session.info["live_announcements"] = set()
        event.listen(session, "after_commit", _tell_this_process, once=True)
        event.listen(session, "after_rollback", _forget, once=True)
    pending.add((room_id, version))


def payload(room_id: int, version: int) -> str:
    return f"{room_id}:{version}"


def parse(text: str) -> tuple[int, int] | None:
    try:
        room, version = text.split(":")
        return int(room), int(version)
    except ValueError:
        return None


def listen_here(listener: Listener) -> None:
    """Hear the announcements of this process's commits (every dialect; SQLite's only way)."""
    with _lock:
        _listeners.append(listener)


def stop_listening_here(listener: Listener) -> None:
    with _lock:
        if listener in _listeners:
            _listeners.remove(listener)


def _tell_this_process(session: Session) -> None:
    pending = session.info.pop("live_announcements", set())
    if event.contains(session, "after_rollback", _forget):
        event.remove(session, "after_rollback", _forget)
    with _lock:
        listeners = list(_listeners)
    for room_id, version in sorted(pending):
        for listener in listeners:
            listener(room_id, version)


def _forget(session: Session) -> None:
    session.info.pop("live_announcements", None)
    if event.contains(session, "after_commit", _tell_this_process):
        event.remove(session, "after_commit", _tell_this_process)
