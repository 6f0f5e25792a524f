"""Teachers sign up, log in and out; passwords are stored hashed; bad forms re-render with a message."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from quizgame.accounts import hash_password
from quizgame.extensions import db
from quizgame.models import Teacher
from quizgame.web.auth.routes import SIGNUP_REFUSED
from tests.factories import PASSWORD, make_teacher


def _token(response) -> str:  # type: ignore[no-untyped-def]
    match = re.search(
        r'(?:name="csrf_token" type="hidden" value|name="csrf-token" content)="([^"]+)"',
        response.get_data(as_text=True),
    )
    assert match, "no CSRF token on the page"
    return match.group(1)


def _signup(client, **overrides):
    data = {
        "name": "Ms Rivera",
        "email": "Rivera@School.example",
        "password": "a long password",
        "confirm": "a long password",
        **overrides,
    }
    return client.post("/teacher/signup", data=data)


# What deployments use; the other tests run on the tests' one-round hash (tests/conftest.py).
SCRYPT = {"PASSWORD_HASH_METHOD": "scrypt"}


@pytest.mark.parametrize("app_config", [SCRYPT])
def test_signup_creates_a_teacher_with_a_scrypt_hash_and_logs_them_in(client, app):
    response = _signup(client)
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/teacher/")
    with app.app_context():
        teacher = db.session.scalar(select(Teacher))
        assert teacher.email == "rivera@school.example"
        assert teacher.password_hash.startswith("scrypt:")
        assert "a long password" not in teacher.password_hash
    assert client.get("/teacher/").status_code == 200


def test_signup_with_a_short_password_re_renders_with_the_message_and_keeps_the_input(client, app):
    response = _signup(client, password="short", confirm="short")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Use at least 10 characters." in html
    assert 'value="Ms Rivera"' in html
    with app.app_context():
        assert db.session.scalar(select(Teacher)) is None


def test_signup_refuses_mismatched_passwords_and_a_taken_email_without_saying_it_is_taken(client, app):
    """Finding 8: sign-up said "An account with this e-mail already exists"."""
    assert "The passwords differ." in _signup(client, confirm="another long one").get_data(as_text=True)
    with app.app_context():
        make_teacher(email="rivera@school.example")
    page = _signup(client).get_data(as_text=True)
    assert SIGNUP_REFUSED in page
    assert not re.search(r"already exists|exists already|is taken|registered|in use", page, re.IGNORECASE)
    with app.app_context():
        assert db.session.scalar(select(func.count(Teacher.id))) == 1


def test_signing_up_again_with_the_accounts_own_password_logs_in_like_a_new_account(client, app):
    assert _signup(app.test_client()).status_code == 302  # the account, made in another browser
    again = _signup(client)
    assert again.status_code == 302 and again.headers["Location"].endswith("/teacher/")
    assert client.get("/teacher/").status_code == 200


@pytest.mark.parametrize("app_config", [SCRYPT])
def test_signup_with_a_taken_email_takes_as_long_as_a_new_account(client, app):
    """Finding 8, timing: both cost one password hash, so the time does not tell them apart either."""
    import time

    with app.app_context():
        make_teacher(email="rivera@school.example").password_hash = hash_password(PASSWORD, "scrypt")
        db.session.commit()

    def seconds(email: str) -> float:
        began = time.perf_counter()
        _signup(app.test_client(), email=email)
        return time.perf_counter() - began

    taken = sorted(seconds("rivera@school.example") for _ in range(5))[2]
    new = sorted(seconds(f"new{n}@school.example") for n in range(5))[2]
    assert 0.5 < taken / new < 2, (taken, new)


def test_login_with_the_right_password_opens_the_dashboard(client, app):
    with app.app_context():
        make_teacher(email="t@example.org")
    response = client.post("/teacher/login", data={"email": "T@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert "My classrooms" in client.get("/teacher/").get_data(as_text=True)


def test_login_with_a_wrong_password_re_renders_with_a_message(client, app):
    with app.app_context():
        make_teacher(email="t@example.org")
    response = client.post("/teacher/login", data={"email": "t@example.org", "password": "wrong"})
    assert response.status_code == 200
    assert "do not match an account" in response.get_data(as_text=True)
    assert client.get("/teacher/").status_code == 302


def test_login_follows_a_local_next_but_never_an_external_one(client, app):
    with app.app_context():
        make_teacher(email="t@example.org")
    data = {"email": "t@example.org", "password": PASSWORD}
    assert client.post("/teacher/login?next=/teacher/", data=data).headers["Location"] == "/teacher/"
    client.post("/teacher/logout")
    assert client.post("/teacher/login?next=https://evil.example/", data=data).headers["Location"] == "/teacher/"
    client.post("/teacher/logout")
    assert client.post("/teacher/login?next=//evil.example/", data=data).headers["Location"] == "/teacher/"


def test_teacher_pages_send_a_visitor_to_login(client):
    response = client.get("/teacher/")
    assert response.status_code == 302
    assert "/teacher/login" in response.headers["Location"]


def test_logout_is_a_post_and_ends_the_session(client, app):
    with app.app_context():
        make_teacher(email="t@example.org")
    client.post("/teacher/login", data={"email": "t@example.org", "password": PASSWORD})
    assert client.get("/teacher/logout").status_code == 405
    assert client.post("/teacher/logout").status_code == 302
    assert client.get("/teacher/").status_code == 302


def test_dashboard_has_a_labelled_logout_button(client, app):
    with app.app_context():
        make_teacher(email="t@example.org")
    client.post("/teacher/login", data={"email": "t@example.org", "password": PASSWORD})
    html = client.get("/teacher/").get_data(as_text=True)
    assert 'action="/teacher/logout"' in html
    assert ">Log out</button>" in html


def test_a_session_cookie_copied_before_logout_opens_nothing_after_it(app):
    """Finding 11: a cookie captured before logout still opened the dashboard after it."""
    with app.app_context():
        make_teacher("ada@example.org")
    browser = app.test_client()
    assert browser.post("/teacher/login", data={"email": "ada@example.org", "password": PASSWORD}).status_code == 302
    stolen = app.test_client()
    with browser.session_transaction() as original, stolen.session_transaction() as copy:
        copy.update(dict(original))
    assert stolen.get("/teacher/").status_code == 200
    browser.post("/teacher/logout")
    assert stolen.get("/teacher/").status_code == 302  # to the login page
    assert browser.post("/teacher/login", data={"email": "ada@example.org", "password": PASSWORD}).status_code == 302
    assert browser.get("/teacher/").status_code == 200  # a new login works as before


@pytest.mark.parametrize("app_config", [{"WTF_CSRF_ENABLED": True}])
def test_a_csrf_token_from_before_login_is_refused_after_it(app, app_config):
    """Finding 11: a CSRF token read before login (e.g. by whoever planted the session) kept working."""
    with app.app_context():
        make_teacher("ada@example.org")
    client = app.test_client()
    before = _token(client.get("/teacher/login"))
    assert (
        client.post(
            "/teacher/login", data={"email": "ada@example.org", "password": PASSWORD, "csrf_token": before}
        ).status_code
        == 302
    )
    refused = client.post("/teacher/classrooms", data={"name": "Period 1", "csrf_token": before})
    assert refused.status_code == 400
    after = _token(client.get("/teacher/"))
    assert after != before


@pytest.mark.parametrize(
    "password", ["aaaaaaaaaa", "1234567890", "rivera@school.example", "password123", "qwertyuiop", "abababababab"]
)
def test_signup_refuses_a_common_or_patterned_password_or_the_email_itself(client, app, password):
    """Finding 15: `aaaaaaaaaa`, `1234567890` and the e-mail itself passed the 10-character rule."""
    response = _signup(client, password=password, confirm=password)
    assert response.status_code == 200
    assert "choose another" in response.get_data(
        as_text=True
    ) or "e-mail address in your password" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(Teacher)) is None


@pytest.mark.parametrize("app_config", [SCRYPT])
def test_a_wrong_password_and_an_unknown_email_take_about_as_long(client, app):
    """Finding 8: a wrong password for an existing account took 106 ms, an unknown e-mail 7 ms."""
    import time

    with app.app_context():
        make_teacher("ada@example.org").password_hash = hash_password(PASSWORD, "scrypt")
        db.session.commit()

    def seconds(email: str) -> float:
        began = time.perf_counter()
        assert client.post("/teacher/login", data={"email": email, "password": "not the password"}).status_code == 200
        return time.perf_counter() - began

    known = sorted(seconds("ada@example.org") for _ in range(5))[2]
    unknown = sorted(seconds(f"nobody{n}@example.org") for n in range(5))[2]
    assert 0.5 < unknown / known < 2, (known, unknown)
