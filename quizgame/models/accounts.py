"""Who signs in: teachers, and the counters that bound how often any client may try something."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from flask_login import UserMixin
from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizgame.extensions import db
from quizgame.models.columns import UTCDateTime, utcnow

if TYPE_CHECKING:
    from quizgame.models.classrooms import Classroom


class Teacher(UserMixin, db.Model):
    __tablename__ = "teachers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Part of every session cookie's user id; logging out bumps it, so a cookie copied before the
    # logout no longer opens anything.
    session_version: Mapped[int] = mapped_column(default=0, server_default="0")

    classrooms: Mapped[list[Classroom]] = relationship(back_populates="teacher")

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"


class RateLimitCounter(db.Model):
    """One fixed-window counter per limited key. In the database, not in a process, so a limit
    holds across every gunicorn worker. `key` is a digest: no client address is stored in clear."""

    __tablename__ = "rate_limit_counters"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    # Epoch seconds: integers compare the same way on SQLite and PostgreSQL.
    window_start: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[int] = mapped_column(Integer, index=True)
    hits: Mapped[int] = mapped_column(Integer)
