"""Rooms: a game of chosen questions with its settings, and, for a live room, where the class stands."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizgame.extensions import db
from quizgame.models.columns import UTCDateTime, check_in, utcnow

if TYPE_CHECKING:
    from quizgame.models.classrooms import Classroom
    from quizgame.models.content import Question
    from quizgame.models.play import Player


class RoomMode(StrEnum):
    """Self-paced: each student at their own speed. Live: the teacher moves the class on."""

    SELF_PACED = "self_paced"
    LIVE = "live"


class RoomStatus(StrEnum):
    """Whether the room takes players and answers."""

    OPEN = "open"
    CLOSED = "closed"


class RoomPhase(StrEnum):
    """Where a live game stands (quizgame.game.live.machine); a self-paced room stays in the lobby."""

    LOBBY = "lobby"
    QUESTION = "question"
    REVEAL = "reveal"
    FINISHED = "finished"


class LeaderboardVisibility(StrEnum):
    """When students see the room's leaderboard (the teacher always does)."""

    LIVE = "live"
    END = "end"
    HIDDEN = "hidden"


class RoomScoring(StrEnum):
    """How a right answer scores (quizgame.game.scoring): by accuracy alone, or faster for more."""

    ACCURACY = "accuracy"
    SPEED = "speed"


ROOM_MODES = tuple(m.value for m in RoomMode)
# In the order of the CHECK constraint the first migration wrote.
SCORING_MODES = (RoomScoring.SPEED.value, RoomScoring.ACCURACY.value)
LEADERBOARD_VISIBILITY = tuple(v.value for v in LeaderboardVisibility)
ROOM_STATUSES = tuple(s.value for s in RoomStatus)
ROOM_PHASES = tuple(p.value for p in RoomPhase)


class Room(db.Model):
    __tablename__ = "rooms"
    __table_args__ = (
        CheckConstraint(check_in("mode", ROOM_MODES), name="mode"),
        CheckConstraint(check_in("scoring", SCORING_MODES), name="scoring"),
        CheckConstraint(check_in("leaderboard", LEADERBOARD_VISIBILITY), name="leaderboard"),
        CheckConstraint(check_in("status", ROOM_STATUSES), name="status"),
        CheckConstraint(check_in("phase", ROOM_PHASES), name="phase"),
        CheckConstraint("seconds_per_question BETWEEN 5 AND 600", name="seconds"),
        CheckConstraint("length(code) = 6", name="code_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    classroom_id: Mapped[int] = mapped_column(ForeignKey("classrooms.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    title: Mapped[str] = mapped_column(String(100))
    mode: Mapped[str] = mapped_column(String(12), default=RoomMode.SELF_PACED.value)
    scoring: Mapped[str] = mapped_column(String(10), default=RoomScoring.ACCURACY.value)
    seconds_per_question: Mapped[int] = mapped_column(Integer, default=60)
    shuffle_questions: Mapped[bool] = mapped_column(Boolean, default=False)
    shuffle_choices: Mapped[bool] = mapped_column(Boolean, default=False)
    show_explanations: Mapped[bool] = mapped_column(Boolean, default=True)
    leaderboard: Mapped[str] = mapped_column(String(8), default=LeaderboardVisibility.LIVE.value)
    late_join: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set when the teacher removes a player and asks for it: no new player may join (a removed
    # student could otherwise come back from a cleared browser under a new name); seated players
    # and rejoin codes still work. The room page opens it again.
    new_players_closed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    status: Mapped[str] = mapped_column(String(8), default=RoomStatus.OPEN.value)
    # Live rooms: where the whole class is. Every worker reads it from here; none keeps it in memory.
    phase: Mapped[str] = mapped_column(String(10), default=RoomPhase.LOBBY.value)
    current_position: Mapped[int | None] = mapped_column(Integer)
    question_started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    paused_remaining_ms: Mapped[int | None] = mapped_column(Integer)
    # The open live question's own time limit (RoomQuestion.seconds), copied when it opens, so the
    # clock reads it from the room row like the rest of the live state; None: seconds_per_question.
    question_seconds: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=0)
    # Every UPDATE of a room is a compare-and-set on its version: `... WHERE id = :id AND version =
    # :version read`, and one that matches no row raises StaleDataError (two changes computed from
    # the same version: the second must not win; SQLite ignores FOR UPDATE). The code bumps the
    # version itself (machine._changed, game.rooms), so SQLAlchemy does not generate it.
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    opened_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    classroom: Mapped[Classroom] = relationship(back_populates="rooms")
    room_questions: Mapped[list[RoomQuestion]] = relationship(
        back_populates="room", order_by="RoomQuestion.position", cascade="all, delete-orphan"
    )
    players: Mapped[list[Player]] = relationship(back_populates="room", order_by="Player.joined_at")


class RoomQuestion(db.Model):
    __tablename__ = "room_questions"
    __table_args__ = (
        UniqueConstraint("room_id", "position"),
        UniqueConstraint("room_id", "question_id"),
        CheckConstraint("seconds IS NULL OR seconds BETWEEN 5 AND 600", name="seconds"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id", ondelete="RESTRICT"), index=True)
    # The teacher's time limit for this question in this room (a long passage, a quick warm-up);
    # None: the room's seconds_per_question. game.play.rules.time_limit_ms picks between them.
    seconds: Mapped[int | None] = mapped_column(Integer)

    room: Mapped[Room] = relationship(back_populates="room_questions")
    question: Mapped[Question] = relationship()
