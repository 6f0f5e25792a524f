"""Every page of the app passes axe, not only those the other browser tests happen to visit: a teacher
with a played room, a roster and an imported set of questions follows every link the app offers
(one page per route shape), and the forms' error states (a bad log-in, a bad sign-up, a bad file, a
bad code) are checked too, as are the 404, 429 and 500 pages. Each page is checked at 320 px and
1280 px; the failures of all pages are gathered and reported together."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from flask import render_template
from playwright.sync_api import Error as PlaywrightError

from quizgame import create_app
from quizgame.extensions import db
from tests.axe import AxeWatch, assert_accessible
from tests.factories import (
    PASSWORD,
    load_demo_content,
    make_answer,
    make_classroom,
    make_player,
    make_room,
    make_roster_student,
    make_teacher,
)

pytestmark = pytest.mark.browser

# Not pages: downloads, event streams, JSON, images, and the logged-out student's own game.
NOT_PAGES = re.compile(r"/events$|/state$|\.json$|\.csv$|\.svg$|/download$|/export-file$|/static/|/healthz$")
LIMIT = 80


@pytest.fixture
def teacher_world(database_file: str) -> dict[str, object]:
    app = create_app({"DATABASE_URL": database_file, "SECRET_KEY": "browser-test-secret"})
    with app.app_context():
        teacher = make_teacher("every@example.org", "Ms Every")
        classroom = make_classroom(teacher, "Period 5")
        make_roster_student(classroom, "Ada Lovelace")
        questions = load_demo_content()  # the shipped articles, for the curation and export pages
        room = make_room(classroom, questions[:3], title="Friday quiz")
        make_answer(make_player(room, "Ada Lovelace"), questions[0], list(questions[0].correct), 1500)
        live = make_room(classroom, questions[:3], title="Live quiz", mode="live")
        make_player(live, "Grace")
        world = {"email": teacher.email, "code": room.code, "room": room.id}
        # The error pages that a test cannot provoke from the browser, rendered by the app itself.
        with app.test_request_context():
            world["500"] = render_template("errors/500.html")
            world["429"] = render_template("errors/429.html", message="Too many attempts. Please wait a minute.")
        db.engine.dispose()
    return world


def _shape(url: str) -> str:
    """One page per route: /teacher/rooms/3/edit and /teacher/rooms/4/edit are the same template."""
    return re.sub(r"/\d+", "/N", urlsplit(url).path)


def _serve(body: str, status: int):  # type: ignore[no-untyped-def]
    """A route handler answering with the app's own error page, served from the app's origin."""
    return lambda route, _request: route.fulfill(status=status, content_type="text/html; charset=utf-8", body=body)


def test_every_page_passes_axe_at_both_widths(server, browser, teacher_world, tmp_path: Path):  # type: ignore[no-untyped-def]
    page = browser.new_context().new_page()
    page.set_default_timeout(20_000)
    axe = AxeWatch(page.context)
    failures: list[str] = []
    checked: list[str] = []

    def check(where: str) -> None:
        checked.append(where)
        try:
            assert_accessible(page, where)
        except AssertionError as failure:
            failures.append(str(failure))

    # Logged out: the error states of the teacher's forms and the student's join forms.
    page.goto(f"{server}/teacher/login")
    page.get_by_label("E-mail").fill(teacher_world["email"])
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state()
    check("log in, wrong password")
    page.goto(f"{server}/teacher/signup")
    check("sign up")
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()
    check("sign up, empty form")
    page.goto(f"{server}/join")
    page.get_by_label("Room code").fill("ZZZZZZ")
    page.get_by_role("button", name="Next").click()
    page.wait_for_load_state()
    check("join, unknown code")
    page.goto(f"{server}/join?code={teacher_world['code']}")
    check("join, name form")
    summary = page.locator("details.rejoin summary")
    if summary.count():
        summary.click()
        page.locator("details.rejoin input[type=text], details.rejoin input:not([type])").last.fill("NOPE-NOPE")
        page.get_by_role("button", name="Rejoin").click()
        page.wait_for_load_state()
        check("join, bad rejoin code")
    page.goto(f"{server}/help")
    check("help")
    page.goto(f"{server}/no-such-page")
    check("404")
    for status in ("500", "429"):
        page.route(f"{server}/error-{status}", _serve(str(teacher_world[status]), int(status)))
        page.goto(f"{server}/error-{status}")
        check(status)

    # Logged in: every page reachable by a link, one per route shape.
    page.goto(f"{server}/teacher/login")
    page.get_by_label("E-mail").fill(teacher_world["email"])
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/teacher/$"))

    # An imported set of questions, and an import with a bad file.
    aiken = tmp_path / "mine.txt"
    aiken.write_text("Which source is named?\nA. The mayor\nB. A resident\nANSWER: A\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("this is not a question file\n", encoding="utf-8")
    for upload, where in ((bad, "question import, bad file"), (aiken, "question import, done")):
        page.goto(f"{server}/curate/sets")
        page.get_by_label("Format", exact=True).select_option("aiken")
        page.get_by_label("Skill these questions practise (for the reports)").select_option("sourcing")
        page.get_by_label("File (Kahoot .xlsx, or a GIFT or Aiken .txt)").set_input_files(str(upload))
        page.get_by_role("button", name="Import the questions").click()
        page.wait_for_load_state()
        check(where)

    # A set of questions exported to another tool's format (the report of what it cannot hold), and a
    # set import with a file that is not a set.
    page.goto(f"{server}/curate/sets")
    page.locator("input[name=article]").first.check()
    page.get_by_label("Kahoot spreadsheet (.xlsx)").check()
    page.get_by_role("button", name="Export", exact=True).click()
    page.wait_for_load_state()
    check("set export, Kahoot report")
    page.goto(f"{server}/curate/sets")
    page.locator("form[action$='/curate/sets/import'] input[type=file]").set_input_files(str(bad))
    page.get_by_role("button", name="Import the set").click()
    page.wait_for_load_state()
    check("set import, bad file")

    # Forms sent empty come back with their errors.
    for path, button, where in (
        ("/teacher/", "Create classroom", "dashboard, empty classroom name"),
        ("/curate/import", "Import", "article import, empty form"),
    ):
        page.goto(f"{server}{path}")
        page.get_by_role("button", name=button, exact=True).click()
        page.wait_for_load_state()
        check(where)

    seen: set[str] = set()
    queue = [f"{server}/teacher/"]
    while queue and len(seen) < LIMIT:
        url = queue.pop(0)
        if _shape(url) in seen:
            continue
        seen.add(_shape(url))
        try:
            response = page.goto(url)
        except PlaywrightError as error:  # a link to a file (an export) is a download, not a page
            assert "Download is starting" in str(error), error
            continue
        if response is None or "text/html" not in response.headers.get("content-type", ""):
            continue
        check(f"{_shape(url)} ({response.status})")
        for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
            href = href.split("#", 1)[0]
            if href.startswith(server) and not NOT_PAGES.search(urlsplit(href).path) and _shape(href) not in seen:
                queue.append(href)

    # The classroom's roster file preview, and the edit form of a question with its prompt emptied.
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,E-mail\nGrace Hopper,grace@school.org\n", encoding="utf-8")
    page.goto(f"{server}/teacher/")
    page.locator("a[href*='/teacher/classrooms/']").first.click()
    page.wait_for_load_state()
    page.locator("input[type=file]").set_input_files(str(roster))
    page.get_by_role("button", name="Preview the file").click()
    page.wait_for_load_state()
    check("roster import preview")
    page.goto(f"{server}/curate/own-questions")
    page.get_by_role("link", name="Edit").first.click()
    page.wait_for_url(re.compile(r"/edit$"))
    page.get_by_label("Question", exact=True).fill("")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_load_state()
    check("curation edit, empty prompt")

    print(f"checked {len(checked)} pages: {checked}")
    assert len(seen) >= 20, f"the crawl found only {sorted(seen)}"
    assert not failures, "\n\n".join(failures)
    axe.assert_all_checked()
