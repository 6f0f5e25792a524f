"""A teacher's first week, in real Chromium: a student who changes device gets their own seat back
with a rejoin code, and removing a student asks first and keeps their answers in the report."""

from __future__ import annotations

import re

import pytest

from quizgame import create_app
from quizgame.extensions import db
from quizgame.models import Question
from tests.factories import PASSWORD, load_demo_content, make_classroom, make_room, make_teacher

pytestmark = pytest.mark.browser

ATTRIBUTION = "q-5b275c75c1"
LOADED_WORD = "q-b882700ba6"


@pytest.fixture
def room(database_file: str) -> tuple[str, int]:
    app = create_app({"DATABASE_URL": database_file, "SECRET_KEY": "browser-test-secret"})
    with app.app_context():
        load_demo_content()
        questions = [db.session.get(Question, qid) for qid in (ATTRIBUTION, LOADED_WORD)]
        found = make_room(make_classroom(make_teacher()), questions)
        code, room_id = found.code, found.id
        db.engine.dispose()
    return code, room_id


def _log_in(page, server: str) -> None:
    page.goto(f"{server}/teacher/login")
    page.get_by_label("E-mail").fill("teacher@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/teacher/?$"))


def _join_and_answer_the_first_question(page, server: str, code: str, name: str) -> None:
    page.goto(f"{server}/join?code={code}")
    page.get_by_label("Nickname").fill(name)
    page.get_by_role("button", name="Join").click()
    page.wait_for_url(re.compile(r"/q/1$"))
    page.get_by_label("It is not attributed at all").check()
    page.get_by_role("button", name="Submit").click()
    page.wait_for_selector("text=Right")


def test_a_student_on_a_new_device_gets_their_seat_and_points_back(server, browser, room):
    code, room_id = room
    laptop = browser.new_context().new_page()
    _join_and_answer_the_first_question(laptop, server, code, "Nikolai")

    # The laptop's battery dies; on a phone the name is taken.
    phone = browser.new_context(viewport={"width": 375, "height": 740}).new_page()
    phone.goto(f"{server}/join?code={code}")
    phone.get_by_label("Nickname").fill("Nikolai")
    phone.get_by_role("button", name="Join").click()
    assert "ask your teacher for a rejoin code" in phone.text_content(".form-errors")

    teacher = browser.new_context().new_page()
    _log_in(teacher, server)
    teacher.goto(f"{server}/teacher/rooms/{room_id}")
    teacher.get_by_role("button", name="Give Nikolai a rejoin code for another device").click()
    rejoin_code = teacher.text_content(".rejoin-code strong").strip()
    assert re.fullmatch(r"[A-Z0-9]{6}", rejoin_code)

    # The rejoin form is open because the name was refused; it works without any script.
    phone.get_by_label("Rejoin code from your teacher").fill(rejoin_code.lower())
    phone.get_by_role("button", name="Rejoin").click()
    phone.wait_for_url(re.compile(r"/q/2$"))
    phone.goto(f"{server}/play/{code}/q/1")
    assert "It is not attributed at all" in phone.text_content("main")  # the answer from the laptop

    # The code worked once: the same code on a third browser is refused.
    third = browser.new_context().new_page()
    third.goto(f"{server}/join?code={code}")
    third.get_by_text("Already played on another device?").click()
    third.get_by_label("Rejoin code from your teacher").fill(rejoin_code)
    third.get_by_role("button", name="Rejoin").click()
    assert "That rejoin code is not right" in third.text_content("main")


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_remove_asks_first_and_the_report_keeps_the_answers(server, browser, room, javascript):
    code, room_id = room
    student = browser.new_context().new_page()
    _join_and_answer_the_first_question(student, server, code, "Sam")
    teacher = browser.new_context(java_script_enabled=javascript).new_page()
    _log_in(teacher, server)
    teacher.goto(f"{server}/teacher/rooms/{room_id}")

    teacher.get_by_role("link", name="Remove Sam from the room").click()
    assert teacher.get_by_role("heading", level=1).text_content().startswith("Remove Sam from")
    teacher.get_by_role("link", name="Cancel, keep them in").click()
    assert "Sam" in teacher.text_content("#players-list")  # cancelling removed no one

    teacher.get_by_role("link", name="Remove Sam from the room").click()
    teacher.get_by_role("button", name="Remove Sam").click()
    assert "Their answers stay in the reports" in teacher.text_content("main")
    assert "Sam" in teacher.text_content("#removed-list")
    student.goto(f"{server}/play/{code}")
    assert "/join" in student.url

    teacher.goto(f"{server}/teacher/rooms/{room_id}/report")
    row = teacher.get_by_role("row", name=re.compile("Sam removed")).first.text_content()
    assert re.search(r"Sam\s+removed\s+1000\s+1\s+1\s+100%", " ".join(row.split()))


def test_from_the_report_and_leaderboard_the_teacher_finds_the_way_back(server, browser, room):
    code, room_id = room
    teacher = browser.new_context().new_page()
    _log_in(teacher, server)
    teacher.goto(f"{server}/teacher/rooms/{room_id}")
    teacher.get_by_role("link", name="Report", exact=True).click()
    assert teacher.get_by_role("navigation", name="Teacher").is_visible()
    teacher.get_by_role("link", name=re.compile("Back to the room")).click()
    teacher.wait_for_url(re.compile(rf"/teacher/rooms/{room_id}$"))
    teacher.get_by_role("link", name="Leaderboard", exact=True).click()
    teacher.get_by_role("navigation", name="Teacher").get_by_role("link", name="My classrooms").click()
    teacher.wait_for_url(re.compile(r"/teacher/?$"))

    # The menu's links and the Log out button sit on one line.
    tops = teacher.evaluate(
        "[...document.querySelectorAll('.site-header nav li')].map(li => Math.round(li.firstElementChild.getBoundingClientRect().top + li.firstElementChild.getBoundingClientRect().height / 2))"
    )
    assert max(tops) - min(tops) <= 2, tops

    missing = teacher.goto(f"{server}/teacher/rooms/999999")
    assert missing.status == 404
    assert teacher.get_by_role("heading", name="This page is not here").is_visible()
    teacher.get_by_role("link", name="My classrooms (teachers)").click()
    teacher.wait_for_url(re.compile(r"/teacher/?$"))


def test_a_printed_report_shows_the_figures_without_the_controls(server, browser, room):
    code, room_id = room
    student = browser.new_context().new_page()
    _join_and_answer_the_first_question(student, server, code, "Sam")
    teacher = browser.new_context().new_page()
    _log_in(teacher, server)
    teacher.goto(f"{server}/teacher/rooms/{room_id}/report")
    teacher.emulate_media(media="print")
    assert not teacher.get_by_role("navigation", name="Teacher").is_visible()
    assert teacher.get_by_role("row", name=re.compile("Sam")).first.is_visible()
    overflow = teacher.evaluate("getComputedStyle(document.querySelector('.table-scroll')).overflowX")
    assert overflow == "visible"


def test_the_report_charts_keep_every_label_inside_the_chart(server, browser, room):
    code, room_id = room
    student = browser.new_context().new_page()
    _join_and_answer_the_first_question(student, server, code, "Sam")
    teacher = browser.new_context().new_page()
    _log_in(teacher, server)
    teacher.goto(f"{server}/teacher/rooms/{room_id}/report")
    lefts = teacher.evaluate("[...document.querySelectorAll('svg .chart-label')].map(t => t.getBBox().x)")
    assert lefts and min(lefts) >= 0, lefts
