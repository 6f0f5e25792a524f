"""A class of 30 in real Chromium, run by a teacher who never touches the database (issue 16's
"Done when"): the teacher signs up, makes a classroom and a self-paced room through the pages; 30
students, each in their own browser context, join from the room's link and answer every question;
the teacher watches them finish, closes the room and downloads the answers. Every answer in the CSV
is the one its student saw on their feedback page, with the same points, and each student's results
page keeps the same answers."""

from __future__ import annotations

import asyncio
import csv
import io
import re

import pytest

from quizgame import create_app
from quizgame.extensions import db
from tests import chromium
from tests.factories import load_demo_content

pytestmark = pytest.mark.browser

STUDENTS = 30
QUESTIONS = 3
PASSWORD = "a quiet harbour at dawn"
AT_ONCE = 6  # students playing at the same moment


@pytest.fixture
def content_only(database_file: str) -> None:
    """The app's own demo articles and questions, as `quizgame content load` puts them: no teacher,
    no classroom, no room."""
    app = create_app({"DATABASE_URL": database_file, "SECRET_KEY": "browser-test-secret"})
    with app.app_context():
        load_demo_content()
        db.engine.dispose()


async def _teacher_makes_a_room(page, server: str) -> str:  # type: ignore[no-untyped-def]
    await page.goto(f"{server}/teacher/signup")
    await page.get_by_label("Your name").fill("Ms Rivera")
    await page.get_by_label("E-mail").fill("rivera@school.example")
    await page.get_by_label("Password", exact=True).fill(PASSWORD)
    await page.get_by_label("Repeat the password").fill(PASSWORD)
    await page.get_by_role("button", name="Create account").click()
    await page.get_by_label("Classroom name").fill("Period 4")
    await page.get_by_role("button", name="Create classroom").click()
    await page.get_by_role("link", name=re.compile("New room")).click()
    await page.get_by_label("Room title").fill("Who is talking?")
    await page.locator("input[name=count]").fill(str(QUESTIONS))
    await page.get_by_role("button", name="Create room").click()
    await page.wait_for_url(re.compile(r"/teacher/rooms/\d+$"))
    return await page.locator(".join-panel a[href*='/join']").first.get_attribute("href")


# One round trip for what the question page shows, one for what the feedback page shows (each
# locator read is a trip pytest -> Playwright's driver -> Chromium and back).
QUESTION_SHOWN = """() => ({
  prompt: document.querySelector("h1.prompt").innerText.trim(),
  choices: [...document.querySelectorAll("input[name=choice]")].map((input) => input.id),
})"""
FEEDBACK_SHOWN = """() => ({
  shown: document.querySelector(".answer-recap dd").innerText.trim(),
  points: document.querySelector(".result .points strong").innerText.trim(),
})"""


async def _answer(page, student: int, number: int) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    """Pick one choice (a different one for different students), submit, and read back what the
    feedback page says: the prompt, the answer as shown and the points."""
    question = await page.evaluate(QUESTION_SHOWN)
    prompt, choices = question["prompt"], question["choices"]
    assert len(choices) >= 2, prompt
    choice_id = choices[(student + number) % len(choices)]
    await page.locator(f"label[for='{choice_id}']").click()
    await page.get_by_role("button", name="Submit answer").click()
    await page.wait_for_selector(".answer-recap")
    feedback = await page.evaluate(FEEDBACK_SHOWN)
    return prompt, feedback["shown"], feedback["points"]


async def _student_plays(browser, join_url: str, index: int) -> dict[tuple[str, str], tuple[str, str]]:  # type: ignore[no-untyped-def]
    """One student on their own phone: joins, answers every question, and checks that their results
    page keeps the answers their feedback pages showed. Returns what they saw."""
    name = f"Student {index + 1:02d}"
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    context = await browser.new_context(viewport={"width": 390, "height": 800})
    try:
        page = await context.new_page()
        await page.goto(join_url)
        await page.get_by_label("Nickname").fill(name)
        await page.get_by_role("button", name="Join").click()
        await page.wait_for_url(re.compile(r"/q/1$"))
        for number in range(1, QUESTIONS + 1):
            if number > 1:
                await page.get_by_role("link", name="Next question").click()
                await page.wait_for_url(re.compile(rf"/q/{number}$"))
            prompt, shown, points = await _answer(page, index, number)
            seen[(name, prompt)] = (shown, points)
        await page.get_by_role("link", name="See my results").click()
        review = await page.locator(".review-list").inner_text()
        for (_, prompt), (shown, _) in seen.items():
            # The recap joins several answers with ", ", the review with "; "; a single
            # answer may hold a comma of its own ("Unnamed observers, as reported by ...").
            assert prompt in review and (shown in review or shown.replace(", ", "; ") in review), (name, prompt)
    finally:
        await context.close()
    return seen


async def _the_class_plays(browser, join_url: str) -> dict[tuple[str, str], tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The students play at once, as a class does, at most AT_ONCE phones open at a time (the test's
    wall time is round trips waiting their turn; several students fill each other's waits)."""
    gate = asyncio.Semaphore(AT_ONCE)

    async def one(index: int) -> dict[tuple[str, str], tuple[str, str]]:
        async with gate:
            return await _student_plays(browser, join_url, index)

    seen: dict[tuple[str, str], tuple[str, str]] = {}
    for student_seen in await asyncio.gather(*(one(index) for index in range(STUDENTS))):
        seen.update(student_seen)
    return seen


async def _teacher_checks(teacher, server: str, room_page: str, seen) -> None:  # type: ignore[no-untyped-def]
    await teacher.goto(room_page)
    status = (await teacher.locator("#players-status").inner_text()).strip()
    assert status == f"{STUDENTS} players joined, {STUDENTS} finished."

    await teacher.get_by_role("button", name="Close room").click()
    await teacher.wait_for_selector("text=Reopen room")
    export = await teacher.get_by_role("link", name="Answers (CSV)").get_attribute("href")
    response = await teacher.request.get(f"{server}{export}")
    assert response.ok
    rows = list(csv.DictReader(io.StringIO((await response.text()).lstrip("\ufeff"))))
    assert len(rows) == STUDENTS * QUESTIONS
    assert len({row["nickname"] for row in rows}) == STUDENTS
    matched = sum(
        seen[(row["nickname"], row["question"])] == (row["chosen answer"].replace("; ", ", "), row["points"])
        for row in rows
    )
    assert matched == STUDENTS * QUESTIONS  # every answer as its student saw it

    await teacher.get_by_role("link", name="Leaderboard").click()
    assert await teacher.locator("table tbody tr").count() == STUDENTS
    await teacher.go_back()
    await teacher.get_by_role("link", name="Report").click()
    assert await teacher.get_by_role("heading", name=re.compile("Question 1")).count() == 1


async def _a_class_of_thirty(server: str) -> None:
    async with chromium.launched_async() as browser:
        teacher = await (await browser.new_context()).new_page()
        join_url = await _teacher_makes_a_room(teacher, server)
        room_page = teacher.url
        seen = await _the_class_plays(browser, join_url)
        assert len(seen) == STUDENTS * QUESTIONS
        await _teacher_checks(teacher, server, room_page, seen)


def test_thirty_students_play_a_room_the_teacher_made_through_the_pages(server, content_only):  # type: ignore[no-untyped-def]
    # Playwright's async API, so that students can wait on the server at the same time; its own
    # Chromium (the module's sync one would hold this thread's event loop).
    asyncio.run(_a_class_of_thirty(server))
