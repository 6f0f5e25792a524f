"""Where a player is in a self-paced room, and how they did: the order they meet the questions
(the next one to answer is the seat's, quizgame.game.play.seat.Seat.next_position), and their score
with accuracy per skill."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizgame.game.leaderboard import Standing, leaderboard_visible, room_leaderboard
from quizgame.models import SKILLS, Answer, Player, Room, RoomPhase, RoomQuestion, RoomStatus

T = TypeVar("T")


def in_player_order(items_by_position: list[T], rejoin_token: str, shuffle: bool) -> list[T]:
    """The room's questions (in room order) in the order this player meets them: fixed per player
    when shuffled, so a refresh or a rejoin never reorders what is left."""
    order = list(items_by_position)
    if shuffle:
        random.Random(f"questions:{rejoin_token}").shuffle(order)
    return order


def question_order(room: Room, player: Player) -> list[RoomQuestion]:
    return in_player_order(list(room.room_questions), player.rejoin_token, room.shuffle_questions)


@dataclass(frozen=True)
class SkillAccuracy:
    skill: str
    correct: int
    answered: int

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.answered) if self.answered else 0


@dataclass(frozen=True)
class PlayerSummary:
    points: int
    correct: int
    answered: int
    total: int
    skills: list[SkillAccuracy]


def summary(session: Session, room: Room, player: Player) -> PlayerSummary:
    rows = session.execute(
        select(Answer, RoomQuestion)
        .join(RoomQuestion, (RoomQuestion.question_id == Answer.question_id) & (RoomQuestion.room_id == room.id))
        .where(Answer.player_id == player.id)
    ).all()
    by_skill: dict[str, list[bool]] = {}
    for answer, room_question in rows:
        by_skill.setdefault(room_question.question.skill, []).append(answer.correct)
    skills = [SkillAccuracy(skill, sum(results), len(results)) for skill in SKILLS if (results := by_skill.get(skill))]
    return PlayerSummary(
        points=sum(answer.points for answer, _ in rows),
        correct=sum(1 for answer, _ in rows if answer.correct),
        answered=len(rows),
        total=len(room.room_questions),
        skills=skills,
    )


TOP_PLACES = 10


@dataclass(frozen=True)
class Rank:
    standing: Standing
    of: int
    # The first places, for the results page's leaderboard.
    top: tuple[Standing, ...] = ()
    # Places can still change: others are still playing in a room that is open.
    provisional: bool = False


def visible_rank(session: Session, room: Room, player: Player, player_finished: bool) -> Rank | None:
    """The player's place on the room's leaderboard, when the room's setting lets students see it.
    In a self-paced room the game ends for each player when they have answered everything."""
    at_end = player_finished or room.status == RoomStatus.CLOSED or room.phase == RoomPhase.FINISHED
    if not leaderboard_visible(room.leaderboard, at_end):
        return None
    standings = room_leaderboard(session, room.id)
    mine = next((s for s in standings if s.player_id == player.id), None)
    if mine is None:
        return None
    everyone_done = room.status == RoomStatus.CLOSED or room.phase == RoomPhase.FINISHED
    return Rank(mine, len(standings), tuple(standings[:TOP_PLACES]), provisional=not everyone_done)
