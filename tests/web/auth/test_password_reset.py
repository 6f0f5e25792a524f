"""A teacher who forgot their password gets an e-mailed link when a mail server is configured
(issue 16, "what teachers expect"). The mail goes through smtplib to a real SMTP server (aiosmtpd)
started by the test; the link is a signed token that expires and works once."""

from __future__ import annotations

import email
import re
import socket
from collections.abc import Iterator
from email import policy
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from quizgame.extensions import db
from quizgame.models import Teacher
from tests.factories import PASSWORD, make_teacher

NEW_PASSWORD = "harbour lights at seven"


class Inbox:
    """aiosmtpd handler: every message the server accepted."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))  # type: ignore[arg-type]
        return "250 Message accepted"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    handler, port = Inbox(), _free_port()
    server = Controller(handler, hostname="127.0.0.1", port=port)
    server.start()
    try:
        yield handler, port
    finally:
        server.stop()


@pytest.fixture
def app_config(inbox: tuple[Inbox, int]) -> dict[str, Any]:
    return {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": inbox[1], "MAIL_FROM": "quizgame@school.example"}


@pytest.fixture
def teacher_email(app) -> str:  # type: ignore[no-untyped-def]
    with app.app_context():
        return make_teacher("rivera@school.example").email


def _link(message: email.message.EmailMessage) -> str:
    body = message.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    found = re.search(r"http://localhost(/teacher/reset/\S+)", body)
    assert found, body
    return found.group(1)


def _can_log_in(client, password: str) -> bool:  # type: ignore[no-untyped-def]
    response = client.post("/teacher/login", data={"email": "rivera@school.example", "password": password})
    return response.status_code == 302


def test_the_emailed_link_sets_a_new_password_once(client, app, inbox, teacher_email):
    handler, _ = inbox
    asked = client.post("/teacher/forgot", data={"email": "Rivera@School.example"}, follow_redirects=True)
    assert "a link to choose a new password is on its way" in asked.get_data(as_text=True)
    [message] = handler.messages
    assert (message["To"], message["From"], message["Subject"]) == (
        teacher_email,
        "quizgame@school.example",
        "Your quizgame password",
    )
    link = _link(message)

    form = client.get(link)
    assert form.status_code == 200 and "Choose a new password" in form.get_data(as_text=True)
    weak = client.post(link, data={"password": "rivera@school.example", "confirm": "rivera@school.example"})
    assert weak.status_code == 200 and "Do not use your e-mail address" in weak.get_data(as_text=True)
    saved = client.post(link, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert saved.status_code == 302 and saved.headers["Location"].endswith("/teacher/login")

    assert not _can_log_in(app.test_client(), PASSWORD)
    assert _can_log_in(app.test_client(), NEW_PASSWORD)
    again = client.get(link)
    assert again.status_code == 400 and "This link no longer works" in again.get_data(as_text=True)


def test_an_unknown_email_gets_the_same_answer_and_no_mail(client, inbox):
    handler, _ = inbox
    asked = client.post("/teacher/forgot", data={"email": "nobody@school.example"}, follow_redirects=True)
    assert "a link to choose a new password is on its way" in asked.get_data(as_text=True)
    assert handler.messages == []


def test_an_expired_or_altered_link_is_refused(client, app, inbox, teacher_email):
    handler, _ = inbox
    client.post("/teacher/forgot", data={"email": teacher_email})
    link = _link(handler.messages[0])
    assert client.get(link[:-2] + ("AA" if not link.endswith("AA") else "BB")).status_code == 400
    app.config["PASSWORD_RESET_MAX_AGE"] = -1  # every token is older than this
    assert client.post(link, data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD}).status_code == 400
    assert _can_log_in(app.test_client(), PASSWORD)


def test_a_reset_ends_the_sessions_logged_in_before(client, app, inbox, teacher_email):
    handler, _ = inbox
    elsewhere = app.test_client()
    assert _can_log_in(elsewhere, PASSWORD)
    assert elsewhere.get("/teacher/").status_code == 200
    client.post("/teacher/forgot", data={"email": teacher_email})
    client.post(_link(handler.messages[0]), data={"password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert elsewhere.get("/teacher/").status_code == 302  # back to the log-in page


def test_one_address_gets_at_most_three_mails_an_hour(client, inbox, teacher_email):
    handler, _ = inbox
    answers = [client.post("/teacher/forgot", data={"email": teacher_email}).status_code for _ in range(4)]
    assert answers == [302, 302, 302, 429]
    assert len(handler.messages) == 3


def test_a_mail_server_that_does_not_answer_is_said_plainly(client, app, teacher_email):
    app.config["SMTP_PORT"] = _free_port()  # nothing listens there
    response = client.post("/teacher/forgot", data={"email": teacher_email})
    assert response.status_code == 503
    assert "The e-mail could not be sent just now" in response.get_data(as_text=True)


def test_the_login_page_links_to_the_reset(client):
    page = client.get("/teacher/login").get_data(as_text=True)
    assert 'href="/teacher/forgot"' in page and "Forgot your password?" in page


class TestWithoutAMailServer:
    @pytest.fixture
    def app_config(self) -> dict[str, Any]:
        return {"SMTP_HOST": None}

    def test_the_page_says_who_can_reset_the_password(self, client, app, teacher_email):
        page = client.get("/teacher/forgot").get_data(as_text=True)
        assert "quizgame teacher reset-password your@email" in page and 'name="email"' not in page
        client.post("/teacher/forgot", data={"email": teacher_email})
        with app.app_context():
            assert db.session.scalar(select(Teacher.session_version)) == 0  # nothing happened
