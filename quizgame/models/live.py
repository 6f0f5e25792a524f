"""The live game's shared state, built once per version of a room."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from quizgame.extensions import db
from quizgame.models.columns import UTCDateTime, utcnow


class LiveSnapshot(db.Model):
    """What every student of a live room sees at one version of the room, built once when the
    version changes (quizgame.game.live.snapshot). Each student's stream reads this row and adds
    only what is theirs, instead of building the whole state again for every student."""

    __tablename__ = "live_snapshots"

    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The question of this version, also inside `data`: a column, so a student's answer joins on it.
    question_id: Mapped[str | None] = mapped_column(String(40))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
