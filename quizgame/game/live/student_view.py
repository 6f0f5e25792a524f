"""One student's live state: the room's shared snapshot of its current version plus the student's
own part (their nickname, the order of their choices, whether they answered and what it earned;
their rank comes from the snapshot).

Every student's stream builds one at every change of the room, all at the same moment, so reading
it is one round trip on the fast path (quizgame.game.fast_path.raw_rows) when the version was
published, and the few ORM statements that publish it when nobody has.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, and_, null, select
from sqlalchemy.orm import Session

from quizgame.game.answers import shuffled_choices
from quizgame.game.live import machine
from quizgame.game.live.snapshot import Snapshot, current
from quizgame.game.question_view import QuestionView
from quizgame.models import Answer, Player, Room, RoomPhase


@dataclass(frozen=True)
class OwnAnswer:
    correct: bool
    credit: float
    points: int


@dataclass(frozen=True)
class Own:
    """What is a student's own in a live state: one row."""

    player_id: int
    nickname: str
    removed: bool
    rejoin_token: str
    answer: OwnAnswer | None


def own_row(db: Session | Connection, player_id: int, question_id: str | None) -> Own | None:
    """The player and their answer to the current question, in one query."""
    columns = (Player.id, Player.nickname, Player.removed, Player.rejoin_token)
    if question_id is None:
        row = db.execute(select(*columns).where(Player.id == player_id)).one_or_none()
        return None if row is None else Own(row.id, row.nickname, bool(row.removed), row.rejoin_token, None)
    row = db.execute(
        select(*columns, Answer.correct, Answer.credit, Answer.points)
        .outerjoin(Answer, and_(Answer.player_id == Player.id, Answer.question_id == question_id))
        .where(Player.id == player_id)
    ).one_or_none()
    if row is None:
        return None
    answer = None if row.correct is None else OwnAnswer(bool(row.correct), float(row.credit), int(row.points))
    return Own(row.id, row.nickname, bool(row.removed), row.rejoin_token, answer)


def room_own_rows(db: Session | Connection, room_id: int, question_id: str | None) -> dict[int, Own]:
    """Every player's own row in the room, in one query: what a worker's hub reads once per version
    for all the students it streams to, instead of one query per student."""
    columns = (Player.id, Player.nickname, Player.removed, Player.rejoin_token)
    if question_id is None:
        rows = db.execute(select(*columns, *NO_ANSWER).where(Player.room_id == room_id))
    else:
        rows = db.execute(
            select(*columns, Answer.correct, Answer.credit, Answer.points)
            .outerjoin(Answer, and_(Answer.player_id == Player.id, Answer.question_id == question_id))
            .where(Player.room_id == room_id)
        )
    return {
        row[0]: Own(
            row[0],
            row[1],
            bool(row[2]),
            row[3],
            None if row[4] is None else OwnAnswer(bool(row[4]), float(row[5]), int(row[6])),
        )
        for row in rows
    }


NO_ANSWER = (null().label("correct"), null().label("credit"), null().label("points"))


@dataclass(frozen=True)
class OwnStanding:
    rank: int
    points: int


@dataclass
class StudentView:
    """One student's view of one version: the shared snapshot plus their own row."""

    snapshot: Snapshot
    room: Room
    player: Own
    remaining_ms: int

    @property
    def question(self) -> QuestionView | None:
        if self.room.phase in (RoomPhase.QUESTION, RoomPhase.REVEAL) and not self.player.removed:
            return self.snapshot.question
        return None

    @property
    def answer(self) -> OwnAnswer | None:
        return self.player.answer

    @property
    def total(self) -> int:
        return self.snapshot.total

    @property
    def standing(self) -> OwnStanding | None:
        rank = self.snapshot.ranks.get(self.player.player_id)
        return None if rank is None or self.player.removed else OwnStanding(*rank)

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
        order = shuffled_choices(self.snapshot.shuffle_choices, self.player.rejoin_token, q.id, q.kind, len(q.choices))
        return [(position, index, q.choices[index]) for position, index in enumerate(order or range(len(q.choices)))]

    @property
    def position(self) -> int:
        return (self.room.current_position or 0) + 1

    @property
    def time_is_up(self) -> bool:
        return self.room.phase == RoomPhase.QUESTION and self.remaining_ms == 0 and not machine.is_paused(self.room)


def student_view(snapshot: Snapshot, own: Own, now: dt.datetime) -> StudentView:
    room = snapshot.room()
    return StudentView(snapshot, room, own, machine.remaining_ms(room, now))


def read_student_state(
    session: Session,
    read_row: Callable[[], tuple[Snapshot | None, Own] | None],
    room_id: int,
    player_id: int,
) -> tuple[Snapshot, Own] | None:
    """The snapshot of the room's current version and the student's own part: `read_row` (the fast
    path's one round trip) and, for a version nobody published, publishing it here, once, and
    reading the student's row again with the session. None: the player or the room is gone. The
    session's connection goes back to the pool before this returns: the loaded rows stay readable
    and nothing is written after."""
    row = read_row()
    if row is None:
        return None
    snapshot, own = row
    if snapshot is not None:
        return snapshot, own
    snapshot = current(session, room_id)
    found = own_row(session, player_id, snapshot.question.id if snapshot and snapshot.question else None)
    session.close()
    if snapshot is None or found is None:
        return None
    return snapshot, found
