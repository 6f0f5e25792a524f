"""A student plays a live game by keyboard only, in a real Chromium: joins, answers a multiple-choice
question, a several-answer question and a tap-the-word question. At every Tab stop the focus is
visible (the focused control, or the label that shows a hidden input, looks different with focus
than without), a new question puts focus on its prompt (the page's h1) and locking in puts it on
"Answer locked". Every state is also checked with axe.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest

from quizgame import create_app
from quizgame.extensions import db
from tests import chromium
from tests.axe import AxeWatch, assert_accessible
from tests.databases import copied_database
from tests.factories import load_demo_content, make_classroom, make_room, make_teacher
from tests.gunicorn_server import SECRET_KEY, Server, gunicorn

pytestmark = pytest.mark.browser

# The element that shows the focus: a visually hidden input shows it on its label.
SHOWN_BY = """() => {
  const el = document.activeElement;
  const box = el.getBoundingClientRect();
  const shown = (box.width <= 2 && el.labels && el.labels.length) ? el.labels[0] : el;
  shown.setAttribute("data-shows-focus", "");
  return el.id || el.tagName;
}"""


def _seed(url: str) -> tuple[int, str, str, list]:
    """A live room of three questions: one answer, several answers, tap the words; and the teacher's cookie."""
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": SECRET_KEY})
    serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
    with app.app_context():
        content = load_demo_content()
        single = next(q for q in content if q.kind != "loaded_word" and len(q.correct) == 1)
        several = next(q for q in content if q.kind != "loaded_word" and len(q.correct) > 1)
        words = next(q for q in content if q.kind == "loaded_word" and len(q.correct) > 1)
        teacher = make_teacher(f"keys-{secrets.token_hex(4)}@example.org")
        room = make_room(
            make_classroom(teacher), [single, several, words], mode="live", title="Keys", seconds_per_question=300
        )
        found = (
            room.id,
            room.code,
            serializer.dumps({"_user_id": str(teacher.id), "_fresh": True}),
            [list(q.correct) for q in (single, several, words)],
        )
        db.session.remove()
        db.engine.dispose()
    return found


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[tuple[Server, tuple]]:
    chromium.executable()  # skipped or failed before a database and a server are made for nothing
    migrated = request.getfixturevalue("migrated_postgres")  # once a session, shared with the other module
    tmp = tmp_path_factory.mktemp("live-keyboard")
    with copied_database(migrated) as url:
        seeded = _seed(url)
        with gunicorn(url, tmp / "gunicorn.log", workers=1, threads=8) as server:
            yield server, seeded


def _focus_is_visible(page) -> str:  # type: ignore[no-untyped-def]
    """Screenshot the focused control (or its label) with and without focus; they must differ."""
    name = page.evaluate(SHOWN_BY)
    shown = page.locator("[data-shows-focus]")
    box = shown.bounding_box()
    assert box is not None, f"{name}: focused but not on screen"
    margin = 8
    clip = {
        "x": max(0, box["x"] - margin),
        "y": max(0, box["y"] - margin),
        "width": box["width"] + 2 * margin,
        "height": box["height"] + 2 * margin,
    }
    focused = page.screenshot(clip=clip, animations="disabled", caret="hide")
    page.evaluate("() => { window.__had = document.activeElement; document.activeElement.blur(); }")
    unfocused = page.screenshot(clip=clip, animations="disabled", caret="hide")
    page.evaluate(
        "() => { window.__had.focus(); document.querySelector('[data-shows-focus]').removeAttribute('data-shows-focus'); }"
    )
    assert page.evaluate("() => document.activeElement === window.__had")
    assert focused != unfocused, f"{name}: no visible focus (same pixels with and without focus)"
    return name


def _tab_until(page, element_id: str, visited: list[str], limit: int = 80) -> None:  # type: ignore[no-untyped-def]
    for _ in range(limit):
        page.keyboard.press("Tab")
        visited.append(_focus_is_visible(page))
        if visited[-1] == element_id:
            return
    raise AssertionError(f"could not reach #{element_id} with the Tab key; stops: {visited}")


def _active(page) -> str:  # type: ignore[no-untyped-def]
    return page.evaluate(
        "() => (document.activeElement.className || '') + ':' + document.activeElement.textContent.trim()"
    )


def test_a_live_game_by_keyboard_only_with_visible_focus(served):  # type: ignore[no-untyped-def]
    server, (room_id, code, teacher_cookie, correct) = served
    base = server.base_url
    with chromium.launched() as browser:
        teacher = browser.new_context(viewport={"width": 1280, "height": 800})
        teacher.add_cookies([{"name": "session", "value": teacher_cookie, "url": base}])
        presenter = teacher.new_page()
        presenter.goto(f"{base}/live/rooms/{room_id}")
        # A second player who never answers: the question stays open after ours is locked in.
        idle = browser.new_context().new_page()
        idle.goto(f"{base}/join?code={code}")
        idle.get_by_label("Nickname").fill("Idle")
        idle.get_by_role("button", name="Join").click()
        idle.wait_for_selector('[data-stage="lobby"]')

        context = browser.new_context(viewport={"width": 390, "height": 740}, reduced_motion="reduce")
        axe = AxeWatch(context)
        page = context.new_page()
        stops: list[str] = []
        page.goto(f"{base}/join?code={code}")
        assert_accessible(page, "join")
        _tab_until(page, "nickname", stops)
        page.keyboard.type("Keys")
        page.keyboard.press("Tab")
        stops.append(_focus_is_visible(page))  # the Join button
        page.keyboard.press("Enter")
        page.wait_for_selector('[data-stage="lobby"]')
        assert_accessible(page, "lobby")
        presenter.locator("[data-nicknames] .nickname", has_text="Keys").wait_for()

        def next_question(control: str, number: int) -> None:
            presenter.locator(f"#control-{control}").click()
            page.locator(f'[data-stage="question"] .question-number:text("Question {number} of 3")').wait_for()
            page.wait_for_function("() => document.activeElement && document.activeElement.matches('h1.prompt')")
            assert_accessible(page, f"question {number}")

        def locked(number: int) -> None:
            page.wait_for_selector('[data-stage="locked"]')
            page.wait_for_function("() => document.activeElement && document.activeElement.matches('h1.locked')")
            assert "Answer locked" in _active(page)
            assert_accessible(page, f"question {number}, locked")

        def reveal(number: int) -> None:
            presenter.locator("#control-next").click()
            page.wait_for_selector('[data-stage="result"]')
            assert page.locator('[data-verdict="right"]').is_visible(), f"question {number} was not answered right"
            assert_accessible(page, f"result {number}")

        # 1. One answer: the choices are buttons; Tab to the right one, Enter answers and locks.
        next_question("start", 1)
        _tab_until(page, f"choice-{correct[0][0]}", stops)
        page.keyboard.press("Enter")
        locked(1)
        reveal(1)

        # 2. Several answers: checkboxes, Space ticks each right one, then the lock-in button.
        next_question("next", 2)
        for position in correct[1]:
            _tab_until(page, f"choice-{position}", stops)
            page.keyboard.press("Space")
        _tab_until(page, "lock-in", stops)
        assert_accessible(page, "question 2, answers ticked")
        page.keyboard.press("Enter")
        locked(2)
        reveal(2)

        # 3. Tap the words: every word is a Tab stop with a visible focus ring.
        next_question("next", 3)
        for position in correct[2]:
            _tab_until(page, f"choice-{position}", stops)
            page.keyboard.press("Space")
        _tab_until(page, "lock-in", stops)
        page.keyboard.press("Enter")
        locked(3)
        reveal(3)

        presenter.locator("#control-next").click()
        page.wait_for_selector('[data-stage="finished"]')
        assert_accessible(page, "game over")
        axe.assert_all_checked()
        assert len(stops) >= 8, stops
        print(f"\n{len(stops)} Tab stops, every one with visible focus")
