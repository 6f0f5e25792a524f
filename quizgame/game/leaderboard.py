"""Leaderboards: one aggregate query each, however many players, ordered by the documented tie-break.

The ORDER BY spells out scoring.ranking_key (more points, more correct answers, less total response
time, earlier join, then lower player id) so the database sorts exactly as the documentation says;
players level on everything still get distinct ranks, the earlier joiner first.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import Session

from quizgame.models import Answer, LeaderboardVisibility, Player


@dataclass(frozen=True)
class Standing:
    """One player's line on a room's leaderboard."""

    rank: int
    player_id: int
    nickname: str
    points: int
    correct: int
    answered: int
    total_ms: int


def _totals() -> tuple[ColumnElement[int], ...]:
    points = func.coalesce(func.sum(Answer.points), 0).label("points")
    correct = func.coalesce(func.sum(case((Answer.correct, 1), else_=0)), 0).label("correct")
    answered = func.count(Answer.id).label("answered")
    total_ms = func.coalesce(func.sum(Answer.response_ms), 0).label("total_ms")
    return points, correct, answered, total_ms


def _ranked(query: Select, first_joined: ColumnElement, first_id: ColumnElement) -> Select:  # type: ignore[type-arg]
    """The tie-break of scoring.ranking_key as an ORDER BY over the labelled totals."""
    points, correct, _answered, total_ms = (
        query.selected_columns[name] for name in ("points", "correct", "answered", "total_ms")
    )
    return query.order_by(points.desc(), correct.desc(), total_ms.asc(), first_joined.asc(), first_id.asc())


def room_leaderboard(session: Session, room_id: int) -> list[Standing]:
    """Every player of the room who has not been removed, best first (players with no answer too)."""
    query = (
        select(Player.id, Player.nickname, *_totals())
        .outerjoin(Answer, Answer.player_id == Player.id)
        .where(Player.room_id == room_id, Player.removed.is_(False))
        .group_by(Player.id, Player.nickname, Player.joined_at)
    )
    rows = session.execute(_ranked(query, Player.joined_at, Player.id))
    return [
        Standing(rank, row.id, row.nickname, int(row.points), int(row.correct), int(row.answered), int(row.total_ms))
        for rank, row in enumerate(rows, start=1)
    ]


def leaderboard_visible(setting: str, phase_finished: bool) -> bool:
    """Whether students may see the leaderboard: "live" always, "end" once the game is over,
    "hidden" never (the teacher always sees it)."""
    if setting == LeaderboardVisibility.LIVE:
        return True
    if setting == LeaderboardVisibility.END:
        return phase_finished
    if setting == LeaderboardVisibility.HIDDEN:
        return False
    raise ValueError(f"unknown leaderboard setting {setting!r}")
