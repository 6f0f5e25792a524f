"""Leaderboards: one aggregate query each, however many players, ordered by the documented tie-break.

The ORDER BY spells out scoring.ranking_key (more points, more correct answers, less total response
time, earlier join, then lower player id) so the database sorts exactly as the documentation says;
players level on everything still get distinct ranks, the earlier joiner first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import Session

from quizgame.models import Answer, Player, Room, RosterStudent


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


@dataclass(frozen=True)
class ClassroomStanding:
    """One student's line across a classroom's rooms.

    A rostered student adds up over every room they played in (roster_student_id set, player_id
    None); a player who joined without a roster name counts alone (player_id and room_code set).
    """

    rank: int
    name: str
    roster_student_id: int | None
    player_id: int | None
    room_code: str | None
    rooms: int
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
    points, correct, _answered, total_ms = (query.selected_columns[name] for name in ("points", "correct", "answered", "total_ms"))
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


def classroom_leaderboard(session: Session, classroom_id: int) -> list[ClassroomStanding]:
    """Cumulative standings over all the classroom's rooms: a rostered student is one line under the
    roster name; an unrostered player is one line per room under their nickname."""
    # Rostered players group by roster id; the others each form their own group by player id.
    solo_player = case((Player.roster_student_id.is_(None), Player.id)).label("solo_player")
    query = (
        select(
            Player.roster_student_id,
            solo_player,
            func.min(func.coalesce(RosterStudent.display_name, Player.nickname)).label("name"),
            func.min(Room.code).label("room_code"),
            func.count(func.distinct(Player.room_id)).label("rooms"),
            *_totals(),
        )
        .join(Room, Room.id == Player.room_id)
        .outerjoin(RosterStudent, RosterStudent.id == Player.roster_student_id)
        .outerjoin(Answer, Answer.player_id == Player.id)
        # Players by the classroom's room ids rather than by a filter on the joined rooms: with one
        # classroom far bigger than the rest, SQLite's planner otherwise scans every player there is.
        .where(
            Player.room_id.in_(select(Room.id).where(Room.classroom_id == classroom_id).scalar_subquery()),
            Player.removed.is_(False),
        )
        .group_by(Player.roster_student_id, solo_player)
    )
    rows = session.execute(_ranked(query, func.min(Player.joined_at), func.min(Player.id)))
    return [
        ClassroomStanding(
            rank=rank,
            name=row.name,
            roster_student_id=row.roster_student_id,
            player_id=row.solo_player,
            room_code=None if row.roster_student_id is not None else row.room_code,
            rooms=int(row.rooms),
            points=int(row.points),
            correct=int(row.correct),
            answered=int(row.answered),
            total_ms=int(row.total_ms),
        )
        for rank, row in enumerate(rows, start=1)
    ]


class HasLeaderboardSetting(Protocol):
    leaderboard: str


def leaderboard_visible(setting: str, phase_finished: bool) -> bool:
    """Whether students may see the leaderboard: "live" always, "end" once the game is over,
    "hidden" never (the teacher always sees it)."""
    if setting == "live":
        return True
    if setting == "end":
        return phase_finished
    if setting == "hidden":
        return False
    raise ValueError(f"unknown leaderboard setting {setting!r}")


def visible_leaderboard(
    room: HasLeaderboardSetting, phase_finished: bool, standings: list[Standing]
) -> list[Standing] | None:
    """The standings students may see under the room's setting, or None while they may not."""
    return list(standings) if leaderboard_visible(room.leaderboard, phase_finished) else None
