"""Play: players seated in a room, when each question reached them, and what they answered."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, CheckConstraint, Float, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizgame.extensions import db
from quizgame.models.columns import UTCDateTime, utcnow

if TYPE_CHECKING:
    from quizgame.models.classrooms import RosterStudent
    from quizgame.models.content import Question
    from quizgame.models.rooms import Room


class Player(db.Model):
    __tablename__ = "players"
    __table_args__ = (
        # One seat per name among players in the room. A removed player keeps their name and roster
        # link (their answers stay theirs in the reports) but no longer holds the name: the roster
        # student can join again under it (issue 16). Rules on top of this (a removed nickname stays
        # taken in a nickname room) are the game's, in game/players.py.
        Index(
            "uq_players_room_nickname_present",
            "room_id",
            "nickname",
            unique=True,
            sqlite_where=text("NOT removed"),
            postgresql_where=text("NOT removed"),
        ),
        Index("ix_players_room_browser", "room_id", "browser_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"))
    nickname: Mapped[str] = mapped_column(String(40))
    rejoin_token: Mapped[str] = mapped_column(String(64), unique=True)
    # A random id kept in the student's signed cookie, so a removed player cannot come back renamed.
    browser_id: Mapped[str] = mapped_column(String(64))
    roster_student_id: Mapped[int | None] = mapped_column(
        ForeignKey("roster_students.id", ondelete="SET NULL"), index=True
    )
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set by the teacher for a student who lost their session (new device, cleared cookies): typed
    # once on the join page, it hands that browser this seat, points and all, then is cleared.
    rejoin_code: Mapped[str | None] = mapped_column(String(8))
    joined_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    room: Mapped[Room] = relationship(back_populates="players")
    roster_student: Mapped[RosterStudent | None] = relationship()


class Delivery(db.Model):
    """When the server first showed a question to a player: the start of that player's clock."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("player_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    player_id: Mapped[int] = mapped_column(ForeignKey("players.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"))
    delivered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    choice_order: Mapped[list[int] | None] = mapped_column(JSON)


class Answer(db.Model):
    __tablename__ = "answers"
    __table_args__ = (
        UniqueConstraint("player_id", "question_id"),
        CheckConstraint("points >= 0", name="points_non_negative"),
        CheckConstraint("credit >= 0 AND credit <= 1", name="credit_range"),
        CheckConstraint("response_ms >= 0", name="response_ms_non_negative"),
        Index("ix_answers_question", "question_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    player_id: Mapped[int] = mapped_column(ForeignKey("players.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"))
    chosen: Mapped[list[int]] = mapped_column(JSON)
    correct: Mapped[bool] = mapped_column(Boolean)
    credit: Mapped[float] = mapped_column(Float, default=0.0)
    points: Mapped[int] = mapped_column(Integer, default=0)
    response_ms: Mapped[int] = mapped_column(Integer)
    answered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    player: Mapped[Player] = relationship()
    question: Mapped[Question] = relationship()
