"""Playing a self-paced seat in tests the way the play views do: read the seat, deliver, answer."""

from __future__ import annotations

import datetime as dt

from quizgame.extensions import db
from quizgame.game import answers
from quizgame.game.fast_path.seat_rows import find_seat
from quizgame.game.play.seat import RoomView, Seat
from quizgame.models import Player, Question, Room
from tests.game.three_questions import NOW


def seated(room: Room, player: Player, at: dt.datetime = NOW, to_score: bool = True) -> tuple[RoomView, Seat]:
    """The room and the seat as the answer POST reads them (with the keys, to score), or as a page
    does (to_score=False)."""
    found, seat = find_seat(db.session.connection(), room.code, player.rejoin_token, at, to_score=to_score)
    assert found is not None and seat is not None
    return found, seat


def seat_of(room: Room, player: Player, at: dt.datetime = NOW, to_score: bool = True) -> Seat:
    return seated(room, player, at, to_score)[1]


def answer_at(
    room: Room, player: Player, number: int, positions: list[int], at: dt.datetime, delivered: dt.datetime | None = None
) -> bool:
    """Deliver the player's `number`-th question (at `delivered`, or `at`) and answer it at `at`."""
    found, seat = seated(room, player, at)
    slot = answers.deliver_to_seat(db.session.connection(), found, seat, seat.slots[number], delivered or at)
    db.session.commit()
    stored = answers.submit_at_seat(db.session.connection(), *seated(room, player, at), slot, positions, at)
    db.session.commit()
    return stored


def choice_order(room: Room, player: Player, question: Question) -> list[int] | None:
    """The order the player sees the question's choices in (None: its own), as both modes compute it."""
    count = len(question.choices)
    return answers.shuffled_choices(room.shuffle_choices, player.rejoin_token, question.id, question.kind, count)
