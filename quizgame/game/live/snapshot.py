"""A live room's state as the whole class sees it: built once per room version, kept in the database.

At every change of a live room every student's device asks for the new state at the same moment.
Most of what they see is the same for all of them: the phase, the clock, the question's prompt
and choices, and on reveals the ranking. That part is built once, in the transaction that changes
the room (`publish`), and stored as a row keyed by (room, version). Each student's state is then
that row plus a few things of their own (quizgame.game.live.student_view).

Any worker reads the same row (each worker's hub reads it once per version for all the streams
it holds, quizgame.game.live.hub), and a version nobody published
(a room closed from the teacher's room page, a database migrated mid-game) is built on first read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from sqlalchemy import Connection, and_, delete, func, select
from sqlalchemy.orm import Session

from quizgame.game.dialect_insert import insert_for
from quizgame.game.leaderboard import room_leaderboard
from quizgame.game.live.announce import announce
from quizgame.game.live.machine import limit_ms, ranks_shown
from quizgame.game.live.questions import question_at, question_count, student_question
from quizgame.game.play.seat import RoomView
from quizgame.game.question_view import QuestionView
from quizgame.models import LiveSnapshot, Player, Room, RoomMode, RoomPhase, RoomScoring


@dataclass(frozen=True)
class Snapshot:
    room_id: int
    version: int
    code: str
    title: str
    phase: str
    status: str
    current_position: int | None
    total: int
    seconds_per_question: int
    scoring: str
    show_explanations: bool
    question_started_at: dt.datetime | None
    paused_remaining_ms: int | None
    shuffle_choices: bool
    players: int
    question: QuestionView | None  # what every device shows of it: no key, no explanation
    ranks: dict[int, tuple[int, int]]  # player id -> (rank, points), while ranks are shown

    @cached_property
    def room(self) -> RoomView:
        """The room as play reads it (quizgame.game.play.seat), with the clock and code of this
        version: for the clock of quizgame.game.live.machine and for templates. Built once per
        snapshot, shared by every student's view of it."""
        return RoomView(
            id=self.room_id,
            code=self.code,
            title=self.title,
            mode=RoomMode.LIVE,
            status=self.status,
            phase=self.phase,
            version=self.version,
            scoring=self.scoring,
            seconds_per_question=self.seconds_per_question,
            shuffle_questions=False,  # a live room shows every student the same question
            shuffle_choices=self.shuffle_choices,
            show_explanations=self.show_explanations,
            current_position=self.current_position,
            question_started_at=self.question_started_at,
            paused_remaining_ms=self.paused_remaining_ms,
        )

    def to_data(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "phase": self.phase,
            "status": self.status,
            "position": self.current_position,
            "total": self.total,
            "seconds": self.seconds_per_question,
            "scoring": self.scoring,
            "explanations": self.show_explanations,
            "started_at": self.question_started_at.isoformat() if self.question_started_at else None,
            "paused_ms": self.paused_remaining_ms,
            "shuffle": self.shuffle_choices,
            "players": self.players,
            "question": None if self.question is None else self.question.to_data(),
            "ranks": {str(player_id): list(rank) for player_id, rank in self.ranks.items()},
        }

    @classmethod
    def from_data(cls, room_id: int, version: int, data: dict[str, Any]) -> Snapshot:
        question = data["question"]
        started = data["started_at"]
        return cls(
            room_id=room_id,
            version=version,
            code=data["code"],
            title=data["title"],
            phase=data["phase"],
            status=data["status"],
            current_position=data["position"],
            total=data["total"],
            seconds_per_question=data["seconds"],
            # A row published before these two were kept (a room's one row, replaced at its next
            # change) reads as the model's defaults; nothing a live page shows depends on them.
            scoring=data.get("scoring", RoomScoring.ACCURACY),
            show_explanations=data.get("explanations", True),
            question_started_at=dt.datetime.fromisoformat(started) if started else None,
            paused_remaining_ms=data["paused_ms"],
            shuffle_choices=data["shuffle"],
            players=data["players"],
            question=QuestionView.from_data(question) if question else None,
            ranks={int(player_id): (rank[0], rank[1]) for player_id, rank in data["ranks"].items()},
        )


def build(session: Session, room: Room) -> Snapshot:
    """The shared state of the room as it is in this transaction (a few queries; the leaderboard
    only on reveals and at the end)."""
    question = None
    if room.phase in (RoomPhase.QUESTION, RoomPhase.REVEAL):
        row = question_at(session, room.id, room.current_position)
        if row is not None:
            question = student_question(row, answered=room.phase == RoomPhase.REVEAL)
    ranks = {s.player_id: (s.rank, s.points) for s in room_leaderboard(session, room.id)} if ranks_shown(room) else {}
    players = (
        len(ranks)
        if ranks
        else session.scalar(
            select(func.count()).select_from(Player).where(Player.room_id == room.id, Player.removed.is_(False))
        )
        or 0
    )
    return Snapshot(
        room_id=room.id,
        version=room.version,
        code=room.code,
        title=room.title,
        phase=room.phase,
        status=room.status,
        current_position=room.current_position,
        total=question_count(session, room.id),
        # The open question's own limit when it has one: every view rebuilt from the snapshot counts down from it.
        seconds_per_question=limit_ms(room) // 1000,
        scoring=room.scoring,
        show_explanations=room.show_explanations,
        question_started_at=room.question_started_at,
        paused_remaining_ms=room.paused_remaining_ms,
        shuffle_choices=room.shuffle_choices,
        players=players,
        question=question,
        ranks=ranks,
    )


def publish(session: Session, room: Room) -> Snapshot:
    """Store the shared state of the room's current version, in the caller's transaction (the
    caller commits, with the change that made the version), and announce it to every worker's hub
    at that commit (quizgame.game.live.announce). Publishing a version twice keeps the first row. Earlier versions' rows go: every reader joins the snapshot to the room's current
    version in one statement, so none can be reading them, and a room keeps one row."""
    session.flush()
    snapshot = build(session, room)
    values = {
        "room_id": room.id,
        "version": room.version,
        "data": snapshot.to_data(),
        "question_id": snapshot.question.id if snapshot.question else None,
    }
    insert = insert_for(session.get_bind().dialect.name, LiveSnapshot.__table__)
    session.execute(insert.values(**values).on_conflict_do_nothing())
    session.execute(delete(LiveSnapshot).where(LiveSnapshot.room_id == room.id, LiveSnapshot.version < room.version))
    announce(session, room.id, room.version)
    return snapshot


def read_current(db: Session | Connection, room_id: int) -> tuple[int, Snapshot | None] | None:
    """The room's version and, if it was published, its snapshot, in one query. None: no such room."""
    row = db.execute(
        select(Room.version, LiveSnapshot.data)
        .outerjoin(LiveSnapshot, and_(LiveSnapshot.room_id == Room.id, LiveSnapshot.version == Room.version))
        .where(Room.id == room_id)
    ).one_or_none()
    if row is None:
        return None
    version, data = row
    return version, None if data is None else Snapshot.from_data(room_id, version, data)


def current(session: Session, room_id: int, commit: bool = True) -> Snapshot | None:
    """The snapshot of the room's current version, published now if nobody has (and committed,
    unless the caller commits with its own changes). None: no such room."""
    found = read_current(session, room_id)
    if found is None:
        return None
    _version, snapshot = found
    if snapshot is not None:
        return snapshot
    room = session.get(Room, room_id, populate_existing=True)
    assert room is not None
    snapshot = publish(session, room)
    if commit:
        session.commit()
    return snapshot
