"""Shared pieces of the live-game web tests: a ready live room and the requests that play it.

The tests hold no application context while they make requests: each request gets its own, as in
production (a shared one would carry Flask-Login's user and the database session from one client's
request into another's). Setup and checks open a context of their own.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from flask import Flask
from flask.testing import FlaskClient

from quizgame.extensions import db
from quizgame.models import Player, Question, Room
from tests.factories import load_demo_content, make_answer, make_classroom, make_player, make_room, make_teacher

T = TypeVar("T")


@dataclass(frozen=True)
class QuestionData:
    id: str
    kind: str
    prompt: str
    choices: list[str]
    correct: list[int]
    explanation: str


@dataclass(frozen=True)
class PlayerData:
    id: int
    nickname: str
    token: str


@dataclass
class LiveGame:
    app: Flask
    teacher_id: int
    room_id: int
    code: str
    questions: list[QuestionData]
    players: list[PlayerData]

    def room(self) -> Room:
        """The room as the database has it now (call inside `within`)."""
        room = db.session.get(Room, self.room_id)
        assert room is not None
        return room

    def add_player(self, nickname: str) -> PlayerData:
        def add() -> PlayerData:
            player = make_player(self.room(), nickname)
            return PlayerData(player.id, player.nickname, player.rejoin_token)

        added = within(self.app, add)
        self.players.append(added)
        return added

    def answer(self, player: PlayerData, question: QuestionData, chosen: list[int], response_ms: int) -> None:
        """An answer stored directly, as if it had come in (for tests about what others see)."""
        within(
            self.app,
            lambda: make_answer(
                db.session.get(Player, player.id), db.session.get(Question, question.id), chosen, response_ms
            ),
        )


def within(app: Flask, work: Callable[[], T]) -> T:
    with app.app_context():
        try:
            return work()
        finally:
            db.session.remove()


def make_live_game(
    app: Flask, nicknames: tuple[str, ...] = ("Ada", "Bo"), count: int = 3, kinds: str = "choice", **settings: Any
) -> LiveGame:
    """A live room of `count` demo questions (kinds="choice": no tap-the-word; "words": tap-the-word first)."""

    def build() -> LiveGame:
        teacher = make_teacher()
        content = load_demo_content()
        # two loaded words, so one found earns half: the partial-credit case the tests spell out
        words = sorted((q for q in content if q.kind == "loaded_word"), key=lambda q: (len(q.correct) != 2, q.id))
        others = [q for q in content if q.kind != "loaded_word"]
        questions = (words + others if kinds == "words" else others)[:count]
        settings.setdefault("seconds_per_question", 20)
        room = make_room(make_classroom(teacher), questions, mode="live", **settings)
        players = [make_player(room, name) for name in nicknames]
        return LiveGame(
            app,
            teacher.id,
            room.id,
            room.code,
            [QuestionData(q.id, q.kind, q.prompt, list(q.choices), list(q.correct), q.explanation) for q in questions],
            [PlayerData(p.id, p.nickname, p.rejoin_token) for p in players],
        )

    return within(app, build)


def as_teacher(client: FlaskClient, teacher_id: int) -> FlaskClient:
    with client.session_transaction() as session:
        session["_user_id"] = str(teacher_id)
        session["_fresh"] = True
    return client


def as_player(client: FlaskClient, game: LiveGame, player: PlayerData) -> FlaskClient:
    """The browser of a player who joined (their rejoin token, the browser's id) and has the
    game's page open (its CSRF token): the answer's own route takes its answers
    (quizgame/web/live/lean_answer.py)."""
    with client.session_transaction() as session:
        session["players"] = {**session.get("players", {}), game.code: player.token}
        session.setdefault("browser_id", f"browser-{player.id}")
        session.setdefault("csrf_token", secrets.token_hex(20))
    return client


def press(client: FlaskClient, room_id: int, action: str, **form: object):  # type: ignore[no-untyped-def]
    """A teacher control sent the way the presenter's JavaScript sends it."""
    return client.post(f"/live/rooms/{room_id}/{action}", data=form, headers={"Accept": "application/json"})


def answer(client: FlaskClient, game: LiveGame, position: int, *choices: int):  # type: ignore[no-untyped-def]
    """A student's answer sent the way the student page's JavaScript sends it."""
    return client.post(
        f"/live/play/{game.code}/answer",
        data={"position": position, "choice": list(choices)},
        headers={"Accept": "application/json"},
    )


def escaped(text: str) -> str:
    """Text as Jinja's autoescape writes it into a page."""
    from markupsafe import escape

    return str(escape(text))
