"""In a real browser, text from students, teachers and articles stays text.

A nickname, a classroom name, an article and a question carry <script> and <img onerror> payloads;
the student plays through the room and the teacher opens the pages that show them. On every page:
no dialog opened, nothing was logged as an error (a blocked inline script would be), no element
came out of the payloads, and the payloads are on screen literally, as typed.

The Content-Security-Policy would block an injected inline script on its own; the DOM checks are
what show that the escaping holds without it.
"""

from __future__ import annotations

import hashlib

import pytest

from quizgame.extensions import db
from quizgame.models import Article, Question
from tests.axe import AxeWatch, assert_accessible
from tests.factories import PASSWORD, make_classroom, make_room, make_teacher

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("backend", ["sqlite"], indirect=True)]

SCRIPT = '<script>alert("script")</script>'
IMG = '<img src=x onerror=alert("img")>'
NICKNAME = "<svg/onload=alert()>"  # 20 characters: the longest nickname the room takes
INJECTED = "img[onerror], svg[onload], script:not([src]), [onload], [onerror]"


@pytest.fixture
def hostile_room(app):
    """A room whose every piece of text tries to run code. Returns (room code, room id, classroom id)."""
    with app.app_context():
        body = f"Opening paragraph.\n\nThe mayor said {SCRIPT} and then {IMG} twice.\n\nLast paragraph."
        evidence = f"{SCRIPT} and then {IMG}"
        article = Article(
            slug="hostile",
            outlet=f"Outlet {IMG}",
            headline=f"Headline {SCRIPT}",
            body=body,
            content_hash=hashlib.sha256(body.encode()).hexdigest(),
        )
        question = Question(
            id="q-hostile",
            kind="attribution_type",
            skill="attribution",
            prompt=f"Who said {SCRIPT}?",
            choices=[f"The mayor {IMG}", f"Nobody {SCRIPT}", "A reporter", "An expert"],
            correct=[0],
            explanation=f"Because {IMG} says so.",
            excerpt=f"Excerpt {SCRIPT} {IMG}",
            evidence_article=article,
            evidence_start=body.index(evidence),
            evidence_end=body.index(evidence) + len(evidence),
            evidence_text=evidence,
            status="approved",
        )
        db.session.add_all([article, question])
        db.session.commit()
        classroom = make_classroom(make_teacher(), name=f"Class {SCRIPT}")
        room = make_room(classroom, [question], title=f"Room {IMG}", leaderboard="live", show_explanations=True)
        return room.code, room.id, classroom.id


def assert_inert(watched, *literals: str) -> None:
    """...and the page passes axe: hostile text is ordinary text to assistive technology too."""
    page = watched.page
    assert watched.dialogs == [], f"{page.url}: a payload opened a dialog"
    assert watched.page_errors == [], f"{page.url}: {watched.page_errors}"
    assert watched.console_errors == [], f"{page.url}: {watched.console_errors}"
    assert page.locator(INJECTED).count() == 0, f"{page.url}: a payload became an element"
    text = page.inner_text("body")
    for literal in literals:
        assert literal in text, f"{page.url}: {literal!r} is not shown as text"
    assert_accessible(page)


def test_a_student_sees_every_payload_as_text(served, watched_page, hostile_room):
    code, _, _ = hostile_room
    server = served()
    page = watched_page.page
    axe = AxeWatch(page.context)
    page.goto(server.url(f"/join?code={code}"))
    assert_inert(watched_page, f"Room {IMG}")
    page.fill("input[name=nickname]", NICKNAME)
    page.click("button[type=submit]")
    page.wait_for_url("**/q/1")
    assert_inert(
        watched_page,
        f"Who said {SCRIPT}?",
        f"The mayor {IMG}",
        f"Nobody {SCRIPT}",
        f"{SCRIPT} and then {IMG}",
        f"Headline {SCRIPT}",
    )  # the passage around the evidence, as text
    page.check("input[name=choice][value='0']")
    page.click("button.submit-answer")
    page.wait_for_load_state()
    assert_inert(watched_page, f"Because {IMG} says so.", SCRIPT)
    page.goto(server.url(f"/play/{code}/done"))
    assert_inert(watched_page)
    page.goto(server.url(f"/play/{code}/leaderboard.json"))
    assert NICKNAME in page.inner_text("body")
    assert watched_page.dialogs == []
    axe.assert_all_checked()


def test_a_teacher_sees_every_payload_as_text(app, served, watched_page, hostile_room):
    code, room_id, classroom_id = hostile_room
    server = served()
    page = watched_page.page
    # The student joins first (from a page of their own), so the nickname is on the teacher's pages.
    student = page.context.new_page()
    student.goto(server.url(f"/join?code={code}"))
    student.fill("input[name=nickname]", NICKNAME)
    student.click("button[type=submit]")
    student.wait_for_url("**/q/1")
    student.check("input[name=choice][value='0']")
    student.click("button.submit-answer")
    student.wait_for_load_state()
    student.close()

    axe = AxeWatch(page.context)
    page.goto(server.url("/teacher/login"))
    assert_accessible(page, "log in")
    page.fill("input[name=email]", "teacher@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/teacher/**")
    for path, literals in [
        ("/teacher/", [f"Class {SCRIPT}"]),
        (f"/teacher/classrooms/{classroom_id}", [f"Class {SCRIPT}", f"Room {IMG}"]),
        (f"/teacher/rooms/{room_id}", [f"Room {IMG}", NICKNAME]),
        (f"/teacher/rooms/{room_id}/leaderboard", [NICKNAME]),
        (f"/teacher/rooms/{room_id}/report", [NICKNAME, f"Who said {SCRIPT}?"]),
        (f"/teacher/classrooms/{classroom_id}/report", [NICKNAME]),
    ]:
        page.goto(server.url(path))
        assert_inert(watched_page, *literals)
    axe.assert_all_checked()
