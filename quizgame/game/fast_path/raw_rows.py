"""One-row queries on a raw pooled DB-API connection: no statement to build, no result objects, one
round trip. For the queries every open live stream sends several times a second, where
SQLAlchemy's own work would cost more than the database's."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from quizgame.game.live.snapshot import Snapshot
from quizgame.game.live.student_view import earned
from quizgame.game.play.seat import Seat

# How each DB-API driver marks a parameter.
_PARAMETER = {"qmark": "?", "format": "%s", "numeric": ":1", "named": ":id", "pyformat": "%(id)s"}


def row_reader(engine: Engine, sql: str, ident: int) -> Callable[[], Any]:
    """A query with one parameter (written `{id}` in `sql`): a function that runs it and returns
    its first row (a DB-API tuple) or None."""
    style = engine.dialect.paramstyle
    text = sql.format(id=_PARAMETER[style])
    parameters: Any = {"id": ident} if style in ("named", "pyformat") else (ident,)

    def read() -> Any:
        connection = engine.raw_connection()
        try:
            cursor = connection.cursor()
            cursor.execute(text, parameters)
            row = cursor.fetchone()
            cursor.close()
        finally:
            connection.close()
        return row

    return read


def version_reader(engine: Engine, room_id: int) -> Callable[[], int | None]:
    """The room's version: the cheapest question there is, asked by every open student stream
    several times a second. None: no such room."""
    read = row_reader(engine, "SELECT version FROM rooms WHERE id = {id}", room_id)

    def version() -> int | None:
        row = read()
        return None if row is None else int(row[0])

    return version


# Everything a student's live state needs in one round trip: the room's version, the snapshot
# published for it, and the student's seat with their answer to that snapshot's question.
# Every open stream sends it at every change.
_STUDENT_STATE_SQL = (
    "SELECT rooms.id, rooms.version, live_snapshots.data, players.id, players.rejoin_token, players.nickname,"
    " players.removed, answers.correct, answers.credit, answers.points"
    " FROM players JOIN rooms ON rooms.id = players.room_id"
    " LEFT JOIN live_snapshots ON live_snapshots.room_id = rooms.id AND live_snapshots.version = rooms.version"
    " LEFT JOIN answers ON answers.player_id = players.id AND answers.question_id = live_snapshots.question_id"
    " WHERE players.id = {id}"
)

StudentRow = tuple[Snapshot | None, Seat]


def student_state_reader(engine: Engine, player_id: int) -> Callable[[], StudentRow | None]:
    """A function that reads the student's state: the snapshot of the room's current version (None
    if that version was never published) and the student's seat. None: no such player."""
    read = row_reader(engine, _STUDENT_STATE_SQL, player_id)

    def student_row() -> StudentRow | None:
        row = read()
        return None if row is None else decode_student_row(row)

    return student_row


def decode_student_row(row: Any) -> StudentRow:
    """SQLite hands back JSON as text and booleans as 0/1."""
    room_id, version, data, player_id, token, nickname, removed, correct, credit, points = row
    if isinstance(data, (str, bytes)):
        data = json.loads(data)
    snapshot = None if data is None else Snapshot.from_data(room_id, version, data)
    return snapshot, Seat(player_id, token, nickname, bool(removed), earned=earned(correct, credit, points))
