"""Writing a live room's change safely when two are computed at once.

Every UPDATE of a room is a compare-and-set on its version (the `version_id_col` of
quizgame.models.Room): `UPDATE rooms SET ... WHERE id = :id AND version = :version_read`. A change
computed from a version someone else has changed since matches no row, and SQLAlchemy raises
StaleDataError at the flush. SQLite ignores SELECT ... FOR UPDATE, so there the hub's automatic
reveal and the teacher's "Next" can both read version v; on PostgreSQL the row lock already makes
the second wait and read the first's version, and the guard costs nothing more (the WHERE is part
of the UPDATE it makes anyway).

The loser rolls back and runs its whole attempt again on a fresh read, so it decides again whether
its change is still valid: a reveal whose question the teacher has left does nothing, a teacher's
control that carries the version its screen showed is refused as having moved on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

T = TypeVar("T")

# A change loses only to one committed between its read and its write: a few at most at once
# (the teacher, each worker's hub); more than this means something rewrites the room in a loop.
TRIES = 5


def retried(session: Session, attempt: Callable[[], T], tries: int = TRIES) -> T:
    """`attempt()` (read the room, change it, write it, commit), run again on a fresh read after its
    write lost the compare-and-set. The last try's StaleDataError is the caller's: in a web request,
    quizgame.web.common.errors answers it with a 409 asking to try again (nothing was written)."""
    for _ in range(tries - 1):
        try:
            return attempt()
        except StaleDataError:
            session.rollback()  # expires everything: the next attempt reads the room as it is now
    return attempt()
