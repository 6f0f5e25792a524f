"""Delivering questions to a self-paced player, and taking their answers, with the server's clock.

A player's clock for a question starts when the server first delivers it (one Delivery row, made
once); the answer is timed against that row, never against anything the browser says. Choices may
be shown shuffled: the order is fixed per player and question, stored in Delivery.choice_order, and
answers arrive as positions on the player's screen, mapped back to the question's own indexes here
(so a page's form values never reveal where the right answer sits in the original list).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection

from quizgame.content.question_kinds import kind_of
from quizgame.game.play import rules
from quizgame.game.play.rules import AnswerRefused, indexes_in_order
from quizgame.game.play.store import insert_first_delivery, stored_delivery
from quizgame.game.play.submit import Submission, submit_answer
from quizgame.models import Question

if TYPE_CHECKING:
    from quizgame.game.play.seat import RoomView, Seat, Slot
    from quizgame.game.question_view import QuestionView

NOT_SHOWN = "This question has not been shown to you yet."


def shuffled_choices(shuffle: bool, rejoin_token: str, question_id: str, kind: str, count: int) -> list[int] | None:
    if not shuffle or not kind_of(kind).shuffles_choices:
        return None
    order = list(range(count))
    random.Random(f"choices:{rejoin_token}:{question_id}").shuffle(order)
    return order


def shown_choices(question: Question | QuestionView, delivery: Slot) -> list[tuple[int, str]]:
    """(position on screen, text) pairs in the order the player sees them."""
    order = delivery.choice_order or list(range(len(question.choices)))
    return [(position, question.choices[index]) for position, index in enumerate(order)]


def to_question_indexes(delivery: Slot, positions: list[int], choice_count: int) -> list[int]:
    return indexes_in_order(delivery.choice_order, positions, choice_count)


def past_limit(room: RoomView, delivery: Slot, now: dt.datetime) -> bool:
    """Whether the player's time for this question has run out (an answer now would score 0)."""
    assert delivery.delivered_at is not None
    return rules.past_limit(
        rules.time_limit_ms(room.seconds_per_question, delivery.seconds), delivery.delivered_at, now
    )


# Delivering and answering at a seat (quizgame.game.play.seat): the self-paced path, one statement each.


def deliver_to_seat(connection: Connection, room: RoomView, seat: Seat, slot: Slot, now: dt.datetime) -> Slot:
    """The slot as delivered: its clock starts now on the first call and stays put ever after."""
    if slot.delivered_at is not None:
        return slot
    order = shuffled_choices(room.shuffle_choices, seat.rejoin_token, slot.question_id, slot.kind, len(slot.choices))
    # None: another tab delivered it a moment ago, and that delivery stands.
    stored = insert_first_delivery(connection, seat.player_id, slot.question_id, now, order)
    delivered_at, stored_order = stored or stored_delivery(connection, seat.player_id, slot.question_id)
    return replace(
        slot, delivered_at=delivered_at, choice_order_json=None if stored_order is None else json.dumps(stored_order)
    )


def submit_at_seat(
    connection: Connection, room: RoomView, seat: Seat, slot: Slot, positions: list[int], now: dt.datetime
) -> bool:
    """Score and store the answer (quizgame.game.play.submit_answer); False when one was already
    stored (a double click or a re-sent form), which stays as it was."""
    if slot.answered:
        return False
    rules.refuse_unless_open(room.status)
    if slot.delivered_at is None:
        raise AnswerRefused(NOT_SHOWN)
    taken = submit_answer(
        connection,
        room,
        Submission(
            player_id=seat.player_id,
            question=slot,
            positions=positions,
            choice_order=slot.choice_order,
            response_ms=rules.elapsed_ms(slot.delivered_at, now),
            previous_streak=seat.streak(),
            answered_at=now,
            question_seconds=slot.seconds,
        ),
    )
    return not taken.duplicate
