"""Delivering questions and taking answers, with the server's clock.

A player's clock for a question starts when the server first delivers it (one Delivery row, made
once); the answer is timed against that row, never against anything the browser says. Choices may
be shown shuffled: the order is fixed per player and question, stored in Delivery.choice_order, and
answers arrive as positions on the player's screen, mapped back to the question's own indexes here
(so a page's form values never reveal where the right answer sits in the original list).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from quizgame.game.dialect_insert import insert_for
from quizgame.game.scoring import current_run, score_answer
from quizgame.game.tap_words import as_units
from quizgame.models import Answer, Delivery, Player, Question, Room

if TYPE_CHECKING:
    from quizgame.game.seats import RoomSettings, Seat, Slot
    from quizgame.game.shown_question import ShownQuestion

# Tap-the-word choices are the words of a sentence: shuffling them would destroy the sentence.
UNSHUFFLED_KINDS = frozenset({"loaded_word"})


NOT_SHOWN = "This question has not been shown to you yet."


class AnswerRefused(ValueError):
    """An answer the room cannot take; the message is written for the student."""


def choice_order(room: Room, player: Player, question: Question) -> list[int] | None:
    """The order the player sees the choices in, or None for the question's own order."""
    return shuffled_choices(room.shuffle_choices, player.rejoin_token, question.id, question.kind, len(question.choices))


def shuffled_choices(shuffle: bool, rejoin_token: str, question_id: str, kind: str, count: int) -> list[int] | None:
    if not shuffle or kind in UNSHUFFLED_KINDS:
        return None
    order = list(range(count))
    random.Random(f"choices:{rejoin_token}:{question_id}").shuffle(order)
    return order


def shown_choices(question: Question | ShownQuestion, delivery: Slot) -> list[tuple[int, str]]:
    """(position on screen, text) pairs in the order the player sees them."""
    order = delivery.choice_order or list(range(len(question.choices)))
    return [(position, question.choices[index]) for position, index in enumerate(order)]


def to_question_indexes(delivery: Slot, positions: list[int], choice_count: int) -> list[int]:
    return indexes_in_order(delivery.choice_order, positions, choice_count)


def indexes_in_order(order: list[int] | None, positions: list[int], choice_count: int) -> list[int]:
    """Positions on the player's screen -> the question's own choice indexes."""
    order = order or list(range(choice_count))
    if any(p < 0 or p >= len(order) for p in positions):
        raise AnswerRefused("That answer does not match the question's choices. Please choose again.")
    return sorted({order[p] for p in positions})


def stored_answer(session: Session, player: Player, question: Question) -> Answer | None:
    return session.scalar(select(Answer).where(Answer.player_id == player.id, Answer.question_id == question.id))


def current_streak(session: Session, player: Player) -> int:
    """Fully correct answers in a row, counting back from the player's latest."""
    return current_run(session.scalars(
        select(Answer.correct).where(Answer.player_id == player.id).order_by(Answer.answered_at.desc(), Answer.id.desc())
    ))


def past_limit(room: Room | RoomSettings, delivery: Slot, now: dt.datetime) -> bool:
    """Whether the player's time for this question has run out (an answer now would score 0)."""
    assert delivery.delivered_at is not None
    return (now - delivery.delivered_at).total_seconds() * 1000 > room.seconds_per_question * 1000


def elapsed_ms(delivered_at: dt.datetime, now: dt.datetime) -> int:
    """Milliseconds on the server's clock since the question was delivered."""
    return max(0, int((now - delivered_at).total_seconds() * 1000))


def _refuse_unless_open(status: str) -> None:
    if status != "open":
        raise AnswerRefused("This room is closed, so it no longer takes answers.")


# Delivering and answering at a seat (quizgame.game.seats), each in one statement: the self-paced path.


def deliver_to_seat(connection: Connection, seat: Seat, slot: Slot, now: dt.datetime) -> Slot:
    """The slot as delivered: its clock starts now on the first call and stays put ever after."""
    if slot.delivered_at is not None:
        return slot
    order = shuffled_choices(seat.room.shuffle_choices, seat.rejoin_token, slot.question_id, slot.kind, len(slot.choices))
    key = {"player_id": seat.player_id, "question_id": slot.question_id}
    inserted = connection.execute(
        first_delivery_insert(connection.dialect.name), {**key, "delivered_at": now, "choice_order": order}
    ).first()
    # No row back: another tab delivered it a moment ago, and that delivery stands.
    stored = inserted or connection.execute(_DELIVERY, key).one()
    stored_order = None if stored.choice_order is None else json.dumps(stored.choice_order)
    return replace(slot, delivered_at=stored.delivered_at, choice_order_json=stored_order)


def submit_at_seat(connection: Connection, seat: Seat, slot: Slot, positions: list[int], now: dt.datetime) -> bool:
    """Score and store the answer; False when one was already stored (a double click or a re-sent form),
    which stays as it was."""
    if slot.answered:
        return False
    _refuse_unless_open(seat.room.status)
    if slot.delivered_at is None:
        raise AnswerRefused(NOT_SHOWN)
    chosen = to_question_indexes(slot, positions, len(slot.choices))
    response_ms = elapsed_ms(slot.delivered_at, now)
    score = score_answer(
        seat.room.scoring,  # type: ignore[arg-type]
        *as_units(slot.kind, slot.choices, chosen, slot.correct), response_ms, seat.room.seconds_per_question * 1000,
        previous_streak=seat.streak(),
    )
    stored = connection.execute(first_answer_insert(connection.dialect.name), {
        "player_id": seat.player_id, "question_id": slot.question_id, "chosen": chosen, "correct": score.correct,
        "credit": score.credit, "points": score.points, "response_ms": response_ms, "answered_at": now,
    }).first()
    return stored is not None


# Built once per database kind: building a statement costs more CPU than running it.
_deliveries, _answers = Delivery.__table__, Answer.__table__
_DELIVERY = select(_deliveries.c.delivered_at, _deliveries.c.choice_order).where(
    _deliveries.c.player_id == bindparam("player_id"), _deliveries.c.question_id == bindparam("question_id")
)


@functools.cache
def first_delivery_insert(dialect_name: str) -> Any:
    """INSERT of a delivery that keeps the first one (returning its time and choice order), or nothing."""
    return (
        insert_for(dialect_name, _deliveries)
        .values({c: bindparam(c) for c in ("player_id", "question_id", "delivered_at", "choice_order")})
        .on_conflict_do_nothing(index_elements=[_deliveries.c.player_id, _deliveries.c.question_id])
        .returning(_deliveries.c.delivered_at, _deliveries.c.choice_order)
    )


@functools.cache
def first_answer_insert(dialect_name: str) -> Any:
    """INSERT of an answer that keeps the first one (returning its id), or nothing."""
    columns = ("player_id", "question_id", "chosen", "correct", "credit", "points", "response_ms", "answered_at")
    return (
        insert_for(dialect_name, _answers)
        .values({c: bindparam(c) for c in columns})
        .on_conflict_do_nothing(index_elements=[_answers.c.player_id, _answers.c.question_id])
        .returning(_answers.c.id)
    )
