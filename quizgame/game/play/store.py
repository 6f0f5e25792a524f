"""The two writes of play, each one statement that keeps the first row (INSERT ... ON CONFLICT DO
NOTHING): a question's delivery to a player (when their clock started, the order of their choices)
and their answer. Both modes send them, on a connection of either kind: an autocommit one from the
fast path's seat engine (self-paced) or a session's (live).

The statements are built once per database kind: building one costs more CPU than running it.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy import Connection, bindparam, select

from quizgame.game.dialect_insert import insert_for
from quizgame.models import Answer, Delivery

_deliveries, _answers = Delivery.__table__, Answer.__table__
_KEY = ("player_id", "question_id")
_DELIVERY_COLUMNS = (*_KEY, "delivered_at", "choice_order")
_ANSWER_COLUMNS = (*_KEY, "chosen", "correct", "credit", "points", "response_ms", "answered_at")

_DELIVERY = select(_deliveries.c.delivered_at, _deliveries.c.choice_order).where(
    _deliveries.c.player_id == bindparam("player_id"), _deliveries.c.question_id == bindparam("question_id")
)
_ANSWER_RESULT = select(_answers.c.correct, _answers.c.credit, _answers.c.points).where(
    _answers.c.player_id == bindparam("player_id"), _answers.c.question_id == bindparam("question_id")
)


@functools.cache
def _first_delivery_insert(dialect_name: str) -> Any:
    return (
        insert_for(dialect_name, _deliveries)
        .values({c: bindparam(c) for c in _DELIVERY_COLUMNS})
        .on_conflict_do_nothing(index_elements=[_deliveries.c.player_id, _deliveries.c.question_id])
        .returning(_deliveries.c.delivered_at, _deliveries.c.choice_order)
    )


@functools.cache
def _answer_insert(dialect_name: str, returning: tuple[str, ...]) -> Any:
    """The answer stored unless one is stored for its player and question, returning `returning`."""
    return (
        insert_for(dialect_name, _answers)
        .values({c: bindparam(c) for c in _ANSWER_COLUMNS})
        .on_conflict_do_nothing(index_elements=[_answers.c.player_id, _answers.c.question_id])
        .returning(*(_answers.c[name] for name in returning))
    )


def _first_answer_insert(dialect_name: str) -> Any:
    return _answer_insert(dialect_name, ("id",))


def insert_first_delivery(
    connection: Connection,
    player_id: int,
    question_id: str,
    delivered_at: dt.datetime | None,
    choice_order: list[int] | None,
) -> tuple[dt.datetime, list[int] | None] | None:
    """Store the delivery unless one is stored: (delivered_at, choice_order) as stored now, or None
    when another request delivered it first."""
    row = connection.execute(
        _first_delivery_insert(connection.dialect.name),
        {
            "player_id": player_id,
            "question_id": question_id,
            "delivered_at": delivered_at,
            "choice_order": choice_order,
        },
    ).first()
    return None if row is None else (row.delivered_at, row.choice_order)


def stored_delivery(connection: Connection, player_id: int, question_id: str) -> tuple[dt.datetime, list[int] | None]:
    row = connection.execute(_DELIVERY, {"player_id": player_id, "question_id": question_id}).one()
    return row.delivered_at, row.choice_order


@functools.cache
def _first_delivery_and_answer_insert() -> Any:
    """PostgreSQL: the delivery's INSERT in the WITH clause of the answer's (run once, whether or not
    the statement reads it): one round trip for both."""
    delivered = _first_delivery_insert("postgresql").cte("delivered")
    return _first_answer_insert("postgresql").add_cte(delivered)


def insert_first_answer(connection: Connection, values: dict[str, Any], delivery: dict[str, Any] | None = None) -> bool:
    """Store the answer unless one is stored for this player and question: True if this one was.
    With `delivery` (its delivered_at and choice_order), the question's delivery too unless one is
    stored (insert_first_delivery): in the same statement on PostgreSQL, just before on SQLite."""
    if delivery is None:
        return connection.execute(_first_answer_insert(connection.dialect.name), values).first() is not None
    if connection.dialect.name == "postgresql":
        statement = _first_delivery_and_answer_insert()
        return connection.execute(statement, {**values, **delivery}).first() is not None
    insert_first_delivery(
        connection, values["player_id"], values["question_id"], delivery["delivered_at"], delivery["choice_order"]
    )
    return insert_first_answer(connection, values)


def stored_result(connection: Connection, player_id: int, question_id: str) -> tuple[bool, float, int]:
    """(correct, credit, points) of the answer stored for this player and question."""
    row = connection.execute(_ANSWER_RESULT, {"player_id": player_id, "question_id": question_id}).one()
    return bool(row.correct), float(row.credit), int(row.points)


def insert_first_answers(
    connection: Connection, answers: list[dict[str, Any]], deliveries: list[dict[str, Any]]
) -> set[tuple[int, str]]:
    """Many players' deliveries and answers, each stored unless one is (at most one per player and
    question in the lists): on PostgreSQL one statement for both (the deliveries in the answers'
    WITH clause), elsewhere one each (SQLAlchemy's "insertmanyvalues"). The (player, question) of
    the answers stored now."""
    if connection.dialect.name == "postgresql" and answers and len(deliveries) == len(answers):
        parameters = {f"d{i}_{c}": row[c] for i, row in enumerate(deliveries) for c in _DELIVERY_COLUMNS}
        parameters.update({f"a{i}_{c}": row[c] for i, row in enumerate(answers) for c in _ANSWER_COLUMNS})
        return {(row[0], row[1]) for row in connection.execute(_many_deliveries_and_answers(len(answers)), parameters)}
    if deliveries:
        connection.execute(_first_delivery_insert(connection.dialect.name), deliveries)
    if not answers:
        return set()
    return {(row[0], row[1]) for row in connection.execute(_answer_insert(connection.dialect.name, _KEY), answers)}


@functools.lru_cache(maxsize=128)
def _many_deliveries_and_answers(rows: int) -> Any:
    """PostgreSQL: `rows` deliveries in the WITH clause of `rows` answers, both multi-row VALUES
    (executemany cannot carry a WITH clause's rows): one round trip for a batch's writes, where
    each round trip of a batch waits for a turn of its worker's busy event loop. Built once per
    number of rows (at most the answer desk's BATCH_SIZE)."""
    delivered = (
        insert_for("postgresql", _deliveries)
        .values(
            [{c: bindparam(f"d{i}_{c}", type_=_deliveries.c[c].type) for c in _DELIVERY_COLUMNS} for i in range(rows)]
        )
        .on_conflict_do_nothing(index_elements=[_deliveries.c.player_id, _deliveries.c.question_id])
        .returning(_deliveries.c.player_id)
        .cte("delivered")
    )
    return (
        insert_for("postgresql", _answers)
        .values([{c: bindparam(f"a{i}_{c}", type_=_answers.c[c].type) for c in _ANSWER_COLUMNS} for i in range(rows)])
        .on_conflict_do_nothing(index_elements=[_answers.c.player_id, _answers.c.question_id])
        .returning(_answers.c.player_id, _answers.c.question_id)
        .add_cte(delivered)
    )
