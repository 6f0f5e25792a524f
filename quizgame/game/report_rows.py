"""The rows a report or an export needs, fetched in a fixed number of queries whatever the class size.

Reports read three small queries (questions, players, answers) and aggregate in plain Python
(quizgame/game/reports.py). The answers export streams instead: a million answers must not sit in
memory, so it goes out in batches through a server-side cursor (yield_per).

An answer row is touched once per answer of a million-answer export, so the answer types are named
tuples (cheap to build) and the chosen indexes are read as JSON text and parsed once per distinct
text: a class gives the same few answers over and over, and json.loads per row was most of the cost.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Select, Text, cast, func, select
from sqlalchemy.orm import Session

from quizgame.content.question_kinds import AsksItsKind
from quizgame.models import Answer, Classroom, Player, Question, Room, RoomQuestion, RosterStudent

STREAM_BATCH = 1000

StudentKey = tuple[str, int]


@dataclass(frozen=True)
class QuestionRow(AsksItsKind):
    id: str
    kind: str
    skill: str
    prompt: str
    choices: list[str]
    correct: list[int]
    control: bool


@dataclass(frozen=True)
class PlayerRow:
    id: int
    nickname: str
    room_code: str
    joined_at: dt.datetime
    roster_student_id: int | None
    roster_name: str | None
    removed: bool = False  # the teacher took them out of the game; their answers still count here

    @property
    def student_key(self) -> StudentKey:
        """Who a line of a report is about: a roster student adds up across rooms, anyone else is one player."""
        if self.roster_student_id is not None:
            return ("roster", self.roster_student_id)
        return ("player", self.id)

    @property
    def name(self) -> str:
        return self.roster_name or self.nickname


class AnswerRow(NamedTuple):
    player_id: int
    question_id: str
    chosen: Sequence[int]
    correct: bool
    credit: float
    points: int
    response_ms: int
    answered_at: dt.datetime
    # Given after the time limit: scored 0 and not correct whatever was chosen (quizgame.game.scoring).
    late: bool = False


@dataclass(frozen=True)
class ReportRows:
    classroom_name: str
    questions: list[QuestionRow]
    players: list[PlayerRow]
    answers: Iterable[AnswerRow]


class AnswerExportRow(NamedTuple):
    classroom_name: str
    room_code: str
    nickname: str
    answer: AnswerRow
    removed: bool = False


_QUESTION_COLUMNS = (
    Question.id,
    Question.kind,
    Question.skill,
    Question.prompt,
    Question.choices,
    Question.correct,
    Question.control,
)
_ANSWER_COLUMNS = (
    Answer.player_id,
    Answer.question_id,
    cast(Answer.chosen, Text).label("chosen"),
    Answer.correct,
    Answer.credit,
    Answer.points,
    Answer.response_ms,
    Answer.answered_at,
    # The scoring's own rule (response_ms > limit, the question's own limit in the room if it has
    # one): a late answer is marked, not guessed from its points.
    (Answer.response_ms > func.coalesce(RoomQuestion.seconds, Room.seconds_per_question) * 1000).label("late"),
)


def _scope(query: Select, room_id: int | None, classroom_id: int | None) -> Select:  # type: ignore[type-arg]
    """Limit a query that joins Room to one room or to one classroom's rooms."""
    if room_id is not None:
        return query.where(Room.id == room_id)
    if classroom_id is not None:
        return query.where(Room.classroom_id == classroom_id)
    raise ValueError("a report needs a room or a classroom")


def _questions(session: Session, room_id: int | None, classroom_id: int | None) -> list[QuestionRow]:
    """Each question once, in the order it first came up (rooms by creation, then position)."""
    # The database keeps each question's first appearance only: a classroom of thousands of rooms
    # played the same ten questions, and reading all those rows took half a second.
    appearance_order = (Room.created_at, Room.id, RoomQuestion.position)
    appearances = _scope(
        select(
            RoomQuestion.question_id,
            *appearance_order,
            func.row_number().over(partition_by=RoomQuestion.question_id, order_by=appearance_order).label("nth"),
        ).join(Room, Room.id == RoomQuestion.room_id),
        room_id,
        classroom_id,
    ).subquery()
    query = (
        select(*_QUESTION_COLUMNS)
        .join(appearances, appearances.c.question_id == Question.id)
        .where(appearances.c.nth == 1)
        .order_by(appearances.c.created_at, appearances.c.id, appearances.c.position)
    )
    return [QuestionRow(*row) for row in session.execute(query)]


def _players(session: Session, room_id: int | None, classroom_id: int | None) -> list[PlayerRow]:
    query = _scope(
        select(
            Player.id,
            Player.nickname,
            Room.code,
            Player.joined_at,
            Player.roster_student_id,
            RosterStudent.display_name,
            Player.removed,
        )
        .join(Room, Room.id == Player.room_id)
        .outerjoin(RosterStudent, RosterStudent.id == Player.roster_student_id),
        room_id,
        classroom_id,
    ).order_by(Player.joined_at, Player.id)
    return [PlayerRow(*row) for row in session.execute(query)]


def _answers_query(room_id: int | None, classroom_id: int | None) -> Select:  # type: ignore[type-arg]
    return _scope(
        select(*_ANSWER_COLUMNS, Room.code, Player.nickname, Player.removed)
        .join(Player, Player.id == Answer.player_id)
        .join(Room, Room.id == Player.room_id)
        .outerjoin(RoomQuestion, (RoomQuestion.room_id == Room.id) & (RoomQuestion.question_id == Answer.question_id)),
        room_id,
        classroom_id,
    )


class _ChoiceSets(dict[str, tuple[int, ...]]):
    """Choice sets by their JSON text, each text parsed the first time it is seen (a hit is a plain dict lookup)."""

    def __missing__(self, text: str) -> tuple[int, ...]:
        chosen = self[text] = tuple(json.loads(text))
        return chosen


def _classroom_name(session: Session, room_id: int | None, classroom_id: int | None) -> str:
    query = _scope(select(Classroom.name).join(Room, Room.classroom_id == Classroom.id), room_id, classroom_id)
    return session.scalar(query.limit(1)) or ""


def report_rows(session: Session, *, room_id: int | None = None, classroom_id: int | None = None) -> ReportRows:
    """Everything a room's (or a classroom's) report is computed from: four queries. The answers are
    a lazy stream read in batches, so a report over a million answers holds only its totals."""
    query = _answers_query(room_id, classroom_id).execution_options(yield_per=STREAM_BATCH)

    def answers() -> Iterator[AnswerRow]:
        choice_sets = _ChoiceSets()
        for batch in session.execute(query).partitions():
            for player_id, question_id, chosen, correct, credit, points, response_ms, answered_at, late, *_ in batch:
                yield AnswerRow(
                    player_id,
                    question_id,
                    choice_sets[chosen],
                    correct,
                    credit,
                    points,
                    response_ms,
                    answered_at,
                    bool(late),
                )

    return ReportRows(
        classroom_name=_classroom_name(session, room_id, classroom_id),
        questions=_questions(session, room_id, classroom_id),
        players=_players(session, room_id, classroom_id),
        answers=answers(),
    )


def stream_answer_rows(
    session: Session, *, room_id: int | None = None, classroom_id: int | None = None
) -> tuple[list[QuestionRow], Iterator[AnswerExportRow]]:
    """The questions (few) and a lazy stream of every answer, read in batches from a server-side cursor."""
    classroom_name = _classroom_name(session, room_id, classroom_id)
    questions = _questions(session, room_id, classroom_id)
    query = (
        _answers_query(room_id, classroom_id)
        .order_by(Room.created_at, Room.id, Player.joined_at, Player.id, Answer.answered_at, Answer.id)
        .execution_options(yield_per=STREAM_BATCH)
    )

    def rows() -> Iterator[AnswerExportRow]:
        # Plain column rows need none of the ORM's entity handling: the connection streams them directly,
        # a batch (a list of rows) at a time.
        choice_sets = _ChoiceSets()
        for batch in session.connection().execute(query).partitions():
            for (
                player_id,
                question_id,
                chosen,
                correct,
                credit,
                points,
                response_ms,
                answered_at,
                late,
                code,
                nickname,
                removed,
            ) in batch:
                answer = AnswerRow(
                    player_id,
                    question_id,
                    choice_sets[chosen],
                    correct,
                    credit,
                    points,
                    response_ms,
                    answered_at,
                    bool(late),
                )
                yield AnswerExportRow(classroom_name, code, nickname, answer, bool(removed))

    return questions, rows()
