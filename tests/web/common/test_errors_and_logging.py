"""Every response names its request (X-Request-ID); log lines carry that id and the teacher's or the
player's id, never a name or an e-mail; 403, 404, 405 and 500 are pages of the site for people and
JSON for fetch calls."""

from __future__ import annotations

import logging
import re

import pytest
from flask import abort

from tests.factories import log_in, make_classroom, make_player, make_question, make_room, make_teacher, play_as

JSON = {"Accept": "application/json"}


def test_every_response_carries_a_request_id_and_a_proxys_own_id_is_kept(client):
    first, second = client.get("/"), client.get("/")
    assert re.fullmatch(r"[0-9a-f]{16}", first.headers["X-Request-ID"])
    assert first.headers["X-Request-ID"] != second.headers["X-Request-ID"]
    assert client.get("/", headers={"X-Request-ID": "nginx-3f2a9c1d"}).headers["X-Request-ID"] == "nginx-3f2a9c1d"
    # Anything else is replaced: a client must not write what it likes into the log.
    forged = client.get("/", headers={"X-Request-ID": "FAKE] teacher:1 login ok"}).headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{16}", forged)


@pytest.fixture
def failing(app):  # type: ignore[no-untyped-def]
    """A view that raises, as a bug would; the test client gets the 500 page instead of the exception."""
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.get("/test-only/fails")
    def fails() -> str:
        logging.getLogger("quizgame.web.test").info("about to fail")
        raise RuntimeError("boom")

    return app


def test_a_server_error_is_logged_with_its_traceback_the_request_id_and_the_teacher_but_no_email(failing, caplog):
    client = failing.test_client()
    with failing.app_context():
        teacher = make_teacher("private.person@example.org", name="Private Person")
        teacher_id = teacher.id
        log_in(client, teacher)
    response = client.get("/test-only/fails")
    request_id = response.headers["X-Request-ID"]
    assert response.status_code == 500 and request_id in response.get_data(as_text=True)

    formatter = logging.Formatter("%(request_id)s %(actor)s %(message)s")
    lines = [formatter.format(record) for record in caplog.records if record.name.startswith("quizgame")]
    failure = next(record for record in caplog.records if record.exc_info)
    assert failure.request_id == request_id and failure.actor == f"teacher:{teacher_id}"
    assert "RuntimeError: boom" in logging.Formatter().format(failure)  # the traceback is kept
    assert f"{request_id} teacher:{teacher_id} about to fail" in lines
    assert not any("private.person" in line or "Private Person" in line for line in lines)


def test_a_players_log_lines_name_the_player_by_id_not_by_nickname(app, client, caplog):
    with app.app_context():
        room = make_room(make_classroom(make_teacher()), [make_question("q-log")])
        player = make_player(room, "Secret Nickname")
        code, player_id = room.code, player.id
        play_as(client, player)

    @app.after_request
    def log_something(response):  # type: ignore[no-untyped-def]
        logging.getLogger("quizgame.web.test").warning("answered")
        return response

    client.get(f"/play/{code}/q/1")
    record = next(record for record in caplog.records if record.getMessage() == "answered")
    assert record.actor == f"player:{player_id}"
    assert not any("Secret Nickname" in record.getMessage() for record in caplog.records)


def test_a_server_error_answers_a_fetch_call_in_json(failing):
    response = failing.test_client().get("/test-only/fails", headers=JSON)
    body = response.get_json()
    assert response.status_code == 500 and body["error"] == "server_error"
    assert body["request_id"] == response.headers["X-Request-ID"]


def test_403_404_and_405_are_the_sites_pages_with_a_way_on(app, client):
    @app.get("/test-only/forbidden")
    def forbidden_view() -> str:
        abort(403)

    with app.app_context():
        log_in(client, make_teacher())
    missing = client.get("/no/such/page")
    wrong_method = client.get("/teacher/logout")
    forbidden = app.test_client().get("/test-only/forbidden")
    for response, status, heading in (
        (missing, 404, "This page is not here"),
        (wrong_method, 405, "This address does not work that way"),
        (forbidden, 403, "This is not open to you"),
    ):
        html = response.get_data(as_text=True)
        assert response.status_code == status, status
        assert heading in html and 'class="site-header"' in html and 'href="/join"' in html, status
    # A teacher asking gets the teacher's menu on the page; the 405 keeps the methods the address takes.
    assert '<nav aria-label="Teacher">' in missing.get_data(as_text=True)
    assert wrong_method.headers["Allow"] and "POST" in wrong_method.headers["Allow"]


def test_404_and_405_answer_a_fetch_call_in_json(client):
    missing = client.get("/no/such/page", headers=JSON)
    wrong_method = client.get("/teacher/logout", headers=JSON)
    assert missing.status_code == 404 and missing.get_json()["error"] == "not_found"
    assert wrong_method.status_code == 405 and wrong_method.get_json()["error"] == "method_not_allowed"
    assert "POST" in wrong_method.headers["Allow"]


@pytest.fixture
def contested(app):  # type: ignore[no-untyped-def]
    """A view that renames a room through the live guard while another connection changes the room between
    every read and write, as a hub stuck in a loop would: each compare-and-set loses."""
    from sqlalchemy import text

    from quizgame.extensions import db
    from quizgame.game.live.guard import retried
    from quizgame.models import Room

    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.post("/test-only/rename/<int:room_id>")
    def rename(room_id: int) -> str:
        def attempt() -> str:
            room = db.session.get(Room, room_id)
            assert room is not None
            with db.engine.begin() as other:
                other.execute(text("UPDATE rooms SET version = version + 1 WHERE id = :id"), {"id": room_id})
            room.title = "Renamed"
            db.session.commit()
            return "renamed"

        return retried(db.session, attempt)

    return app


@pytest.mark.parametrize("headers", [{}, JSON], ids=["page", "fetch"])
def test_a_room_write_that_keeps_losing_the_race_is_a_409_to_try_again_and_saves_nothing(contested, headers):
    from quizgame.extensions import db
    from quizgame.models import Room

    client = contested.test_client()
    with contested.app_context():
        room = make_room(make_classroom(make_teacher()), title="Before")
        room_id = room.id
    response = client.post(f"/test-only/rename/{room_id}", headers=headers)
    assert response.status_code == 409
    if headers:
        assert response.get_json()["error"] == "conflict"
    else:
        page = response.get_data(as_text=True)
        assert "changed at the same moment" in page and "Nothing of your request was saved" in page
    with contested.app_context():
        assert db.session.get(Room, room_id).title == "Before"
