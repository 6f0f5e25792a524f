"""A player's seat in a self-paced room: the room's settings, the player, and each question in the
player's order with its delivery and answer, read in two statements as plain rows.

Every self-paced request needs these same facts. Reading them object by object cost a dozen
statements per answer; when a whole class answers in the same few seconds that is what saturates
the server (bench/load.py), so the hot path reads rows and writes with single statements.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, bindparam, select, update
from sqlalchemy.orm import Session

from quizgame.game.progress import in_player_order
from quizgame.models import Answer, Delivery, Player, Question, Room, RoomQuestion

# last_seen_at says whether a student is still around; a write per page view would make every
# read a write (and on SQLite serialise the class), so it is refreshed at most this often.
LAST_SEEN_RESOLUTION = dt.timedelta(seconds=60)


@dataclass(frozen=True)
class RoomSettings:
    id: int
    code: str
    mode: str
    status: str
    scoring: str
    seconds_per_question: int
    shuffle_questions: bool
    shuffle_choices: bool
    show_explanations: bool


@dataclass(frozen=True)
class Slot:
    """One question as this player meets it."""

    question_id: str
    kind: str
    choices: list[str]
    correct: list[int]
    delivered_at: dt.datetime | None
    choice_order: list[int] | None
    answer_id: int | None
    answer_correct: bool | None
    answered_at: dt.datetime | None

    @property
    def answered(self) -> bool:
        return self.answer_id is not None


@dataclass(frozen=True)
class Seat:
    room: RoomSettings
    player_id: int
    rejoin_token: str
    last_seen_at: dt.datetime | None
    slots: list[Slot]  # in the player's order

    def next_position(self) -> int | None:
        """0-based position of the first unanswered question; None when all are answered."""
        return next((n for n, slot in enumerate(self.slots) if not slot.answered), None)

    def streak(self) -> int:
        """Fully correct answers in a row, counting back from the latest answer."""
        answered = sorted(
            (s for s in self.slots if s.answered), key=lambda s: (s.answered_at, s.answer_id), reverse=True
        )
        streak = 0
        for slot in answered:
            if not slot.answer_correct:
                break
            streak += 1
        return streak


# Built once: constructing and caching a statement costs more CPU than running it on either database.
_rooms, _players, _room_questions = Room.__table__, Player.__table__, RoomQuestion.__table__
_questions, _deliveries, _answers = Question.__table__, Delivery.__table__, Answer.__table__

_ROOM_BY_CODE = select(
    _rooms.c.id, _rooms.c.code, _rooms.c.mode, _rooms.c.status, _rooms.c.scoring,
    _rooms.c.seconds_per_question, _rooms.c.shuffle_questions, _rooms.c.shuffle_choices,
    _rooms.c.show_explanations,
).where(_rooms.c.code == bindparam("code"))

_PLAYER_BY_TOKEN = select(_players.c.id, _players.c.removed, _players.c.last_seen_at).where(
    _players.c.room_id == bindparam("room_id"), _players.c.rejoin_token == bindparam("token")
)

_SLOTS = (
    select(
        _room_questions.c.question_id, _questions.c.kind, _questions.c.choices, _questions.c.correct,
        _deliveries.c.delivered_at, _deliveries.c.choice_order,
        _answers.c.id, _answers.c.correct, _answers.c.answered_at,
    )
    .join(_questions, _questions.c.id == _room_questions.c.question_id)
    .outerjoin(_deliveries, and_(
        _deliveries.c.player_id == bindparam("player_id"),
        _deliveries.c.question_id == _room_questions.c.question_id,
    ))
    .outerjoin(_answers, and_(
        _answers.c.player_id == bindparam("player_id"), _answers.c.question_id == _room_questions.c.question_id,
    ))
    .where(_room_questions.c.room_id == bindparam("room_id"))
    .order_by(_room_questions.c.position)
)

_NOTE_SEEN = update(_players).where(_players.c.id == bindparam("player_id")).values(last_seen_at=bindparam("now"))


def find_room(session: Session, code: str) -> RoomSettings | None:
    row = session.connection().execute(_ROOM_BY_CODE, {"code": code}).first()
    return RoomSettings(*row) if row else None


def take_seat(
    session: Session, room: RoomSettings, rejoin_token: str | None, now: dt.datetime
) -> Seat | None:
    """This token's seat in the room, or None when it has none (or the teacher removed the player)."""
    if not rejoin_token:
        return None
    connection = session.connection()
    player = connection.execute(_PLAYER_BY_TOKEN, {"room_id": room.id, "token": rejoin_token}).first()
    if player is None or player.removed:
        return None
    rows = connection.execute(_SLOTS, {"room_id": room.id, "player_id": player.id}).all()
    slots = in_player_order([Slot(*row) for row in rows], rejoin_token, room.shuffle_questions)
    if player.last_seen_at is None or now - player.last_seen_at >= LAST_SEEN_RESOLUTION:
        connection.execute(_NOTE_SEEN, {"player_id": player.id, "now": now})
    return Seat(room, player.id, rejoin_token, player.last_seen_at, slots)
