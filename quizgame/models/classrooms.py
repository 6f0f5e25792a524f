"""A teacher's classrooms and their rosters: the people results add up for across rooms."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizgame.extensions import db
from quizgame.models.columns import UTCDateTime, utcnow

if TYPE_CHECKING:
    from quizgame.models.accounts import Teacher
    from quizgame.models.rooms import Room


class Classroom(db.Model):
    __tablename__ = "classrooms"

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teachers.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    teacher: Mapped[Teacher] = relationship(back_populates="classrooms")
    roster: Mapped[list[RosterStudent]] = relationship(
        back_populates="classroom", order_by="RosterStudent.display_name", cascade="all, delete-orphan"
    )
    rooms: Mapped[list[Room]] = relationship(back_populates="classroom", order_by="Room.created_at")


class RosterStudent(db.Model):
    """A display name on a classroom's roster, so one student's results add up across rooms."""

    __tablename__ = "roster_students"
    __table_args__ = (UniqueConstraint("classroom_id", "display_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    classroom_id: Mapped[int] = mapped_column(ForeignKey("classrooms.id", ondelete="CASCADE"), index=True)
    display_name: Mapped[str] = mapped_column(String(40))
    # What the school's gradebook knows the student by, so an export can be matched there: Canvas
    # matches on the SIS user id or the login, Moodle on the e-mail or the idnumber. Never guessed.
    email: Mapped[str | None] = mapped_column(String(254))
    school_id: Mapped[str | None] = mapped_column(String(64))

    classroom: Mapped[Classroom] = relationship(back_populates="roster")
