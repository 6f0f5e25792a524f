"""What the presenter sees of a live room, and the checks the push channel makes, from the database.

No worker keeps a room in memory: the presenter's state is rebuilt from the rows each time the
room's version (or its counts) change, so any worker on any machine can serve any client.
`read_marker` is the cheap check the push channel makes several times a second; the views are
built only when it changes. Students' states are built from one shared snapshot per version
instead (quizgame.game.live_snapshot).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Connection, ScalarSelect, func, select
from sqlalchemy.orm import Session

from quizgame.game import live
from quizgame.game.leaderboard import Standing, leaderboard_visible, room_leaderboard
from quizgame.models import Answer, Player, Question, Room, RoomQuestion

TAP_THE_WORD_KINDS = frozenset({"loaded_word"})


@dataclass(frozen=True)
class Marker:
    """A room's state in a few numbers: if none changed, no client needs anything new."""

    version: int
    phase: str
    players: int = 0
    answered: int = 0

    def token(self) -> str:
        return f"{self.version}.{self.players}.{self.answered}"


@dataclass(frozen=True)
class Poll:
    marker: Marker | None
    due: bool                       # the question is over: settle the room
    deadline: dt.datetime | None    # when the open question's time runs out


def read_marker(db: Session | Connection, room_id: int, now: dt.datetime, with_counts: bool = False) -> Poll:
    """The room's clock row in one indexed SELECT (plus two counts for the presenter). Says whether
    the question is over and the room should be settled (time up, or everyone has answered), so
    whichever worker notices first reveals it."""
    clock = db.execute(
        select(
            Room.mode, Room.phase, Room.version, Room.current_position, Room.question_started_at,
            Room.paused_remaining_ms, Room.seconds_per_question,
        ).where(Room.id == room_id)
    ).one_or_none()
    if clock is None:
        return Poll(None, False, None)
    room = Room(**clock._asdict())
    open_question = clock.mode == "live" and clock.phase == "question" and clock.paused_remaining_ms is None
    due = open_question and live.time_is_up(room, now)
    deadline = live.deadline(room) if clock.mode == "live" else None
    if not with_counts:
        return Poll(Marker(clock.version, clock.phase), due, deadline)
    players, answered = answer_counts(db, room_id, clock.current_position)
    due = due or (open_question and 0 < players <= answered)
    return Poll(Marker(clock.version, clock.phase, players, answered), due, deadline)


def settle(session: Session, room_id: int, now: dt.datetime) -> bool:
    """Reveal the room's question if it is over, under the room row's lock. The caller commits."""
    room = session.get(Room, room_id, with_for_update=True, populate_existing=True)
    return room is not None and (live.expire(room, now) or reveal_if_all_answered(session, room, now))


def answer_counts(db: Session | Connection, room_id: int, position: int | None) -> tuple[int, int]:
    """(active players, how many of them answered the question at `position`), in one statement:
    the answer path asks after every answer."""
    players = (
        select(func.count()).select_from(Player).where(Player.room_id == room_id, Player.removed.is_(False))
        .scalar_subquery()
    )
    if position is None:
        return db.execute(select(players)).scalar_one() or 0, 0
    answered = (
        select(func.count())
        .select_from(Answer)
        .join(Player, Player.id == Answer.player_id)
        .join(RoomQuestion, (RoomQuestion.question_id == Answer.question_id) & (RoomQuestion.room_id == room_id))
        .where(Player.room_id == room_id, Player.removed.is_(False), RoomQuestion.position == position)
        .scalar_subquery()
    )
    row = db.execute(select(players, answered)).one()
    return row[0] or 0, row[1] or 0


def reveal_if_all_answered(session: Session, room: Room, now: dt.datetime) -> bool:
    """Kahoot's shortcut: once every active player has answered, nobody waits for the clock.
    Counts first; only when they say so is the room row locked and the phase checked again."""
    if room.phase != "question" or live.is_paused(room):
        return False
    players, answered = answer_counts(session, room.id, room.current_position)
    if players == 0 or answered < players:
        return False
    position = room.current_position
    session.refresh(room, with_for_update=True)
    if room.phase != "question" or live.is_paused(room) or room.current_position != position:
        return False
    live.reveal(room, now)
    return True


def question_at(session: Session, room_id: int, position: int | None) -> Question | None:
    if position is None:
        return None
    return session.scalar(
        select(Question).join(RoomQuestion).where(RoomQuestion.room_id == room_id, RoomQuestion.position == position)
    )


def _count_questions(room_id: int) -> ScalarSelect[int]:
    return select(func.count()).select_from(RoomQuestion).where(RoomQuestion.room_id == room_id).scalar_subquery()


def question_count(session: Session, room_id: int) -> int:
    return session.scalar(select(_count_questions(room_id))) or 0


def is_tap_the_word(question: Question) -> bool:
    return question.kind in TAP_THE_WORD_KINDS


def ranks_shown(room: Room) -> bool:
    """Ranks appear on reveals and at the end, as far as the room's leaderboard setting allows
    (the projector is seen by the whole class, so it follows the setting too)."""
    return room.phase in ("reveal", "finished") and leaderboard_visible(room.leaderboard, room.phase == "finished")


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
    players: list[Player]
    answered: int
    question: Question | None = None
    tallies: list[ChoiceTally] = field(default_factory=list)
    standings: list[Standing] = field(default_factory=list)

    @property
    def position(self) -> int:
        return (self.room.current_position or 0) + 1


def presenter_view(session: Session, room: Room, now: dt.datetime) -> PresenterView:
    players = list(
        session.scalars(
            select(Player).where(Player.room_id == room.id, Player.removed.is_(False)).order_by(Player.joined_at, Player.id)
        )
    )
    _, answered = answer_counts(session, room.id, room.current_position)
    view = PresenterView(
        room=room, total=question_count(session, room.id), remaining_ms=live.remaining_ms(room, now),
        players=players, answered=answered,
    )
    if room.phase in ("question", "reveal"):
        view.question = question_at(session, room.id, room.current_position)
    if room.phase == "reveal" and view.question is not None:
        view.tallies = tally(session, room.id, view.question)
    if ranks_shown(room):
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
