"""The rate limits from quizgame.web.common.limits guard logins, join codes and answers."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from quizgame.extensions import db
from quizgame.models import Answer, RoomQuestion
from tests.factories import PASSWORD, make_classroom, make_room, make_teacher


@pytest.fixture
def app_config():
    # Day-long windows: the windows are fixed, so a test that crossed a minute's boundary under
    # load would see its count start again (CI failed so once).
    return {
        "RATELIMIT_LOGIN_ACCOUNT": "2 per day",
        "RATELIMIT_JOIN_CODE_FAILURES": "2 per day",
        "RATELIMIT_ANSWER": "3 per day",
    }


def test_wrong_passwords_for_one_account_are_limited_whatever_the_address(client, app):
    with app.app_context():
        make_teacher(email="t@example.org")
    wrong = {"email": "t@example.org", "password": "guess"}
    assert [client.post("/teacher/login", data=wrong).status_code for _ in range(2)] == [200, 200]
    refused = app.test_client().post(
        "/teacher/login",
        data={"email": "t@example.org", "password": PASSWORD},
        environ_base={"REMOTE_ADDR": "10.0.0.9"},
    )
    assert refused.status_code == 429 and "Retry-After" in refused.headers


def test_guessing_join_codes_is_limited_but_right_codes_are_not_counted(client, app):
    with app.app_context():
        code = make_room(make_classroom(make_teacher())).code
    assert client.get(f"/join?code={code}").status_code == 200
    assert [client.get("/join?code=ZZZZZ2").status_code for _ in range(2)] == [404, 404]
    assert client.get(f"/join?code={code}").status_code == 429


def test_answers_are_limited_per_browser(client, app):
    with app.app_context():
        code = make_room(make_classroom(make_teacher())).code
    client.post("/join", data={"code": code, "nickname": "Sam"})
    client.get(f"/play/{code}/q/1")
    statuses = [client.post(f"/play/{code}/q/1", data={}).status_code for _ in range(4)]
    assert statuses == [400, 400, 400, 429]


def test_an_answer_over_the_limit_is_refused_and_stores_nothing(client, app):
    with app.app_context():
        code = make_room(make_classroom(make_teacher())).code
    client.post("/join", data={"code": code, "nickname": "Sam"})
    client.get(f"/play/{code}/q/1")
    assert [client.post(f"/play/{code}/q/1", data={}).status_code for _ in range(2)] == [400, 400]
    assert client.post(f"/play/{code}/q/1", data={"choice": "0"}).status_code == 302  # the third counts
    client.get(f"/play/{code}/q/2")
    assert client.post(f"/play/{code}/q/2", data={"choice": "0"}).status_code == 429
    with app.app_context():
        stored = db.session.scalars(select(Answer.question_id)).all()
        first = db.session.scalar(select(RoomQuestion.question_id).where(RoomQuestion.position == 0))
    assert stored == [first]  # the refused answer was counted before anything was written
