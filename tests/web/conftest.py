"""A small world for the web tests that look at every route: an owner with a classroom, a roster
student, an open room of three questions and a player in it; another teacher with a room and a player
of their own; and a test client for each kind of visitor. And a real Chromium for the browser tests.

Where a web test goes: tests/web/<package>/ mirrors quizgame/web/<package>/ (auth, common, curate,
gradebook, home, live, play, reports, teacher); a test of one blueprint's pages goes in its folder, a
test of what web/common provides (limits, input guard, errors and logging, the database retry) in
common/. Only the tests that sweep the whole site (every route, every form, every page's headers,
frame, weight, escaping or colours) stay here beside this world."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from quizgame import accounts
from quizgame.extensions import db
from quizgame.models import Article, ImportJob, Question, Teacher
from tests.chromium import launched
from tests.factories import (
    log_in,
    make_classroom,
    make_player,
    make_question,
    make_room,
    make_roster_student,
    make_teacher,
    play_as,
)
from tests.gunicorn_server import gunicorn

VISITORS = ("anonymous", "other student", "other teacher", "owner")


@dataclass
class World:
    values: dict[str, object]  # a value for every URL parameter, naming the owner's things
    live_values: dict[str, object]  # the same for the live routes (/live/...), naming the live room
    clients: dict[str, FlaskClient]  # one client per visitor in VISITORS


@pytest.fixture
def world(app: Flask) -> World:
    with app.app_context():
        questions = [make_question(f"world-{n}") for n in range(3)]
        owner = make_teacher("owner@example.org")
        classroom = make_classroom(owner)
        roster_student = make_roster_student(classroom, "Ada")
        room = make_room(classroom, questions)
        player = make_player(room, "Sam")
        other = make_teacher("other@example.org")
        other_room = make_room(make_classroom(other, "Other class"), questions)
        other_player = make_player(other_room, "Kim")
        live_room = make_room(classroom, questions, mode="live", title="Live room")
        live_player = make_player(live_room, "Lee")
        clients = {visitor: app.test_client() for visitor in VISITORS}
        play_as(clients["other student"], other_player)
        log_in(clients["other teacher"], other)
        log_in(clients["owner"], owner)
        play_as(clients["owner"], player)
        play_as(clients["owner"], live_player)
        article, question, job = _imported_article(owner)
        values = {
            "classroom_id": classroom.id,
            "room_id": room.id,
            "code": room.code,
            "number": 1,
            "player_id": player.id,
            "student_id": roster_student.id,
            "kind": "answers",
            "filename": "css/app.css",
            "article_id": article.id,
            "question_id": question.id,
            "action": "approve",
            "job_id": job.id,
            # A live password-reset link for the owner: the token is the key, whoever holds it.
            "token": accounts.reset_token(app.config["SECRET_KEY"], owner),
        }
        # The live routes name the live room, and a control the teacher can press in the lobby.
        live_values = {"code": live_room.code, "room_id": live_room.id, "player_id": live_player.id, "action": "start"}
        return World(values, live_values, clients)


def _imported_article(owner: Teacher) -> tuple[Article, Question, ImportJob]:
    """An article the owner imported, one candidate question made from it, and its finished import."""
    body = "The mayor said the plan works.\n\nCritics disagreed."
    article = Article(
        slug="owners-import",
        outlet="Local Paper",
        headline="Plan works, mayor says",
        body=body,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        owner_id=owner.id,
    )
    question = Question(
        id="q-owners-candidate",
        kind="who_said",
        skill="attribution",
        prompt="Who said the plan works?",
        choices=["The mayor", "Critics", "The reporter", "Nobody"],
        correct=[0],
        explanation="The article says so.",
        status="candidate",
        owner_id=owner.id,
        articles=[article],
    )
    job = ImportJob(teacher_id=owner.id, article=article, stage="done", steps_done=1, steps_total=1)
    db.session.add_all([article, question, job])
    db.session.commit()
    return article, question, job


def url_for_world(app: Flask, world: World, endpoint: str, **overrides: object) -> str:
    """The URL of `endpoint` naming the world's things; fails with the parameter to add if one is new."""
    rule = next(rule for rule in app.url_map.iter_rules() if rule.endpoint == endpoint)
    values = {**world.values, **(world.live_values if endpoint.startswith("live.") else {}), **overrides}
    missing = set(rule.arguments) - set(values)
    assert not missing, f"give the test world a value for {sorted(missing)}"
    return app.url_map.bind("localhost").build(endpoint, {name: values[name] for name in rule.arguments})


@pytest.fixture(scope="module")
def _module_chromium() -> Iterator[Any]:
    """Chromium driven by Playwright (tests/chromium.py), one per module: a launch costs about 0.5 s of CPU."""
    with launched() as browser:
        yield browser


@pytest.fixture
def chromium(_module_chromium: Any) -> Iterator[Any]:
    """The module's Chromium; every context a test opens is closed after it, so the next test
    starts with no cookies, cache or open pages, as with a browser of its own."""
    yield _module_chromium
    for context in list(_module_chromium.contexts):
        context.close()


@dataclass
class Watched:
    """A page with everything suspicious it did recorded: dialogs, console errors, script errors."""

    page: Any
    dialogs: list[str]
    console_errors: list[str]
    page_errors: list[str]


@pytest.fixture
def watched_page(chromium: Any) -> Iterator[Watched]:
    context = chromium.new_context()
    page = context.new_page()
    watched = Watched(page, [], [], [])

    def on_dialog(dialog: Any) -> None:
        watched.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda message: message.type == "error" and watched.console_errors.append(message.text))
    page.on(
        "response",
        lambda response: response.status >= 400 and watched.console_errors.append(f"{response.status} {response.url}"),
    )
    page.on("pageerror", lambda error: watched.page_errors.append(str(error)))
    yield watched
    context.close()


@pytest.fixture
def served(app: Flask, database_url: str) -> Iterator[Callable[[], Served]]:
    """Start a real gunicorn on the test's database once the test has written its rows (call the
    fixture's value). It runs as deployed: CSRF on, limits on, nothing from the test's config."""
    with ExitStack() as stack:

        def start() -> Served:
            with app.app_context():
                db.session.remove()
            return Served(stack.enter_context(gunicorn(database_url, workers=1, threads=4)).base_url)

        yield start


@dataclass
class Served:
    base: str

    def url(self, path: str = "") -> str:
        return self.base + path
