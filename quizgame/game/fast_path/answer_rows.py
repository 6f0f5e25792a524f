"""A live answer's read in one statement as plain rows: the room with its clock and the browser's
player's seat in it (quizgame.game.play.seat), the question open at the room's position and the
player's answers so far (their streak).

A class of 2,000 sends its answers within about two seconds of a question, and every one of them
needs all of this. Read as ORM objects (the player with the room, then the question with the
streak) it was two statements and about a third of a worker's CPU per answer; as one prebuilt
statement decoded by position it is one round trip and little Python.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, bindparam, select
from sqlalchemy.engine import Connection

from quizgame.game import ratelimit
from quizgame.game.fast_path.seat_rows import ROOM_VIEW_COLUMNS
from quizgame.game.play import rules
from quizgame.game.play.seat import RoomView, Seat
from quizgame.game.player_lookup import key, names_nobody, names_player, names_players
from quizgame.models import Answer, Player, Question, Room, RoomQuestion

_rooms, _players, _room_questions = Room.__table__, Player.__table__, RoomQuestion.__table__
_questions, _answers = Question.__table__, Answer.__table__

_PLAYER_COLUMNS = (_players.c.id, _players.c.rejoin_token, _players.c.nickname, _players.c.removed)
_QUESTION_COLUMNS = (_questions.c.id, _questions.c.kind, _questions.c.choices, _questions.c.correct)
_ANSWER_COLUMNS = (
    _answers.c.answered_at,
    _answers.c.id.label("answer_id"),
    _answers.c.correct.label("answer_correct"),
)

# Built once: building a statement costs more CPU than running it. One row per answer the player
# has stored (a handful), or one with the answer's columns NULL; the question's NULL when no
# question is open (the lobby).
_SEAT = (
    select(*ROOM_VIEW_COLUMNS, *_PLAYER_COLUMNS, *_QUESTION_COLUMNS, *_ANSWER_COLUMNS)
    .join(_players, names_player(with_removed=True))
    .outerjoin(
        _room_questions,
        and_(_room_questions.c.room_id == _rooms.c.id, _room_questions.c.position == _rooms.c.current_position),
    )
    .outerjoin(_questions, _questions.c.id == _room_questions.c.question_id)
    .outerjoin(_answers, _answers.c.player_id == _players.c.id)
)
# Many browsers' seats at once (a worker's batch of answers, quizgame.game.live.answer_desk).
_SEATS = (
    select(*ROOM_VIEW_COLUMNS, *_PLAYER_COLUMNS, *_QUESTION_COLUMNS, *_ANSWER_COLUMNS)
    .join(_players, names_players(bindparam("seats", expanding=True), with_removed=True))
    .outerjoin(
        _room_questions,
        and_(_room_questions.c.room_id == _rooms.c.id, _room_questions.c.position == _rooms.c.current_position),
    )
    .outerjoin(_questions, _questions.c.id == _room_questions.c.question_id)
    .outerjoin(_answers, _answers.c.player_id == _players.c.id)
)
_PLAYER_START = len(ROOM_VIEW_COLUMNS)
_CODE = [column.name for column in ROOM_VIEW_COLUMNS].index("code")
_HITS = _PLAYER_START + len(_PLAYER_COLUMNS) + 4 + len(_ANSWER_COLUMNS)


@functools.cache
def _counting_seat(dialect_name: str) -> Select[Any]:
    """_SEAT that also counts the request's rate-limit hit (ratelimit.hit_cte), its last column:
    on PostgreSQL, whose WITH clause may hold an INSERT, one round trip instead of two."""
    counted = ratelimit.hit_cte(dialect_name)
    return _SEAT.add_columns(select(counted.c.hits).scalar_subquery())


_QUESTION_START = _PLAYER_START + len(_PLAYER_COLUMNS)
_ANSWER_START = _QUESTION_START + len(_QUESTION_COLUMNS)


@dataclass(frozen=True)
class OpenQuestion:
    """What scoring reads of the open question (quizgame.game.play.submit.AnsweredQuestion)."""

    id: str
    kind: str
    choices: list[str]
    correct: list[int]


@dataclass(frozen=True)
class Answering:
    """What a live answer reads: the room as play reads it (its clock for quizgame.game.live.machine),
    the browser's player's seat in it, the open question and the player's streak so far."""

    room: RoomView
    seat: Seat
    question: OpenQuestion | None
    streak: int  # fully correct answers in a row so far (quizgame.game.play.rules.streak)


def read_answer_seat(
    connection: Connection, code: str, rejoin_token: str | None, hit: dict[str, Any] | None = None
) -> tuple[Answering | None, int | None]:
    """The player this rejoin token names in the room with this code (quizgame.game.player_lookup),
    removed or not (the answer is refused with that reason), with the
    room, its open question and the player's streak (None: no such room or player); and, given
    the parameters of a rate-limit hit (ratelimit.hit_parameters), that hit counted in the same
    statement where the database can (PostgreSQL): its count in the window, else None (not counted)."""
    counting = hit is not None and connection.dialect.name == "postgresql"
    if names_nobody(rejoin_token):
        return None, None
    parameters = {**key(code, rejoin_token), **(hit if counting else {})}
    rows = connection.execute(_counting_seat(connection.dialect.name) if counting else _SEAT, parameters).all()
    if not rows:
        return None, None
    return _answering(rows), int(rows[0][_HITS]) if counting else None


def read_answer_seats(connection: Connection, seats: list[tuple[str, str]]) -> dict[tuple[str, str], Answering]:
    """read_answer_seat for many (room code, rejoin token) pairs in one statement: those found."""
    grouped: dict[tuple[str, str], list[Any]] = {}
    for row in connection.execute(_SEATS, {"seats": sorted(set(seats))}):
        grouped.setdefault((row[_CODE], row[_PLAYER_START + 1]), []).append(row)
    return {key: _answering(rows) for key, rows in grouped.items()}


def _answering(rows: list[Any]) -> Answering:
    first = rows[0]
    room = RoomView(*first[:_PLAYER_START])
    player_id, token, nickname, removed = first[_PLAYER_START:_QUESTION_START]
    question_id, kind, choices, correct = first[_QUESTION_START:_ANSWER_START]
    question = None if question_id is None else OpenQuestion(question_id, kind, list(choices), list(correct))
    seat = Seat(player_id, token, nickname, bool(removed))
    return Answering(room, seat, question, rules.streak(rows))
