"""A live answer's own route (quizgame/web/live/lean_answer.py), with CSRF on as in production: it
takes the usual answer without Flask's request machinery, refuses nothing the app would accept,
accepts nothing the app would refuse, and replies as the answer's view does."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from itsdangerous import URLSafeTimedSerializer
from sqlalchemy import func, select
from werkzeug.test import Client

from quizgame.extensions import db
from quizgame.game.live import machine
from quizgame.game.live import snapshot as live_snapshot
from quizgame.game.live.questions import question_count
from quizgame.models import Answer, Room
from quizgame.web.live.push import hub_for
from tests.clock import Clock
from tests.web.live.helpers import LiveGame, as_player, make_live_game, within

TOKEN = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


@pytest.fixture
def app_config(clock: Clock) -> dict[str, object]:
    return {"QUIZGAME_CLOCK": clock, "LIVE_STREAM_SECONDS": 2, "LIVE_POLL_MS": 10, "WTF_CSRF_ENABLED": True}


@pytest.fixture
def game(app: Flask, clock: Clock) -> LiveGame:
    """Ada, Bo and Cy in a live room whose first question is open (as the teacher's "Start" commits it)."""
    game = make_live_game(app, ("Ada", "Bo", "Cy"))

    def start() -> None:
        room = db.session.get(Room, game.room_id)
        assert room is not None
        machine.start(room, clock(), question_count(db.session, room.id))
        live_snapshot.publish(db.session, room)
        db.session.commit()

    within(app, start)
    return game


@pytest.fixture
def followed(app: Flask, game: LiveGame) -> Iterator[None]:
    """A student of the room streams from this worker: its hub follows the room and has read the
    open question (the answer's reply is then the hub's)."""
    hub = hub_for(app)
    with hub.following(game.room_id):
        assert hub.wait(game.room_id, 0, 10) is not None
        yield


def page_token(client: FlaskClient, game: LiveGame) -> str:
    """The game's page, as the browser loads it: the CSRF token live.js sends."""
    found = TOKEN.search(client.get(f"/live/play/{game.code}").get_data(as_text=True))
    assert found, "the page has no CSRF token"
    return found.group(1)


def send(client: Any, game: LiveGame, token: str | None, choice: int = 0, **extra: Any) -> Any:
    """An answer as live.js sends it: the page's form (multipart, from FormData) with the token header."""
    headers = {"Accept": "application/json", **extra.pop("headers", {})}
    if token is not None:
        headers["X-CSRFToken"] = token
    data = {"position": "0", "choice": str(choice)}
    return client.post(
        f"/live/play/{game.code}/answer", data=data, headers=headers, content_type="multipart/form-data", **extra
    )


def stored(app: Flask) -> int:
    return within(app, lambda: db.session.scalar(select(func.count()).select_from(Answer)))


def served(app: Flask) -> int:
    return app.extensions["lean_answers"].served


def test_an_answer_is_taken_and_replied_to_by_its_own_route_as_the_view_replies(app, game, followed):
    ada = as_player(app.test_client(), game, game.players[0])
    token = page_token(ada, game)
    before = served(app)
    reply = send(ada, game, token)
    assert reply.status_code == 200 and served(app) == before + 1
    assert 'data-stage="locked"' in reply.json["html"] and reply.headers["Cache-Control"] == "no-store"
    assert reply.headers["X-Content-Type-Options"] == "nosniff" and reply.headers["X-Request-ID"]
    assert stored(app) == 1

    # The same answer again, through the Flask app beneath the route: a repeat, the same reply.
    flask_app = Client(app.extensions["lean_answers"].below)
    flask_app.set_cookie("session", ada.get_cookie("session").value, domain="localhost")
    again = send(flask_app, game, token)
    assert again.status_code == 200 and served(app) == before + 1
    assert without_tokens(again.get_json()) == without_tokens(reply.json)
    assert stored(app) == 1, "a repeat stores nothing"


def without_tokens(state: dict[str, Any]) -> dict[str, Any]:
    return {**state, "html": re.sub(r'name="csrf_token" value="[^"]*"', "", state["html"])}


def test_a_cross_site_answer_is_refused_and_stores_nothing(app, game, followed):
    """What CSRFProtect refuses for every POST, the route refuses too: no token, another browser's
    token, a token that is not signed by the app, and on HTTPS a Referer from another site."""
    ada = as_player(app.test_client(), game, game.players[0])
    bo = as_player(app.test_client(), game, game.players[1])
    ada_token, bo_token = page_token(ada, game), page_token(bo, game)
    for token in (None, bo_token, ada_token[:-2] + "xx"):
        refused = send(ada, game, token)
        assert refused.status_code == 400 and "CSRF" in refused.get_data(as_text=True)
    https = {"base_url": "https://localhost"}
    refused = send(ada, game, ada_token, headers={"Referer": "https://elsewhere.example/quiz"}, **https)
    assert refused.status_code == 400 and "referrer" in refused.get_data(as_text=True)
    assert send(ada, game, ada_token, **https).status_code == 400, "HTTPS without a Referer"
    assert stored(app) == 0
    taken = send(ada, game, ada_token, headers={"Referer": "https://localhost/live/play/x"}, **https)
    assert taken.status_code == 200 and stored(app) == 1


def test_what_the_route_does_not_read_at_once_goes_to_the_view(app, game, followed):
    before = served(app)
    # A browser without its id yet: the view makes one and sends the cookie back.
    cy = app.test_client()
    with cy.session_transaction() as session:
        session["players"] = {game.code: game.players[2].token}
    cy_token = page_token(cy, game)
    first = send(cy, game, cy_token)
    assert first.status_code == 200 and "session=" in first.headers.get("Set-Cookie", "")
    # A page without JavaScript: a plain form, answered with a redirect back to the game.
    bo = as_player(app.test_client(), game, game.players[1])
    bo_token = page_token(bo, game)
    plain = bo.post(f"/live/play/{game.code}/answer", data={"position": "0", "choice": "1", "csrf_token": bo_token})
    assert plain.status_code == 302 and plain.headers["Location"].endswith(f"/live/play/{game.code}")
    # A form the view refuses with its own message.
    ada = as_player(app.test_client(), game, game.players[0])
    ada_token = page_token(ada, game)
    empty = ada.post(
        f"/live/play/{game.code}/answer",
        data={"position": "0"},
        headers={"Accept": "application/json", "X-CSRFToken": ada_token},
    )
    assert empty.status_code == 409 and empty.json["error"] == "Choose an answer first."
    assert served(app) == before and stored(app) == 2


def test_refusals_through_the_route_are_the_views(app, game, clock):
    """Without a hub following the room, and for every refusal, the route replies with the view's
    own code and the app's error handlers."""
    ada = as_player(app.test_client(), game, game.players[0])
    token = page_token(ada, game)
    before = served(app)
    clock.advance(seconds=20 + machine.ANSWER_GRACE_MS / 1000 + 1)
    late = send(ada, game, token)
    assert late.status_code == 409 and late.json["error"] and "html" in late.json
    app.config["RATELIMIT_ANSWER"] = "1 per minute"
    limited = send(ada, game, token)
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0
    assert limited.json["error"] == "too_many_requests"
    # A cookie naming no player of the room, with a token of its own session: the view's 404.
    stranger = app.test_client()
    with stranger.session_transaction() as session:
        session.update(players={game.code: "not-a-player"}, browser_id="stranger", csrf_token="a" * 40)
    signed = URLSafeTimedSerializer(app.secret_key, salt="wtf-csrf-token").dumps("a" * 40)
    gone = send(stranger, game, signed)
    assert gone.status_code == 404 and gone.json["error"] == "not_found" and gone.json["request_id"]
    assert stored(app) == 0 and served(app) == before
