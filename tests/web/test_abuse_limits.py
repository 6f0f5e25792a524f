"""Abuse limits on the real routes: logins, joins, join-code guessing and answers are bounded per
client (or per account, or per player), and an answer is stored once, for the current question only.

The limits come from app.config; these tests set them low. The counters are in the database,
so what one test client spends, another client (another worker) sees.
"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from quizgame.extensions import db
from quizgame.models import Answer, Player
from tests.factories import PASSWORD, make_classroom, make_question, make_room, make_teacher


@pytest.fixture
def app_config():
    return {
        "RATELIMIT_LOGIN": "3 per minute",
        "RATELIMIT_LOGIN_ACCOUNT": "4 per minute",
        "RATELIMIT_JOIN": "3 per minute",
        "RATELIMIT_JOIN_CODE_FAILURES": "3 per 10 minutes",
        "RATELIMIT_ANSWER": "4 per minute",
    }


@pytest.fixture
def code(app) -> str:
    with app.app_context():
        questions = [make_question(f"limit-{n}") for n in range(3)]
        return make_room(make_classroom(make_teacher()), questions).code


def _from(address: str) -> dict[str, dict[str, str]]:
    return {"environ_base": {"REMOTE_ADDR": address}}


def _answer_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Answer))


def test_logins_from_one_address_are_limited_even_with_the_right_password(app, client):
    with app.app_context():
        make_teacher("ada@example.org")
    for _ in range(3):
        assert client.post("/teacher/login", data={"email": "ada@example.org", "password": "wrong"}).status_code == 200
    refused = client.post("/teacher/login", data={"email": "ada@example.org", "password": PASSWORD})
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) >= 1
    assert b"Please wait" in refused.data
    other_address = client.post("/teacher/login", data={"email": "ada@example.org", "password": PASSWORD}, **_from("198.51.100.9"))
    assert other_address.status_code == 302


def test_one_account_cannot_be_guessed_at_from_many_addresses(app, client):
    with app.app_context():
        make_teacher("ada@example.org")
    for n in range(4):
        client.post("/teacher/login", data={"email": "Ada@Example.org", "password": "wrong"}, **_from(f"198.51.100.{n}"))
    refused = client.post("/teacher/login", data={"email": "ada@example.org", "password": PASSWORD}, **_from("198.51.100.50"))
    assert refused.status_code == 429
    other_account = client.post("/teacher/login", data={"email": "bob@example.org", "password": "x"}, **_from("198.51.100.51"))
    assert other_account.status_code == 200


def test_showing_the_login_page_is_not_counted(client):
    assert all(client.get("/teacher/login").status_code == 200 for _ in range(6))


def test_joins_from_one_address_are_limited(client, code):
    for n in range(3):
        assert client.post("/join", data={"code": code, "nickname": f"Kid {n}"}).status_code in (302, 400)
    refused = client.post("/join", data={"code": code, "nickname": "Kid 9"})
    assert refused.status_code == 429
    with client.application.app_context():
        assert db.session.scalar(select(func.count()).select_from(Player)) <= 3


def test_guessing_join_codes_runs_out_of_tries(client, code):
    for guess in ("AAAAAA", "BBBBBB", "CCCCCC"):
        assert client.get("/join", query_string={"code": guess}).status_code == 404
    # The allowance is spent: even the right code waits, by GET or by POST.
    assert client.get("/join", query_string={"code": code}).status_code == 429
    assert client.post("/join", data={"code": code, "nickname": "Sam"}).status_code == 429
    # Another address (another school) is not affected.
    assert client.get("/join", query_string={"code": code}, **_from("203.0.113.5")).status_code == 200


def test_right_codes_do_not_count_as_guesses(client, code):
    for _ in range(5):
        assert client.get("/join", query_string={"code": code}).status_code == 200
    assert client.get("/join", query_string={"code": "AAAAAA"}).status_code == 404


def test_answers_are_limited_per_player_not_per_address(app, code):
    first, second = app.test_client(), app.test_client()
    first.post("/join", data={"code": code, "nickname": "Ann"})
    second.post("/join", data={"code": code, "nickname": "Ben"})
    for _ in range(4):
        first.post(f"/play/{code}/q/1", data={})
    assert first.post(f"/play/{code}/q/1", data={"choice": "0"}).status_code == 429
    second.get(f"/play/{code}/q/1")
    assert second.post(f"/play/{code}/q/1", data={"choice": "0"}).status_code == 302


def test_a_double_submitted_answer_is_stored_once(app, client, code):
    client.post("/join", data={"code": code, "nickname": "Sam"})
    client.get(f"/play/{code}/q/1")
    assert client.post(f"/play/{code}/q/1", data={"choice": "0"}).status_code == 302
    again = client.post(f"/play/{code}/q/1", data={"choice": "1"})
    assert again.status_code == 200  # the stored answer's feedback, unchanged
    with app.app_context():
        assert db.session.scalars(select(Answer.chosen)).all() == [[0]]


def test_answers_sent_at_the_same_moment_from_two_tabs_store_one(app, client, code):
    client.post("/join", data={"code": code, "nickname": "Sam"})
    client.get(f"/play/{code}/q/1")
    tabs = [app.test_client() for _ in range(4)]
    with client.session_transaction() as session:
        cookie = dict(session)
    for tab in tabs:
        with tab.session_transaction() as session:
            session.update(cookie)
    barrier = threading.Barrier(len(tabs))
    statuses: list[int] = []

    def submit(tab, choice: int) -> None:  # type: ignore[no-untyped-def]
        barrier.wait()
        statuses.append(tab.post(f"/play/{code}/q/1", data={"choice": str(choice)}).status_code)

    threads = [threading.Thread(target=submit, args=(tab, n)) for n, tab in enumerate(tabs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(statuses) == len(tabs) and set(statuses) <= {200, 302}
    with app.app_context():
        assert _answer_count() == 1


@pytest.mark.parametrize("number", [2, 3])
def test_an_answer_to_a_question_that_is_not_the_current_one_is_refused(app, client, code, number):
    client.post("/join", data={"code": code, "nickname": "Sam"})
    client.get(f"/play/{code}/q/1")
    response = client.post(f"/play/{code}/q/{number}", data={"choice": "0"})
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/play/{code}")
    with app.app_context():
        assert _answer_count() == 0


def test_an_answer_to_a_question_outside_the_room_is_not_found(app, client, code):
    client.post("/join", data={"code": code, "nickname": "Sam"})
    assert client.post(f"/play/{code}/q/4", data={"choice": "0"}).status_code == 404
    assert client.post(f"/play/{code}/q/0", data={"choice": "0"}).status_code == 404
    with app.app_context():
        assert _answer_count() == 0
