"""In a real browser, the teacher's room page follows a self-paced class without a reload: a
student who joins and answers appears with their progress, as text, and the count is announced."""

from __future__ import annotations

import pytest

from tests.axe import AxeWatch, assert_accessible
from tests.factories import PASSWORD, make_classroom, make_room, make_teacher
from tests.web.test_escaping_in_browser import INJECTED

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("backend", ["sqlite"], indirect=True)]

NICKNAME = "<i>Ana</i>"


@pytest.fixture
def open_room(app):
    """A self-paced room of the demo questions, with no players yet. Returns (code, room id, question count)."""
    with app.app_context():
        room = make_room(make_classroom(make_teacher()))
        return room.code, room.id, len(room.room_questions)


def test_the_player_list_updates_while_the_teacher_watches(served, watched_page, open_room):
    code, room_id, total = open_room
    server = served()
    page = watched_page.page
    axe = AxeWatch(page.context)
    page.goto(server.url("/teacher/login"))
    assert_accessible(page, "log in")
    page.fill("input[name=email]", "teacher@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/teacher/**")
    assert_accessible(page, "dashboard")
    page.clock.install()  # the page's timers, moved on below instead of waited out
    page.goto(server.url(f"/teacher/rooms/{room_id}"))
    assert page.inner_text("#players-status") == "No one has joined yet."
    assert page.inner_text("#players-hint") == "Updates every few seconds."
    assert_accessible(page, "room, no players")

    student = page.context.browser.new_context().new_page()  # a browser of its own: no teacher cookie
    axe_student = AxeWatch(student.context)
    student.goto(server.url(f"/join?code={code}"))
    assert_accessible(student, "join")
    student.fill("input[name=nickname]", NICKNAME)
    student.click("button[type=submit]")
    student.wait_for_url("**/q/1")
    assert_accessible(student, "question 1")
    student.locator("input[name=choice]").first.check()
    student.click("button.submit-answer")
    student.wait_for_load_state()
    assert_accessible(student, "feedback")

    # The page asks every 5 seconds (its clock is moved on by that much); nothing is reloaded.
    page.clock.fast_forward(5_000)
    page.wait_for_function(
        "() => document.querySelector('#players-status').textContent.includes('1 player joined')"
        f" && document.querySelector('#players-list').textContent.includes('1 of {total} answered')",
        timeout=12_000,
    )
    item = page.locator("#players-list li")
    assert item.count() == 1
    assert NICKNAME in item.inner_text() and f"1 of {total} answered" in item.inner_text()
    # Remove is a link to a page that asks first; the rejoin code is a button.
    assert page.locator("#players-list a", has_text="Remove").count() == 1
    assert page.locator("#players-list button", has_text="Give a rejoin code").count() == 1
    assert page.locator(INJECTED).count() == 0 and page.locator("#players-list i").count() == 0
    assert page.get_attribute("#players-status", "aria-live") == "polite"
    assert page.inner_text("#players-hint").startswith("Updates every few seconds; last ")
    assert watched_page.page_errors == [] and watched_page.console_errors == [] and watched_page.dialogs == []
    assert_accessible(page, "room, one player")
    axe.assert_all_checked()
    axe_student.assert_all_checked()
