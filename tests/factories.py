"""Small factories for tests: real rows in the real database, no mocks."""

from __future__ import annotations

import secrets
from pathlib import Path

from flask.testing import FlaskClient
from sqlalchemy import select
from werkzeug.security import generate_password_hash

from quizgame.content.store import load_content
from quizgame.extensions import db
from quizgame.game.join_codes import new_code
from quizgame.models import Classroom, Player, Question, Room, RoomQuestion, Teacher

CONTENT = Path(__file__).resolve().parent.parent / "content"
PASSWORD = "correct horse battery"


def make_teacher(email: str = "teacher@example.org", name: str = "Ms Teacher") -> Teacher:
    teacher = Teacher(email=email, name=name, password_hash=generate_password_hash(PASSWORD))
    db.session.add(teacher)
    db.session.commit()
    return teacher


def make_classroom(teacher: Teacher, name: str = "Period 3") -> Classroom:
    classroom = Classroom(teacher=teacher, name=name)
    db.session.add(classroom)
    db.session.commit()
    return classroom


def load_demo_content() -> list[Question]:
    load_content(db.session, CONTENT)
    return list(db.session.scalars(select(Question).where(Question.status == "approved").order_by(Question.id)))


def make_room(classroom: Classroom, questions: list[Question] | None = None, **settings) -> Room:  # type: ignore[no-untyped-def]
    if questions is None:
        questions = load_demo_content()
    room = Room(classroom=classroom, code=new_code(), title=settings.pop("title", "Room"), **settings)
    room.room_questions = [RoomQuestion(position=i, question=q) for i, q in enumerate(questions)]
    db.session.add(room)
    db.session.commit()
    return room


def make_player(room: Room, nickname: str) -> Player:
    player = Player(room=room, nickname=nickname, rejoin_token=secrets.token_urlsafe(24), browser_id=secrets.token_urlsafe(12))
    db.session.add(player)
    db.session.commit()
    return player


def log_in(client: FlaskClient, teacher: Teacher) -> None:
    """Log a teacher in through Flask-Login's session key, independent of the login form."""
    with client.session_transaction() as session:
        session["_user_id"] = str(teacher.id)
        session["_fresh"] = True
