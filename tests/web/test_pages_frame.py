"""Every teacher page carries the teacher menu and a way back to its room or classroom; a missing
page and a server error are pages of the site, not Werkzeug's plain ones."""

from __future__ import annotations

import pytest

from tests.factories import load_demo_content, log_in, make_classroom, make_room, make_teacher

MENU = '<nav aria-label="Teacher">'


@pytest.fixture
def room_ids(app, client):  # type: ignore[no-untyped-def]
    with app.app_context():
        teacher = make_teacher()
        classroom = make_classroom(teacher)
        questions = load_demo_content()[:2]
        room = make_room(classroom, questions, title="Monday")
        live = make_room(classroom, questions, title="Live one", mode="live")
        log_in(client, teacher)
        return room.id, live.id, classroom.id


def test_reports_leaderboard_and_presenter_have_the_menu_and_a_way_back(client, room_ids):
    room_id, live_id, classroom_id = room_ids
    for url, back in (
        (f"/teacher/rooms/{room_id}/report", f'href="/teacher/rooms/{room_id}"'),
        (f"/teacher/rooms/{room_id}/leaderboard", f'href="/teacher/rooms/{room_id}"'),
        (f"/teacher/classrooms/{classroom_id}/report", f'href="/teacher/classrooms/{classroom_id}"'),
        (f"/live/rooms/{live_id}", f'href="/teacher/rooms/{live_id}"'),
    ):
        html = client.get(url).get_data(as_text=True)
        assert MENU in html and "Log out" in html, url
        assert back in html, url


def test_a_missing_page_is_the_sites_own(client):
    response = client.get("/no/such/page")
    html = response.get_data(as_text=True)
    assert response.status_code == 404
    assert "This page is not here" in html and 'href="/join"' in html and 'class="site-header"' in html
    assert "The requested URL was not found on the server" not in html


def test_a_server_error_is_the_sites_own_page(app):
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.get("/test-only/fails")
    def fails() -> str:
        raise RuntimeError("boom")

    response = app.test_client().get("/test-only/fails")
    html = response.get_data(as_text=True)
    assert response.status_code == 500 and "Something went wrong on our side" in html and 'class="site-header"' in html
    assert "boom" not in html
