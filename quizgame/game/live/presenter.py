"""What the teacher's presenter shows of a live room, rebuilt from the database at every change.

No worker keeps a room in memory: any worker on any machine can serve the projector. Students'
states are built from one shared snapshot per version instead (quizgame.game.live.snapshot).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from quizgame.game.leaderboard import Standing, room_leaderboard
from quizgame.game.live import machine
from quizgame.game.live.polling import answer_counts
from quizgame.game.live.questions import question_at, question_count
from quizgame.models import Answer, Player, Question, Room, RoomPhase


@dataclass
class ChoiceTally:
    index: int
    text: str
    count: int
    correct: bool


@dataclass
class PresenterView:
    room: Room
    total: int
    remaining_ms: int
    players: list[Row[tuple[int, str]]]  # (id, nickname)
    answered: int
    question: Question | None = None
    tallies: list[ChoiceTally] = field(default_factory=list)
    standings: list[Standing] = field(default_factory=list)

    @property
    def position(self) -> int:
        return (self.room.current_position or 0) + 1


def presenter_view(session: Session, room: Room, now: dt.datetime) -> PresenterView:
    # Rows (id, nickname), not objects: the projector asks at every count in a room of thousands.
    players = list(
        session.execute(
            select(Player.id, Player.nickname)
            .where(Player.room_id == room.id, Player.removed.is_(False))
            .order_by(Player.joined_at, Player.id)
        )
    )
    _, answered = answer_counts(session, room.id, room.current_position)
    view = PresenterView(
        room=room,
        total=question_count(session, room.id),
        remaining_ms=machine.remaining_ms(room, now),
        players=players,
        answered=answered,
    )
    if room.phase in (RoomPhase.QUESTION, RoomPhase.REVEAL):
        view.question = question_at(session, room.id, room.current_position)
    if room.phase == RoomPhase.REVEAL and view.question is not None:
        view.tallies = tally(session, room.id, view.question)
    if machine.ranks_shown(room):
        view.standings = room_leaderboard(session, room.id)
    return view


def tally(session: Session, room_id: int, question: Question) -> list[ChoiceTally]:
    """How the room's answers to one question spread over its choices (a pick of several counts for each)."""
    picks: Counter[int] = Counter()
    for chosen in session.scalars(
        select(Answer.chosen).join(Player).where(Player.room_id == room_id, Answer.question_id == question.id)
    ):
        picks.update(set(chosen))
    correct = set(question.correct)
    return [ChoiceTally(i, text, picks[i], i in correct) for i, text in enumerate(question.choices)]
