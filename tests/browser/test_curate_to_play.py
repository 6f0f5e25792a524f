"""From this week's news to a played room, in a real browser: a teacher imports an article as an
HTML page, reads it with the analysis layers, approves two generated questions, edits a third,
starts a room with them, and a student plays it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizgame import create_app
from quizgame.extensions import db
from tests.axe import AxeWatch, assert_accessible
from tests.factories import PASSWORD, make_teacher

pytestmark = pytest.mark.browser

PAGE = Path(__file__).resolve().parents[1] / "data" / "curate" / "wikinews-2008-06-29-mugabe-claims-victory.html"
HEADLINE = "Mugabe claims 'sweeping victory' of Zimbawe election"
TIMEOUT = 90_000  # the first analysis loads the language model


@pytest.fixture
def teacher_email(database_file: str) -> str:
    app = create_app({"DATABASE_URL": database_file, "SECRET_KEY": "browser-test-secret"})
    with app.app_context():
        email = make_teacher("curator@example.org", "Ms Curator").email
        db.engine.dispose()
    return email


def test_import_annotate_review_and_play(server, browser, teacher_email):  # type: ignore[no-untyped-def]
    teacher = browser.new_context().new_page()
    teacher.set_default_timeout(20_000)
    watches = [AxeWatch(teacher.context)]

    teacher.goto(f"{server}/teacher/login")
    assert_accessible(teacher, "log in")
    teacher.get_by_label("E-mail").fill(teacher_email)
    teacher.get_by_label("Password").fill(PASSWORD)
    teacher.get_by_role("button", name="Log in").click()

    # 1. Import the article as a saved web page; progress is shown until the questions are made.
    teacher.goto(f"{server}/curate/import")
    assert_accessible(teacher, "import")
    teacher.get_by_label("Outlet").fill("Wikinews")
    teacher.get_by_label("Headline").fill(HEADLINE)
    teacher.get_by_label("Date published").fill("2008-06-29")
    teacher.get_by_label("Web address of the article").fill(
        "https://en.wikinews.org/wiki/Mugabe_claims_%27sweeping_victory%27_of_Zimbawe_election"
    )
    teacher.locator("input[type=file]").set_input_files(str(PAGE))
    teacher.get_by_role("button", name="Import").click()
    teacher.wait_for_url(re.compile(r"/curate/imports/\d+$"))
    teacher.get_by_role("link", name="Read the annotated article").wait_for(state="visible", timeout=TIMEOUT)
    assert "question candidates are ready" in teacher.locator("#import-status").inner_text()
    assert_accessible(teacher, "import progress, done")

    # 2. The annotated article: page chrome is gone, layers switch on and off, speakers show on focus.
    teacher.get_by_role("link", name="Read the annotated article").click()
    body = teacher.locator("#article-body")
    assert "Robert Mugabe" in body.inner_text()
    assert_accessible(teacher, "annotated article")
    assert "mattresses" not in teacher.content() and "All rights reserved" not in body.inner_text()
    loaded = teacher.get_by_role("button", name="Loaded terms")
    assert loaded.get_attribute("aria-pressed") == "true" and "show-loaded" in body.get_attribute("class")
    loaded.click()
    assert loaded.get_attribute("aria-pressed") == "false" and "show-loaded" not in body.get_attribute("class")
    loaded.press("Enter")
    assert loaded.get_attribute("aria-pressed") == "true"
    note_id = body.locator(".mark-attributions[aria-describedby]").first.get_attribute("aria-describedby")
    speaker = body.locator(f"[aria-describedby='{note_id}']")
    note = teacher.locator(f"#{note_id}")
    assert not note.is_visible()
    speaker.focus()
    assert note.is_visible() and "Robert Mugabe" in note.inner_text()
    teacher.get_by_role("button", name="Attributions (coloured by speaker)").click()
    assert speaker.get_attribute("tabindex") == "-1"  # a hidden layer leaves the tab order
    speaker.focus()
    assert not note.is_visible()

    # 3. Review: approve one candidate, edit a second (and approve it). The confidence gate abstains
    # on doubtful items, so this short article gives few candidates: two are enough to show the flow.
    teacher.get_by_role("link", name="Review its questions").click()
    ids = [i.removeprefix("q-") for i in teacher.locator("section.question").evaluate_all("els => els.map(e => e.id)")]
    choice_questions = [i for i in ids if "loaded word" not in teacher.locator(f"#q-{i} .question-meta").inner_text()]
    assert len(ids) >= 2 and choice_questions
    assert_accessible(teacher, "review")
    third = choice_questions[0]  # edited below: its prompt is rewritten as a sourcing question
    first = next(i for i in ids if i != third)
    for qid in (first,):
        teacher.locator(f"#q-{qid}").get_by_role("button", name="Approve").click()
        assert teacher.locator(f"#q-{qid} .badge").inner_text() == "approved"
    teacher.locator(f"#q-{third}").get_by_role("link", name="Edit").click()
    assert_accessible(teacher, "edit a question")
    teacher.get_by_label("Explanation shown after answering").fill("")
    teacher.get_by_role("button", name="Save").click()
    assert "The explanation is required" in teacher.locator(".field-error").first.inner_text()
    assert_accessible(teacher, "edit a question, with an error")
    teacher.get_by_label("Question", exact=True).fill("Edited in the browser: how is this statement sourced?")
    teacher.get_by_label("Explanation shown after answering").fill("Look at who the sentence names.")
    teacher.get_by_role("button", name="Save").click()
    assert "Question saved." in teacher.locator(".flashes").inner_text()
    edited = teacher.locator(f"#q-{third}")
    assert "Edited in the browser" in edited.inner_text()
    assert_accessible(teacher, "review, after an edit")
    edited.get_by_role("button", name="Approve").click()

    # 4. A room from the approved questions of this article.
    teacher.goto(f"{server}/teacher/")
    assert_accessible(teacher, "dashboard")
    teacher.get_by_label("Classroom name").fill("Period 2")
    teacher.get_by_role("button", name="Create classroom").click()
    teacher.get_by_role("link", name=re.compile("New room")).wait_for()
    assert_accessible(teacher, "classroom")
    teacher.get_by_role("link", name=re.compile("New room")).click()
    teacher.get_by_label("Title").wait_for()
    assert_accessible(teacher, "new room")
    teacher.get_by_label("Title").fill("This week's news")
    teacher.get_by_label(re.compile("Mugabe claims")).check()
    teacher.get_by_role("button", name="Create room").click()
    code = teacher.locator(".join-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{6}", code)
    assert_accessible(teacher, "room")

    # 5. A student plays it to the end.
    student = browser.new_context().new_page()
    student.set_default_timeout(20_000)
    watches.append(AxeWatch(student.context))
    student.goto(f"{server}/join?code={code}")
    assert_accessible(student, "join")
    student.get_by_label("Nickname").fill("Ada")
    student.get_by_role("button", name="Join").click()
    prompts = []
    for _ in range(10):
        student.wait_for_selector("h1.prompt")
        if student.locator("form.answer-form").count() == 0:
            break
        prompts.append(student.locator("h1.prompt").inner_text())
        assert_accessible(student, f"question {len(prompts)}")
        student.locator("form.answer-form label").first.click()
        student.get_by_role("button", name="Submit answer").click()
        student.locator(".verdict").wait_for()
        assert_accessible(student, f"feedback {len(prompts)}")
        next_link = student.get_by_role("link", name=re.compile("Next question|See my results"))
        if next_link.inner_text().startswith("See my results"):
            next_link.click()
            break
        next_link.click()
    student.get_by_role("heading", name="Well done, Ada!").wait_for()
    assert 1 <= len(prompts) <= 2  # a room keeps one item per sentence: the two may share one
    # the edited question, or the approved tap item when the two share a sentence and the room keeps the other
    assert all(
        p == "Edited in the browser: how is this statement sourced?" or p.startswith("Which word") for p in prompts
    )
    assert re.search(rf"out of {len(prompts)} answered", student.content())
    assert_accessible(student, "results")
    for watch in watches:
        watch.assert_all_checked()
