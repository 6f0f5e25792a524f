"""What a student sees, in a real Chromium, for the three questions hardest to answer from the
screen, in both modes: a "who said it" (the quotation shown, its speaker hidden), a comparison of
outlets (each outlet's passage) and a tap-the-word (the sentence as printed, quotation marks kept).
After the answer, the evidence is marked in the passage."""

from __future__ import annotations

import re

import pytest

from quizgame import create_app
from quizgame.extensions import db
from quizgame.models import Question
from tests.axe import AxeWatch, assert_accessible
from tests.factories import load_demo_content, make_classroom, make_room, make_teacher

pytestmark = pytest.mark.browser

WHO_SAID = "q-22b45e835e"  # "we could have a summer of love", said by Jenny Durkan
COMPARISON = "q-e99d9f5fd5"  # Which outlet quoted Jim Fuda? ABC News
TAP = "q-2e0836f633"  # "... now deemed a "cop free zone."": shirking (6) and oust (17)
QUESTIONS = (WHO_SAID, COMPARISON, TAP)
PHONE = {"width": 375, "height": 740}
SECRET_KEY = "browser-test-secret"


def _seed(database_file: str, mode: str) -> tuple[str, int, str]:
    """A room of the three questions: its code, id and a signed session cookie of its teacher."""
    app = create_app({"DATABASE_URL": database_file, "SECRET_KEY": SECRET_KEY})
    serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
    with app.app_context():
        load_demo_content()
        teacher = make_teacher()
        questions = [db.session.get(Question, qid) for qid in QUESTIONS]
        room = make_room(make_classroom(teacher), questions, mode=mode, seconds_per_question=300)
        seeded = room.code, room.id, serializer.dumps({"_user_id": str(teacher.id), "_fresh": True})
        db.engine.dispose()
    return seeded


def _fits(page) -> bool:  # type: ignore[no-untyped-def]
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def _join(browser, base: str, code: str, nickname: str = "Sam"):  # type: ignore[no-untyped-def]
    page = browser.new_context(viewport=PHONE).new_page()
    page.axe = AxeWatch(page.context)  # type: ignore[attr-defined]
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(f"{base}/join?code={code}")
    assert_accessible(page, "join")
    page.get_by_label("Nickname").fill(nickname)
    page.get_by_role("button", name="Join").click()
    return page, problems


def _check_who_said(passage: str) -> None:
    assert "we could have a summer of love" in passage
    assert "Durkan" not in passage and "she said" not in passage and "[…]" in passage


def _check_comparison(page, scope: str) -> None:  # type: ignore[no-untyped-def]
    outlets = page.locator(f"{scope} .passage-outlet figcaption").all_inner_texts()
    assert outlets == ["ABC News", "Fox News", "The Daily Caller"]
    assert "told ABC News' Matt Gutman" in page.locator(f"{scope} .passage-outlet").first.inner_text()


def _check_tap(sentence: str | None) -> None:
    assert sentence is not None
    assert " ".join(sentence.split()).endswith('now deemed a "cop free zone."')


def test_self_paced_who_said_comparison_and_tap_the_word(server, browser, database_file):  # type: ignore[no-untyped-def]
    code, _, _ = _seed(database_file, "self_paced")
    page, problems = _join(browser, server, code)

    page.wait_for_url(re.compile(r"/q/1$"))
    _check_who_said(page.locator("main .passage").inner_text())
    page.locator("summary", has_text="Read the article").click()  # a disclosure: no script needed
    assert "Durkan was pressed on how long" in page.locator("details.read-article").inner_text()
    assert_accessible(page, "who said, article open")
    page.get_by_label("Jenny Durkan").check()
    page.click("button[type=submit]")
    page.wait_for_selector(".result")
    assert "she said in response" in page.locator(".evidence mark").inner_text()
    assert _fits(page)
    assert_accessible(page, "who said, feedback")

    page.click("text=Next question")
    page.wait_for_url(re.compile(r"/q/2$"))
    _check_comparison(page, "main")
    assert_accessible(page, "comparison")
    page.get_by_label("ABC News").check()
    page.click("button[type=submit]")
    page.wait_for_selector(".result")
    assert "Jim Fuda" in page.locator(".evidence mark").inner_text()
    assert_accessible(page, "comparison, feedback")

    page.click("text=Next question")
    page.wait_for_url(re.compile(r"/q/3$"))
    _check_tap(page.locator(".sentence").text_content())
    assert_accessible(page, "tap the word")
    for word in ("shirking", "oust"):
        page.locator("label", has_text=re.compile(f"^{word}$")).click()
    page.click("button[type=submit]")
    page.wait_for_selector(".result")
    assert "Right!" in page.text_content(".result")
    assert page.locator(".evidence mark").inner_text().startswith("Best has accused the mayor of shirking")
    assert _fits(page)
    assert_accessible(page, "tap the word, feedback")
    page.axe.assert_all_checked()
    assert problems == []


def test_live_who_said_comparison_and_tap_the_word(server, browser, database_file):  # type: ignore[no-untyped-def]
    code, room_id, cookie = _seed(database_file, "live")
    teacher = browser.new_context(viewport={"width": 1280, "height": 800})
    teacher.add_cookies([{"name": "session", "value": cookie, "url": server}])
    presenter = teacher.new_page()
    presenter.axe = AxeWatch(teacher)
    presenter.goto(f"{server}/live/rooms/{room_id}")
    student, problems = _join(browser, server, code)
    student.wait_for_selector('[data-stage="lobby"]', timeout=10000)
    # A classmate who never answers, so no question closes early once Sam has answered.
    idle, _ = _join(browser, server, code, "Kai")
    idle.wait_for_selector('[data-stage="lobby"]', timeout=10000)
    assert_accessible(presenter, "presenter: lobby")

    def teacher_clicks(control: str, stage: str) -> None:
        presenter.locator(f"#control-{control}").wait_for(timeout=10000)
        presenter.locator(f"#control-{control}").click()
        student.wait_for_selector(f'#live-view [data-stage="{stage}"]', timeout=10000)

    teacher_clicks("start", "question")
    _check_who_said(student.locator("#live-view .passage").inner_text())
    presenter.locator("#live-view .passage").wait_for(timeout=10000)
    _check_who_said(presenter.locator("#live-view .passage").inner_text())  # the presenter shows the passage
    assert_accessible(student, "who said")
    assert_accessible(presenter, "presenter: who said")
    student.get_by_role("button", name=re.compile("Jenny Durkan")).click()
    student.wait_for_selector('[data-stage="locked"]', timeout=10000)
    teacher_clicks("next", "result")
    assert "she said in response" in student.locator("#live-view .evidence mark").inner_text()
    presenter.locator("#live-view .evidence mark").wait_for(timeout=10000)
    assert_accessible(student, "who said, result")
    assert_accessible(presenter, "presenter: who said, reveal")

    teacher_clicks("next", "question")
    _check_comparison(student, "#live-view")
    presenter.locator("#live-view .passage-outlet").first.wait_for(timeout=10000)
    _check_comparison(presenter, "#live-view")
    assert_accessible(student, "comparison")
    assert_accessible(presenter, "presenter: comparison")
    student.get_by_role("button", name=re.compile("ABC News")).click()
    student.wait_for_selector('[data-stage="locked"]', timeout=10000)
    teacher_clicks("next", "result")
    assert "Jim Fuda" in student.locator("#live-view .evidence mark").inner_text()

    teacher_clicks("next", "question")
    _check_tap(student.locator("#live-view .sentence").text_content())
    presenter.locator("#live-view .sentence").wait_for(timeout=10000)
    _check_tap(presenter.locator("#live-view .sentence").text_content())
    assert_accessible(student, "tap the word")
    assert_accessible(presenter, "presenter: tap the word")
    for word in ("shirking", "oust"):
        student.locator("label", has_text=re.compile(f"^{word}$")).click()
    student.locator("#lock-in").click()
    student.wait_for_selector('[data-stage="locked"]', timeout=10000)
    teacher_clicks("next", "result")
    assert student.locator('[data-verdict="right"]').is_visible()
    assert (
        student.locator("#live-view .evidence mark").inner_text().startswith("Best has accused the mayor of shirking")
    )
    assert _fits(student)
    assert_accessible(student, "tap the word, result")
    presenter.axe.assert_all_checked()
    student.axe.assert_all_checked()
    assert problems == []
