"""Grades for the school's gradebook: a room (or each room of a classroom) as one assignment.

A grade is the credit a student earned (a right answer is 1, half of a two-answer question 0.5),
out of the room's number of questions, or that as a percentage. Game points reward speed and
streaks, which no gradebook should. Only roster students carry a school id, so only they are
written into an import file; every other player, and every roster student without the id the
platform matches on, is listed apart (`Gradebook.unmatched`, `missing_id`), never guessed.

The files follow the platforms' own documentation:
  Canvas: `Student,ID,SIS User ID,SIS Login ID,Section,<assignment>...`, then a row starting
          `Points Possible`; students are matched on the SIS user id or the SIS login.
  Moodle: a header row, one column mapped to a user field (e-mail or idnumber), one grade column
          per grade item and an optional feedback column each.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quizgame.models import Answer, Player, Room, RoomQuestion, RosterStudent

Scale = Literal["points", "percent"]
MoodleKey = Literal["email", "idnumber"]
SCALES = ("points", "percent")
MOODLE_KEYS = ("email", "idnumber")

CANVAS_HEADERS = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
POINTS_POSSIBLE = "Points Possible"


@dataclass(frozen=True)
class RosterEntry:
    id: int
    name: str
    email: str | None
    school_id: str | None


@dataclass(frozen=True)
class Assignment:
    room_id: int
    title: str  # unique within one gradebook: a repeated room title gets its code added
    code: str
    questions: int


@dataclass(frozen=True)
class Unmatched:
    """A player who joined under a nickname, not a roster name: no gradebook can know who they are."""

    nickname: str
    room_code: str
    room_title: str
    credit: float
    questions: int


@dataclass
class Gradebook:
    assignments: list[Assignment]
    roster: list[RosterEntry]
    credit: dict[tuple[int, int], float] = field(default_factory=dict)  # (roster id, room id) -> credit
    unmatched: list[Unmatched] = field(default_factory=list)

    def grade(self, student: RosterEntry, assignment: Assignment, scale: Scale) -> float | None:
        """None for a student who did not play the room: a blank cell, which both platforms skip."""
        credit = self.credit.get((student.id, assignment.room_id))
        if credit is None:
            return None
        if scale == "percent":
            return round(100 * credit / assignment.questions, 1) if assignment.questions else 0.0
        return round(credit, 2)

    def possible(self, assignment: Assignment, scale: Scale) -> int:
        return 100 if scale == "percent" else assignment.questions

    def missing_id(self, platform: str, key: MoodleKey = "email") -> list[RosterEntry]:
        """Roster students the platform could not match, so left out of its file."""
        return [s for s in self.roster if not _student_key(s, platform, key)]


def _student_key(student: RosterEntry, platform: str, key: MoodleKey) -> str | None:
    if platform == "canvas":
        return student.school_id or student.email
    return student.email if key == "email" else student.school_id


def number(value: float | None) -> str:
    """7.0 -> "7", 7.25 -> "7.25", None -> "": what a person would type into a gradebook."""
    if value is None:
        return ""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def canvas_table(book: Gradebook, scale: Scale) -> tuple[list[str], list[list[str]]]:
    headers = CANVAS_HEADERS + [a.title for a in book.assignments]
    rows = [[POINTS_POSSIBLE, "", "", "", "", *(str(book.possible(a, scale)) for a in book.assignments)]]
    for student in book.roster:
        if not _student_key(student, "canvas", "email"):
            continue
        rows.append(
            [
                student.name,
                "",
                student.school_id or "",
                student.email or "",
                "",
                *(number(book.grade(student, a, scale)) for a in book.assignments),
            ]
        )
    return headers, rows


def moodle_table(book: Gradebook, scale: Scale, key: MoodleKey) -> tuple[list[str], list[list[str]]]:
    headers = [key]
    for assignment in book.assignments:
        headers += [assignment.title, f"{assignment.title} (feedback)"]
    rows = []
    for student in book.roster:
        user = _student_key(student, "moodle", key)
        if not user:
            continue
        row = [user]
        for assignment in book.assignments:
            grade = book.grade(student, assignment, scale)
            credit = book.credit.get((student.id, assignment.room_id))
            feedback = "" if credit is None else f"{number(credit)} of {assignment.questions} questions right"
            row += [number(grade), feedback]
        rows.append(row)
    return headers, rows


def unique_titles(rooms: Sequence[tuple[int, str, str, int]]) -> list[Assignment]:
    """One assignment per room; a title used twice is told apart by the room's code."""
    counts = Counter(title.strip() for _, title, _, _ in rooms)
    return [
        Assignment(
            room_id, title.strip() if counts[title.strip()] == 1 else f"{title.strip()} ({code})", code, questions
        )
        for room_id, title, code, questions in rooms
    ]


def load_gradebook(session: Session, classroom_id: int, room_id: int | None = None) -> Gradebook:
    """The classroom's roster and, for one room or every room of the classroom, each player's credit:
    three queries whatever the class size."""
    room_scope = Room.id == room_id if room_id is not None else Room.classroom_id == classroom_id
    question_counts = select(RoomQuestion.room_id, func.count().label("n")).group_by(RoomQuestion.room_id).subquery()
    rooms = session.execute(
        select(Room.id, Room.title, Room.code, func.coalesce(question_counts.c.n, 0))
        .outerjoin(question_counts, question_counts.c.room_id == Room.id)
        .where(room_scope, Room.classroom_id == classroom_id)
        .order_by(Room.created_at, Room.id)
    ).all()
    book = Gradebook(
        assignments=unique_titles([tuple(r) for r in rooms]),
        roster=[
            RosterEntry(*row)
            for row in session.execute(
                select(RosterStudent.id, RosterStudent.display_name, RosterStudent.email, RosterStudent.school_id)
                .where(RosterStudent.classroom_id == classroom_id)
                .order_by(RosterStudent.display_name, RosterStudent.id)
            )
        ],
    )
    by_room = {a.room_id: a for a in book.assignments}
    players = session.execute(
        select(Player.nickname, Player.roster_student_id, Player.room_id, func.coalesce(func.sum(Answer.credit), 0.0))
        .join(Room, Room.id == Player.room_id)
        .outerjoin(Answer, Answer.player_id == Player.id)
        .where(room_scope, Room.classroom_id == classroom_id, Player.removed.is_(False))
        .group_by(Player.id, Player.nickname, Player.roster_student_id, Player.room_id, Player.joined_at)
        .order_by(Player.joined_at, Player.id)
    ).all()
    credit: dict[tuple[int, int], float] = defaultdict(float)
    for nickname, roster_id, player_room, earned in players:
        if roster_id is not None:
            credit[(roster_id, player_room)] += float(earned)
        else:
            room = by_room[player_room]
            book.unmatched.append(Unmatched(nickname, room.code, room.title, float(earned), room.questions))
    book.credit = dict(credit)
    return book
