"""One student's live state: the room's shared snapshot of its current version plus the student's
seat (quizgame.game.play.seat: their nickname, the order of their choices, whether they answered
and what it earned; their rank comes from the snapshot).

Every student's stream builds one at every change of the room, all at the same moment, so reading
it is one round trip on the fast path (quizgame.game.fast_path.raw_rows) when the version was
published, and the few ORM statements that publish it when nobody has.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, null, select
from sqlalchemy.orm import Session

from quizgame.game.answers import shuffled_choices
from quizgame.game.live import machine
from quizgame.game.live.snapshot import Snapshot, current
from quizgame.game.play.seat import Earned, RoomView, Seat
from quizgame.game.question_view import QuestionView
from quizgame.models import Answer, Player, RoomPhase

_SEAT_COLUMNS = (Player.id, Player.rejoin_token, Player.nickname, Player.removed)


def seat_row(db: Session | Connection, player_id: int, question_id: str | None) -> Seat | None:
    """The player's seat (quizgame.game.play.seat) with what they earned on the question on
    screen, in one query."""
    if question_id is None:
        row = db.execute(select(*_SEAT_COLUMNS).where(Player.id == player_id)).one_or_none()
        return None if row is None else Seat(row.id, row.rejoin_token, row.nickname, bool(row.removed))
    row = db.execute(
        select(*_SEAT_COLUMNS, Answer.correct, Answer.credit, Answer.points)
        .outerjoin(Answer, and_(Answer.player_id == Player.id, Answer.question_id == question_id))
        .where(Player.id == player_id)
    ).one_or_none()
    if row is None:
        return None
    return Seat(row.id, row.rejoin_token, row.nickname, bool(row.removed), earned=earned(*row[4:]))


def room_seat_rows(db: Session | Connection, room_id: int, question_id: str | None) -> dict[int, Seat]:
    """Every player's seat in the room, in one query: what a worker's hub reads once per version
    for all the students it streams to, instead of one query per student."""
    if question_id is None:
        rows = db.execute(select(*_SEAT_COLUMNS, *NO_ANSWER).where(Player.room_id == room_id))
    else:
        rows = db.execute(
            select(*_SEAT_COLUMNS, Answer.correct, Answer.credit, Answer.points)
            .outerjoin(Answer, and_(Answer.player_id == Player.id, Answer.question_id == question_id))
            .where(Player.room_id == room_id)
        )
    return {row[0]: Seat(row[0], row[1], row[2], bool(row[3]), earned=earned(row[4], row[5], row[6])) for row in rows}


NO_ANSWER = (null().label("correct"), null().label("credit"), null().label("points"))


def earned(correct: Any, credit: Any, points: Any) -> Earned | None:
    """A stored answer's result as its columns come back (SQLite: 0/1); None: no answer."""
    return None if correct is None else Earned(bool(correct), float(credit), int(points))


@dataclass(frozen=True)
class OwnStanding:
    rank: int
    points: int


@dataclass
class StudentView:
    """One student's view of one version: the shared snapshot (and its room) plus their seat."""

    snapshot: Snapshot
    room: RoomView
    seat: Seat
    remaining_ms: int

    @property
    def question(self) -> QuestionView | None:
        if self.room.phase in (RoomPhase.QUESTION, RoomPhase.REVEAL) and not self.seat.removed:
            return self.snapshot.question
        return None

    @property
    def answer(self) -> Earned | None:
        return self.seat.earned

    @property
    def total(self) -> int:
        return self.snapshot.total

    @property
    def standing(self) -> OwnStanding | None:
        rank = self.snapshot.ranks.get(self.seat.player_id)
        return None if rank is None or self.seat.removed else OwnStanding(*rank)

    @property
    def player_count(self) -> int:
        return len(self.snapshot.ranks)

    @property
    def choices(self) -> list[tuple[int, int, str]]:
        """(position on this student's screen, index in the question, text). The position is what
        the answer form sends; the index gives the letter and colour the projector shows."""
        q = self.question
        if q is None:
            return []
        order = shuffled_choices(self.snapshot.shuffle_choices, self.seat.rejoin_token, q.id, q.kind, len(q.choices))
        return [(position, index, q.choices[index]) for position, index in enumerate(order or range(len(q.choices)))]

    @property
    def position(self) -> int:
        return (self.room.current_position or 0) + 1

    @property
    def time_is_up(self) -> bool:
        return self.room.phase == RoomPhase.QUESTION and self.remaining_ms == 0 and not machine.is_paused(self.room)


def student_view(snapshot: Snapshot, seat: Seat, now: dt.datetime) -> StudentView:
    room = snapshot.room
    return StudentView(snapshot, room, seat, machine.remaining_ms(room, now))


def read_student_state(
    session: Session,
    read_row: Callable[[], tuple[Snapshot | None, Seat] | None],
    room_id: int,
    player_id: int,
) -> tuple[Snapshot, Seat] | None:
    """The snapshot of the room's current version and the student's seat: `read_row` (the fast
    path's one round trip) and, for a version nobody published, publishing it here, once, and
    reading the student's row again with the session. None: the player or the room is gone. The
    session's connection goes back to the pool before this returns: the loaded rows stay readable
    and nothing is written after."""
    row = read_row()
    if row is None:
        return None
    snapshot, seat = row
    if snapshot is not None:
        return snapshot, seat
    snapshot = current(session, room_id)
    found = seat_row(session, player_id, snapshot.question.id if snapshot and snapshot.question else None)
    session.close()
    if snapshot is None or found is None:
        return None
    return snapshot, found
