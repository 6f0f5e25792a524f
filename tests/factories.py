"""Small factories for tests: real rows in the real database, no mocks."""

from __future__ import annotations

import datetime as dt
import functools
import secrets
from pathlib import Path
from types import SimpleNamespace

from flask.testing import FlaskClient
from sqlalchemy import insert, select

from quizgame.accounts import hash_password
from quizgame.content.store import ContentFiles, article_values, question_values, read_content, store_content
from quizgame.extensions import db
from quizgame.game.join_codes import new_code
from quizgame.game.scoring import score_answer
from quizgame.models import (
    Answer,
    Article,
    Classroom,
    Player,
    Question,
    Room,
    RoomQuestion,
    RosterStudent,
    Teacher,
    question_articles,
)

CONTENT = Path(__file__).resolve().parent.parent / "content"
PASSWORD = "correct horse battery"
TEST_HASH_METHOD = "pbkdf2:sha256:1"  # the tests' app config: one round, where scrypt takes 0.1-0.5 s


@functools.cache
def _password_hash() -> str:
    """One hash of PASSWORD for every teacher the tests make: hashing is per teacher in the app only."""
    return hash_password(PASSWORD, TEST_HASH_METHOD)


def make_teacher(email: str = "teacher@example.org", name: str = "Ms Teacher") -> Teacher:
    teacher = Teacher(email=email, name=name, password_hash=_password_hash())
    db.session.add(teacher)
    db.session.commit()
    return teacher


def make_classroom(teacher: Teacher, name: str = "Period 3") -> Classroom:
    classroom = Classroom(teacher=teacher, name=name)
    db.session.add(classroom)
    db.session.commit()
    return classroom


@functools.cache
def demo_content() -> ContentFiles:
    """The demo content's files, read once per test run: reading them is most of loading them."""
    return read_content(CONTENT)


def load_demo_content() -> list[Question]:
    """The demo content in this test's database, and its approved questions in id order.

    Into an empty database (each test starts with one) the rows go in by three multi-row INSERTs:
    what store_content would write there (tests/content/test_demo_rows.py checks it row for row),
    at a third of its cost; most tests of play start here. Over anything already stored (a second
    call, a test's own articles) store_content upserts as a teacher's `content load` does."""
    if db.session.scalar(select(Article.id).limit(1)) is None:
        _insert_demo_rows()
    else:
        store_content(db.session, demo_content())
    return list(db.session.scalars(select(Question).where(Question.status == "approved").order_by(Question.id)))


def _insert_demo_rows() -> None:
    content = demo_content()
    articles = [{"slug": a.slug, **article_values(a)} for a in content.articles]
    returning = insert(Article.__table__).returning(Article.__table__.c.id, sort_by_parameter_order=True)
    ids = db.session.execute(returning, articles).scalars().all()
    by_slug = {a.slug: SimpleNamespace(id=id_) for a, id_ in zip(content.articles, ids, strict=True)}
    records = [record for qfile in content.question_files for record in qfile.questions]
    db.session.execute(insert(Question.__table__), [{"id": r.id, **question_values(r, by_slug)} for r in records])
    links = [{"question_id": r.id, "article_id": by_slug[slug].id} for r in records for slug in r.articles]
    db.session.execute(insert(question_articles), links)
    db.session.commit()


def make_room(classroom: Classroom, questions: list[Question] | None = None, **settings) -> Room:  # type: ignore[no-untyped-def]
    if questions is None:
        questions = load_demo_content()
    room = Room(classroom=classroom, code=new_code(), title=settings.pop("title", "Room"), **settings)
    room.room_questions = [RoomQuestion(position=i, question=q) for i, q in enumerate(questions)]
    db.session.add(room)
    db.session.commit()
    return room


def make_player(room: Room, nickname: str, **fields) -> Player:  # type: ignore[no-untyped-def]
    player = Player(
        room=room,
        nickname=nickname,
        rejoin_token=secrets.token_urlsafe(24),
        browser_id=secrets.token_urlsafe(12),
        **fields,
    )
    db.session.add(player)
    db.session.commit()
    return player


def make_roster_student(classroom: Classroom, display_name: str) -> RosterStudent:
    student = RosterStudent(classroom=classroom, display_name=display_name)
    db.session.add(student)
    db.session.commit()
    return student


def make_question(
    qid: str,
    *,
    skill: str = "sourcing",
    choices: list[str] | None = None,
    correct: list[int] | None = None,
    control: bool = False,
    prompt: str | None = None,
    kind: str = "who_said",
) -> Question:
    """An approved question with explicit content, for hand-computed reports."""
    question = Question(
        id=qid,
        kind=kind,
        skill=skill,
        prompt=prompt or f"Prompt of {qid}?",
        choices=choices or ["Choice A", "Choice B", "Choice C", "Choice D"],
        correct=correct if correct is not None else [0],
        explanation=f"Why {qid} is answered so.",
        control=control,
        status="approved",
    )
    db.session.add(question)
    db.session.commit()
    return question


def make_answer(
    player: Player, question: Question, chosen: list[int], response_ms: int, answered_at: dt.datetime | None = None
) -> Answer:
    """An answer scored by the real engine with the room's mode, limit and the player's current streak."""
    room = player.room
    earlier = db.session.scalars(
        select(Answer.correct)
        .where(Answer.player_id == player.id)
        .order_by(Answer.answered_at.desc(), Answer.id.desc())
    ).all()
    streak = next((i for i, ok in enumerate(earlier) if not ok), len(earlier))
    score = score_answer(room.scoring, chosen, question.correct, response_ms, room.seconds_per_question * 1000, streak)
    answer = Answer(
        player=player,
        question=question,
        chosen=list(chosen),
        correct=score.correct,
        credit=score.credit,
        points=score.points,
        response_ms=response_ms,
        answered_at=answered_at or dt.datetime.now(dt.UTC),
    )
    db.session.add(answer)
    db.session.commit()
    return answer


def log_in(client: FlaskClient, teacher: Teacher) -> None:
    """Log a teacher in through Flask-Login's session key, independent of the login form."""
    with client.session_transaction() as session:
        session["_user_id"] = str(teacher.id)
        session["_fresh"] = True


def play_as(client: FlaskClient, player: Player) -> None:
    """Give the client the student cookie of `player` (beside any rooms it is already in), as joining would."""
    from quizgame.web.common import student

    with client.session_transaction() as session:
        session[student.BROWSER_KEY] = player.browser_id
        session[student.PLAYERS_KEY] = {**session.get(student.PLAYERS_KEY, {}), player.room.code: player.rejoin_token}
