"""The demo: one teacher, one classroom and one room with a short game that shows every kind."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizgame.accounts import DEFAULT_HASH_METHOD, hash_password
from quizgame.content.question_kinds import GENERATED_KINDS
from quizgame.game.join_codes import new_code
from quizgame.game.live.guard import retried
from quizgame.models import Classroom, Question, Room, RoomQuestion, RoomStatus, Teacher

DEMO_EMAIL = "demo@quizgame.local"
# Two per kind: sixteen questions, about one lesson's worth.
DEMO_PER_KIND = 2


@dataclass(frozen=True)
class DemoSetup:
    email: str
    room_code: str
    # The password set by this run; None when the demo teacher already had one, which stays.
    password: str | None = None


def ensure_demo(session: Session, password: str, hash_method: str = DEFAULT_HASH_METHOD) -> DemoSetup:
    """Idempotent: the first run sets the demo password; later runs keep it (a teacher who wrote it
    down can still log in) and top up the demo room. Rerun on a fresh read if a live game in the demo
    room changed it meanwhile (the room's compare-and-set, quizgame.game.live.guard)."""
    return retried(session, lambda: _ensure_demo(session, password, hash_method))


def _ensure_demo(session: Session, password: str, hash_method: str) -> DemoSetup:
    teacher = session.scalar(select(Teacher).where(Teacher.email == DEMO_EMAIL))
    new_password: str | None = None
    if teacher is None:
        teacher = Teacher(email=DEMO_EMAIL, name="Demo Teacher", password_hash=hash_password(password, hash_method))
        session.add(teacher)
        new_password = password
    classroom = session.scalar(select(Classroom).where(Classroom.teacher == teacher))
    if classroom is None:
        classroom = Classroom(teacher=teacher, name="Demo class")
        session.add(classroom)
    room = session.scalar(select(Room).where(Room.classroom == classroom).order_by(Room.id))
    if room is None:
        room = Room(classroom=classroom, code=_unused_code(session), title="Reading the CHAZ coverage")
        session.add(room)
    room.status = RoomStatus.OPEN
    approved = session.scalars(
        select(Question).where(Question.status == "approved", Question.owner_id.is_(None)).order_by(Question.id)
    ).all()
    present = {rq.question_id for rq in room.room_questions}
    position = len(room.room_questions)
    for question in demo_selection(approved):
        if question.id not in present:
            room.room_questions.append(RoomQuestion(position=position, question=question))
            position += 1
    session.commit()
    return DemoSetup(DEMO_EMAIL, room.code, new_password)


def demo_selection(approved: Sequence[Question], per_kind: int = DEMO_PER_KIND) -> list[Question]:
    """A class-length game: for each kind a flawed item and, where there is one, a control, so the
    demo shows that careful reporting is rewarded too. `approved` is in a stable order."""
    by_kind: dict[str, list[Question]] = {}
    for question in approved:
        by_kind.setdefault(question.kind, []).append(question)
    chosen: list[Question] = []
    for kind in GENERATED_KINDS:
        of_kind = by_kind.get(kind, [])
        flawed = [q for q in of_kind if not q.control]
        controls = [q for q in of_kind if q.control]
        picked = (flawed[:1] + controls[:1] + flawed[1:] + controls[1:])[:per_kind]
        chosen.extend(picked)
    return chosen


def _unused_code(session: Session) -> str:
    while True:
        code = new_code()
        if session.scalar(select(Room.id).where(Room.code == code)) is None:
            return code
