"""A class of 30 in real Chromium, run by a teacher who never touches the database (issue 16's
"Done when"): the teacher signs up, makes a classroom and a self-paced room through the pages; 30
students, each in their own browser context, join from the room's link and answer every question;
the teacher watches them finish, closes the room and downloads the answers. Every answer in the CSV
is the one its student saw on their feedback page, with the same points, and each student's results
page keeps the same answers."""

from __future__ import annotations

import csv
import io
import re

import pytest

from quizgame import create_app
from quizgame.extensions import db
from tests.factories import load_demo_content

pytestmark = pytest.mark.browser

STUDENTS = 30
QUESTIONS = 3
PASSWORD = "a quiet harbour at dawn"


@pytest.fixture
def content_only(database_file: str) -> None:
    """The app's own demo articles and questions, as `quizgame content load` puts them: no teacher,
    no classroom, no room."""
    app = create_app({"DATABASE_URL": database_file, "SECRET_KEY": "browser-test-secret"})
    with app.app_context():
        load_demo_content()
        db.engine.dispose()


def _teacher_makes_a_room(page, server: str) -> str:  # type: ignore[no-untyped-def]
    page.goto(f"{server}/teacher/signup")
    page.get_by_label("Your name").fill("Ms Rivera")
    page.get_by_label("E-mail").fill("rivera@school.example")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.get_by_label("Classroom name").fill("Period 4")
    page.get_by_role("button", name="Create classroom").click()
    page.get_by_role("link", name=re.compile("New room")).click()
    page.get_by_label("Room title").fill("Who is talking?")
    page.locator("input[name=count]").fill(str(QUESTIONS))
    page.get_by_role("button", name="Create room").click()
    page.wait_for_url(re.compile(r"/teacher/rooms/\d+$"))
    return page.locator(".join-panel a[href*='/join']").first.get_attribute("href")


def _answer(page, student: int, number: int) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    """Pick one choice (a different one for different students), submit, and read back what the
    feedback page says: the prompt, the answer as shown and the points."""
    prompt = page.locator("h1.prompt").inner_text().strip()
    inputs = page.locator("input[name=choice]")
    count = inputs.count()
    assert count >= 2, prompt
    choice_id = inputs.nth((student + number) % count).get_attribute("id")
    page.locator(f"label[for='{choice_id}']").click()
    page.get_by_role("button", name="Submit answer").click()
    page.wait_for_selector(".answer-recap")
    shown = page.locator(".answer-recap dd").first.inner_text().strip()
    points = page.locator(".result .points strong").inner_text().strip()
    return prompt, shown, points


def test_thirty_students_play_a_room_the_teacher_made_through_the_pages(server, browser, content_only):  # type: ignore[no-untyped-def]
    teacher = browser.new_context().new_page()
    join_url = _teacher_makes_a_room(teacher, server)
    room_page = teacher.url

    # Students arrive one after another, each on their own clock and phone, and keep a results page
    # with the answers their feedback pages showed. (One at a time keeps 30 contexts cheap on a
    # small machine; the server sees them as it sees a class.)
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    for index in range(STUDENTS):
        name = f"Student {index + 1:02d}"
        context = browser.new_context(viewport={"width": 390, "height": 800})
        page = context.new_page()
        page.goto(join_url)
        page.get_by_label("Nickname").fill(name)
        page.get_by_role("button", name="Join").click()
        page.wait_for_url(re.compile(r"/q/1$"))
        for number in range(1, QUESTIONS + 1):
            if number > 1:
                page.get_by_role("link", name="Next question").click()
                page.wait_for_url(re.compile(rf"/q/{number}$"))
            prompt, shown, points = _answer(page, index, number)
            seen[(name, prompt)] = (shown, points)
        page.get_by_role("link", name="See my results").click()
        review = page.locator(".review-list").inner_text()
        for (who, prompt), (shown, _) in seen.items():
            if who == name:
                # The recap joins several answers with ", ", the review with "; "; a single
                # answer may hold a comma of its own ("Unnamed observers, as reported by ...").
                assert prompt in review and (shown in review or shown.replace(", ", "; ") in review), (name, prompt)
        context.close()

    teacher.goto(room_page)
    assert teacher.locator("#players-status").inner_text().strip() == f"{STUDENTS} players joined, {STUDENTS} finished."

    teacher.get_by_role("button", name="Close room").click()
    teacher.wait_for_selector("text=Reopen room")
    export = teacher.get_by_role("link", name="Answers (CSV)").get_attribute("href")
    response = teacher.request.get(f"{server}{export}")
    assert response.ok
    rows = list(csv.DictReader(io.StringIO(response.text().lstrip("\ufeff"))))
    assert len(rows) == STUDENTS * QUESTIONS
    assert len({row["nickname"] for row in rows}) == STUDENTS
    matched = sum(
        seen[(row["nickname"], row["question"])] == (row["chosen answer"].replace("; ", ", "), row["points"])
        for row in rows
    )
    assert matched == STUDENTS * QUESTIONS  # every answer as its student saw it

    teacher.get_by_role("link", name="Leaderboard").click()
    assert teacher.locator("table tbody tr").count() == STUDENTS
    teacher.go_back()
    teacher.get_by_role("link", name="Report").click()
    assert teacher.get_by_role("heading", name=re.compile("Question 1")).count() == 1
