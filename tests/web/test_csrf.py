"""With CSRF protection on (as in production), every POST without the token is refused."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from quizgame.extensions import db
from quizgame.models import Player, Teacher
from tests.factories import PASSWORD, log_in, make_classroom, make_room, make_teacher


@pytest.fixture
def app_config():
    return {"WTF_CSRF_ENABLED": True}


def _token(html: str) -> str:
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html) or re.search(
        r'<meta name="csrf-token" content="([^"]+)"', html
    )
    assert match, "page has no CSRF token"
    return match.group(1)


def test_login_without_the_token_is_refused_and_with_it_succeeds(client, app):
    with app.app_context():
        make_teacher(email="t@example.org")
    data = {"email": "t@example.org", "password": PASSWORD}
    assert client.post("/teacher/login", data=data).status_code == 400
    token = _token(client.get("/teacher/login").get_data(as_text=True))
    assert client.post("/teacher/login", data={**data, "csrf_token": token}).status_code == 302


def test_signup_without_the_token_creates_nothing(client, app):
    client.post(
        "/teacher/signup",
        data={"name": "X", "email": "x@example.org", "password": "a long password", "confirm": "a long password"},
    )
    with app.app_context():
        assert db.session.scalar(select(Teacher)) is None


def test_teacher_actions_and_student_joins_need_the_token(client, app):
    with app.app_context():
        teacher = make_teacher()
        classroom = make_classroom(teacher)
        room = make_room(classroom)
        room_id, code = room.id, room.code
        log_in(client, teacher)
    assert client.post(f"/teacher/rooms/{room_id}/close").status_code == 400
    assert client.post("/teacher/logout").status_code == 400
    assert client.post("/join", data={"code": code, "nickname": "Sam"}).status_code == 400
    with app.app_context():
        assert db.session.scalar(select(Player)) is None
    page = client.get(f"/join?code={code}").get_data(as_text=True)
    joined = client.post("/join", data={"code": code, "nickname": "Sam", "csrf_token": _token(page)})
    assert joined.status_code == 302
