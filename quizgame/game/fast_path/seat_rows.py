"""A self-paced room and seat (quizgame.game.play.seat) read in one statement as plain rows.

Every self-paced request needs the room, the player and each question with its delivery and answer.
Reading them object by object cost a dozen statements per answer; when a whole class answers in the
same few seconds that is what saturates the server (bench/load.py), so this path reads rows,
decoded by position into the seat's dataclasses.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, Text, and_, bindparam, cast, select, update
from sqlalchemy.engine import Connection

from quizgame.game.play.seat import RoomView, Seat, Slot
from quizgame.game.player_lookup import key, names_player
from quizgame.game.progress import in_player_order
from quizgame.models import Answer, Delivery, Player, Question, Room, RoomQuestion

# last_seen_at says whether a student is still around; a write per page view would make every
# read a write (and on SQLite serialise the class), so it is refreshed at most this often.
LAST_SEEN_RESOLUTION = dt.timedelta(seconds=60)

# Built once: constructing and caching a statement costs more CPU than running it on either database.
_rooms, _players, _room_questions = Room.__table__, Player.__table__, RoomQuestion.__table__
_questions, _deliveries, _answers = Question.__table__, Delivery.__table__, Answer.__table__

# A RoomView (quizgame.game.play.seat), in its order: the live answer's read shares it
# (quizgame.game.fast_path.answer_rows).
ROOM_VIEW_COLUMNS = (
    _rooms.c.id,
    _rooms.c.code,
    _rooms.c.title,
    _rooms.c.mode,
    _rooms.c.status,
    _rooms.c.phase,
    _rooms.c.version,
    _rooms.c.scoring,
    _rooms.c.seconds_per_question,
    _rooms.c.shuffle_questions,
    _rooms.c.shuffle_choices,
    _rooms.c.show_explanations,
    _rooms.c.current_position,
    _rooms.c.question_started_at,
    _rooms.c.paused_remaining_ms,
    _rooms.c.question_seconds,
)
_PLAYER_COLUMNS = (_players.c.id, _players.c.nickname, _players.c.last_seen_at)
_SLOT_COLUMNS = (
    _room_questions.c.question_id,
    _questions.c.kind,
    cast(_questions.c.choices, Text),
    _deliveries.c.delivered_at,
    cast(_deliveries.c.choice_order, Text),
    _answers.c.id,
    _answers.c.correct,
    _answers.c.answered_at,
    _room_questions.c.seconds,
)
# The key, read only with a seat that scores an answer: the pages never need it.
_KEY_COLUMNS = (cast(_questions.c.correct, Text),)

# The player's id, looked up once. Naming it in the delivery and answer joins as well lets
# PostgreSQL read just this player's rows by index; joined on players.id alone, it hashes the whole
# table while the table is small (a new school's first classes), which cost 0.4 ms a request.
_PLAYER_ID = select(_players.c.id).join(_rooms, names_player(with_removed=False)).scalar_subquery()


def _own_row(table: Table) -> ColumnElement[bool]:
    """The player's own row of `table` (deliveries, answers) for the question of the row."""
    return and_(
        table.c.player_id == _PLAYER_ID,
        table.c.player_id == _players.c.id,
        table.c.question_id == _room_questions.c.question_id,
    )


def _seat_statement(to_score: bool) -> Select[Any]:
    """The room, the token's player in it (if any, and not removed: quizgame.game.player_lookup)
    and, for a player, one row per question: one round trip. Without a player the room comes back
    as a single row with the rest NULL."""
    columns = (*ROOM_VIEW_COLUMNS, *_PLAYER_COLUMNS, *_SLOT_COLUMNS, *(_KEY_COLUMNS if to_score else ()))
    return (
        select(*columns)
        .outerjoin(_players, names_player(with_removed=False))
        .outerjoin(_room_questions, and_(_room_questions.c.room_id == _rooms.c.id, _players.c.id.is_not(None)))
        .outerjoin(_questions, _questions.c.id == _room_questions.c.question_id)
        .outerjoin(_deliveries, _own_row(_deliveries))
        .outerjoin(_answers, _own_row(_answers))
        .where(_rooms.c.code == bindparam("code"))
        .order_by(_room_questions.c.position)
    )


_SEAT, _SEAT_TO_SCORE = _seat_statement(False), _seat_statement(True)
_NOTE_SEEN = update(_players).where(_players.c.id == bindparam("player_id")).values(last_seen_at=bindparam("now"))

_ROOM_END = len(ROOM_VIEW_COLUMNS)
_PLAYER_END = _ROOM_END + len(_PLAYER_COLUMNS)


def find_seat(
    connection: Connection, code: str, rejoin_token: str | None, now: dt.datetime, to_score: bool = False
) -> tuple[RoomView | None, Seat | None]:
    """The room with this code, and this token's seat in it: (None, None) without such a room,
    (room, None) when the token has no seat there or the teacher removed its player. `to_score`:
    the slots carry the questions' keys, for a request that scores an answer."""
    statement = _SEAT_TO_SCORE if to_score else _SEAT
    rows = connection.execute(statement, key(code, rejoin_token)).all()
    if not rows:
        return None, None
    room = RoomView(*rows[0][:_ROOM_END])
    player_id, nickname, last_seen_at = rows[0][_ROOM_END:_PLAYER_END]
    if player_id is None:
        return room, None
    assert rejoin_token is not None  # the token named this player
    slots = [Slot(*row[_PLAYER_END:]) for row in rows if row[_PLAYER_END] is not None]  # none in an empty room
    if last_seen_at is None or now - last_seen_at >= LAST_SEEN_RESOLUTION:
        connection.execute(_NOTE_SEEN, {"player_id": player_id, "now": now})
    ordered = in_player_order(slots, rejoin_token, room.shuffle_questions)
    return room, Seat(player_id, rejoin_token, nickname, slots=ordered)
