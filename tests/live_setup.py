"""A live room ready to play on a database the test process does not serve itself (gunicorn does):
content loaded, a teacher, a room, players, and the signed session cookies that identify them."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import create_engine, insert, text

from quizgame import create_app
from quizgame.extensions import db
from quizgame.models import Player
from tests.factories import load_demo_content, make_classroom, make_room, make_teacher
from tests.gunicorn_server import SECRET_KEY

SESSION_COOKIE = "session"


@dataclass(frozen=True)
class SeededQuestion:
    kind: str
    correct: list[int]
    wrong: int  # a choice that is not right


@dataclass
class SeededGame:
    room_id: int
    code: str
    teacher_cookie: str
    questions: list[SeededQuestion]
    player_cookies: list[str] = field(default_factory=list)

    @property
    def question_count(self) -> int:
        return len(self.questions)


def seed_live_game(database_url: str, players: int = 0, questions: int = 3, **settings: Any) -> SeededGame:
    app = create_app({"DATABASE_URL": database_url, "SECRET_KEY": SECRET_KEY})
    serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
    assert serializer is not None
    with app.app_context():
        teacher = make_teacher(f"live-{secrets.token_hex(4)}@example.org")
        content = load_demo_content()
        words = sorted((q for q in content if q.kind == "loaded_word"), key=lambda q: -len(q.correct))
        chosen = ([q for q in content if q.kind != "loaded_word"][: questions - 1] + words[:1])[:questions]
        settings.setdefault("seconds_per_question", 30)
        room = make_room(make_classroom(teacher), chosen, mode="live", title="Live test", **settings)
        tokens = [secrets.token_urlsafe(24) for _ in range(players)]
        browsers = [secrets.token_urlsafe(12) for _ in range(players)]
        if tokens:
            db.session.execute(
                insert(Player),
                [
                    {
                        "room_id": room.id,
                        "nickname": f"Student {i + 1}",
                        "rejoin_token": token,
                        "browser_id": browsers[i],
                        "removed": False,
                    }
                    for i, token in enumerate(tokens)
                ],
            )
            db.session.commit()
        game = SeededGame(
            room_id=room.id,
            code=room.code,
            questions=[
                SeededQuestion(q.kind, list(q.correct), next(i for i in range(len(q.choices)) if i not in q.correct))
                for q in chosen
            ],
            teacher_cookie=serializer.dumps({"_user_id": str(teacher.id), "_fresh": True}),
            # As after /join: the player's rejoin token and the browser's id (answers are limited per browser).
            player_cookies=[
                serializer.dumps({"players": {room.code: token}, "browser_id": browser})
                for token, browser in zip(tokens, browsers, strict=True)
            ],
        )
        db.session.remove()
        db.engine.dispose()
    return game


def stored_answers(url: str, room_id: int) -> set[tuple[int, int]]:
    """(student index, question position) of every answer the database holds for a seeded room
    (its players are "Student 1", "Student 2", ...): what a test or the benchmark checks its
    answers against, read in a connection of its own."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT p.nickname, rq.position FROM answers a JOIN players p ON p.id = a.player_id "
                    "JOIN room_questions rq ON rq.question_id = a.question_id AND rq.room_id = p.room_id "
                    "WHERE p.room_id = :room"
                ),
                {"room": room_id},
            ).all()
    finally:
        engine.dispose()
    return {(int(nickname.rsplit(" ", 1)[1]) - 1, position) for nickname, position in rows}
