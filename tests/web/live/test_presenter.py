"""The presenter and the teacher's controls: only the owning teacher drives a room, the server keeps time."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import event

from quizgame.extensions import db
from quizgame.models import Player
from tests.clock import Clock
from tests.factories import make_classroom, make_player, make_room, make_teacher
from tests.web.live.helpers import as_player, as_teacher, escaped, make_live_game, press, within


def room_state(game):  # type: ignore[no-untyped-def]
    return within(game.app, lambda: (lambda r: (r.phase, r.current_position, r.version, r.status))(game.room()))


def test_the_lobby_shows_code_join_url_qr_code_and_nicknames(app, client):
    game = make_live_game(app, ("Ada", "<b>Bo</b>"))
    page = as_teacher(client, game.teacher_id).get(f"/live/rooms/{game.room_id}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert re.search(rf"data-join-code>\s*{game.code}\s*<", html)
    assert f"/join?code={game.code}" in html
    assert f'src="/teacher/rooms/{game.room_id}/qr.svg"' in html
    assert "Ada" in html and "&lt;b&gt;Bo&lt;/b&gt;" in html and "<b>Bo</b>" not in html
    assert 'src="/static/js/live.js"' in html and "<script>" not in html and "style=" not in html


def test_another_teachers_room_is_a_404_for_every_live_url(app, client):
    game = make_live_game(app)
    other = within(app, lambda: make_teacher("other@example.org").id)
    as_teacher(client, other)
    room_id = game.room_id
    assert client.get(f"/live/rooms/{room_id}").status_code == 404
    assert client.get(f"/live/rooms/{room_id}/state").status_code == 404
    assert client.get(f"/live/rooms/{room_id}/events").status_code == 404
    assert press(client, room_id, "start").status_code == 404
    assert client.post(f"/live/rooms/{room_id}/players/{game.players[0].id}/remove").status_code == 404
    assert room_state(game)[0] == "lobby"


def test_a_student_cannot_drive_the_game(app, client):
    game = make_live_game(app)
    response = press(as_player(client, game, game.players[0]), game.room_id, "start")
    assert response.status_code in (302, 401)
    assert room_state(game)[0] == "lobby"


def test_a_self_paced_room_has_no_presenter(app, client):
    game = make_live_game(app)

    def make_self_paced() -> None:
        game.room().mode = "self_paced"
        db.session.commit()

    within(app, make_self_paced)
    assert as_teacher(client, game.teacher_id).get(f"/live/rooms/{game.room_id}").status_code == 404


def test_start_opens_the_first_question_on_the_server_clock(app, client, clock):
    game = make_live_game(app)
    response = press(as_teacher(client, game.teacher_id), game.room_id, "start", version=0)
    assert response.status_code == 200
    state = response.json
    assert (state["phase"], state["version"], state["remaining_ms"]) == ("question", 1, 20000)
    assert escaped(game.questions[0].prompt) in state["html"]
    assert within(app, lambda: game.room().question_started_at) == clock.now


def test_a_reveal_shows_the_answer_the_distribution_the_explanation_and_the_top_five(app, client, clock):
    game = make_live_game(app, ("Ada", "Bo", "Cy"))
    as_teacher(client, game.teacher_id)
    press(client, game.room_id, "start")
    first = game.questions[0]
    wrong = next(i for i in range(len(first.choices)) if i not in first.correct)
    game.answer(game.players[0], first, first.correct, 2000)
    game.answer(game.players[1], first, [wrong], 3000)
    reveal = press(client, game.room_id, "next").json
    assert reveal["phase"] == "reveal"
    html = reveal["html"]
    right = re.search(r'<li class="tally is-correct" data-correct="true">(.*?)</li>', html, re.S)
    assert right and "✓" in right.group(1) and '<span class="tally-count">1</span>' in right.group(1)
    assert html.count('<span class="tally-count">1</span>') == 2
    assert escaped(first.explanation) in html
    # the passage around the evidence, the evidence marked in it
    assert '<div class="evidence">' in html and "<mark>" in html
    top = html.split("data-top-five>")[1].split("</ol>")[0]
    assert top.index("Ada") < top.index("Bo") and top.index("Ada") < top.index("Cy") and "1,000" in top
    clock.advance(30)
    opened = press(client, game.room_id, "next").json
    assert opened["phase"] == "question" and room_state(game)[1] == 1


def test_the_last_next_shows_the_podium_and_the_full_ranking(app, client):
    game = make_live_game(app, ("Ada", "Bo", "Cy", "Di"), count=1)
    as_teacher(client, game.teacher_id)
    press(client, game.room_id, "start")
    q = game.questions[0]
    for player, ms in zip(game.players, (1000, 2000, 3000), strict=False):
        game.answer(player, q, q.correct, ms)
    press(client, game.room_id, "next")
    finished = press(client, game.room_id, "next").json
    assert finished["phase"] == "finished"
    podium = finished["html"].split("data-podium>")[1].split("</ol>")[0]
    assert podium.count("<li") == 3 and podium.index("Ada") < podium.index("Bo") < podium.index("Cy")
    ranking = finished["html"].split("Full ranking")[1]
    assert all(name in ranking for name in ("Ada", "Bo", "Cy", "Di"))
    assert room_state(game)[3] == "closed"


def test_a_hidden_leaderboard_stays_off_the_projector(app, client):
    game = make_live_game(app, ("Ada",), count=1, leaderboard="hidden")
    as_teacher(client, game.teacher_id)
    press(client, game.room_id, "start")
    reveal = press(client, game.room_id, "next").json["html"]
    assert "Top five" not in reveal
    finished = press(client, game.room_id, "next").json["html"]
    assert "Ada" not in finished.split("Full ranking")[0]


def test_an_illegal_control_is_refused_with_a_message_and_changes_nothing(app, client):
    game = make_live_game(app)
    response = press(as_teacher(client, game.teacher_id), game.room_id, "pause")
    assert response.status_code == 409
    assert response.json["error"] == "Cannot pause now: the game is in the lobby phase."
    assert response.json["phase"] == "lobby"
    assert room_state(game)[2] == 0


def test_a_plain_form_post_redirects_back_with_the_message(app, client):
    game = make_live_game(app)
    as_teacher(client, game.teacher_id)
    response = client.post(f"/live/rooms/{game.room_id}/skip")
    assert response.status_code == 302 and response.location.endswith(f"/live/rooms/{game.room_id}")
    page = client.get(response.location).get_data(as_text=True)
    assert "Cannot skip the question now" in page


def test_a_click_on_a_stale_screen_never_skips_a_question(app, client):
    game = make_live_game(app)
    as_teacher(client, game.teacher_id)
    press(client, game.room_id, "start", version=0)
    press(client, game.room_id, "next", version=1)
    double = press(client, game.room_id, "next", version=1)
    assert double.status_code == 409 and "already moved on" in double.json["error"]
    assert room_state(game)[:2] == ("reveal", 0)


def test_unknown_controls_are_404(app, client):
    game = make_live_game(app)
    assert press(as_teacher(client, game.teacher_id), game.room_id, "rewind").status_code == 404


def test_pause_stops_the_server_clock_and_resume_continues_it(app, client, clock):
    game = make_live_game(app)
    as_teacher(client, game.teacher_id)
    press(client, game.room_id, "start")
    clock.advance(5)
    paused = press(client, game.room_id, "pause").json
    assert paused["paused"] is True and paused["remaining_ms"] == 15000
    clock.advance(120)
    state = client.get(f"/live/rooms/{game.room_id}/state").json
    assert (state["phase"], state["remaining_ms"]) == ("question", 15000)
    resumed = press(client, game.room_id, "resume").json
    assert resumed["paused"] is False and resumed["remaining_ms"] == 15000
    clock.advance(14)
    assert client.get(f"/live/rooms/{game.room_id}/state").json["remaining_ms"] == 1000


def test_the_server_reveals_by_itself_when_the_time_and_its_grace_are_up(app, client, clock):
    game = make_live_game(app)
    as_teacher(client, game.teacher_id)
    press(client, game.room_id, "start")
    clock.advance(19.9)
    assert client.get(f"/live/rooms/{game.room_id}/state").json["phase"] == "question"
    clock.advance(0.2)  # the countdown is over; answers sent at its end may still arrive
    assert client.get(f"/live/rooms/{game.room_id}/state").json["phase"] == "question"
    clock.advance(1)
    state = client.get(f"/live/rooms/{game.room_id}/state").json
    assert state["phase"] == "reveal" and state["version"] == 2


def test_removing_a_player_takes_them_off_the_screen_and_out_of_the_game(app, client):
    game = make_live_game(app, ("Ada", "Bo"))
    ada = game.players[0]
    response = as_teacher(client, game.teacher_id).post(
        f"/live/rooms/{game.room_id}/players/{ada.id}/remove", headers={"Accept": "application/json"}
    )
    assert response.status_code == 200 and "Ada" not in response.json["html"] and "Bo" in response.json["html"]
    assert within(app, lambda: db.session.get(Player, ada.id).removed) is True  # type: ignore[union-attr]
    student = as_player(app.test_client(), game, ada).get(f"/live/play/{game.code}/state").json
    assert "removed you" in student["html"]


def test_a_player_of_another_room_cannot_be_removed_through_this_one(app, client):
    game = make_live_game(app, ("Ada",))

    def stranger() -> int:
        elsewhere = make_room(make_classroom(make_teacher("other@example.org")), [], mode="live")
        return make_player(elsewhere, "Zed").id

    stranger_id = within(app, stranger)
    response = as_teacher(client, game.teacher_id).post(f"/live/rooms/{game.room_id}/players/{stranger_id}/remove")
    assert response.status_code == 404
    assert within(app, lambda: db.session.get(Player, stranger_id).removed) is False  # type: ignore[union-attr]


class TestCsrf:
    @pytest.fixture
    def app_config(self, clock: Clock) -> dict[str, object]:
        return {"QUIZGAME_CLOCK": clock, "WTF_CSRF_ENABLED": True}

    def test_controls_need_the_token_from_the_pages_meta_tag(self, app, client):
        game = make_live_game(app)
        as_teacher(client, game.teacher_id)
        assert press(client, game.room_id, "start").status_code == 400
        page = client.get(f"/live/rooms/{game.room_id}").get_data(as_text=True)
        token = re.search(r'<meta name="csrf-token" content="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        response = client.post(
            f"/live/rooms/{game.room_id}/start", headers={"X-CSRFToken": token, "Accept": "application/json"}
        )
        assert response.status_code == 200 and response.json["phase"] == "question"


def test_end_the_game_and_remove_ask_first_on_a_page_that_needs_no_javascript(app, client):
    game = make_live_game(app, ("Ada", "Bo"))
    as_teacher(client, game.teacher_id)
    started = press(client, game.room_id, "start").json["html"]
    # On the projector both are links to a question, not buttons that act at once.
    assert f'href="/live/rooms/{game.room_id}/end"' in started
    confirm = client.get(f"/live/rooms/{game.room_id}/end")
    html = confirm.get_data(as_text=True)
    assert confirm.status_code == 200 and "End “" in html and "Cancel, keep playing" in html
    assert f'action="/live/rooms/{game.room_id}/end"' in html and 'method="post"' in html
    assert room_state(game)[0] == "question"  # asking ended nothing
    ended = client.post(f"/live/rooms/{game.room_id}/end")
    assert ended.status_code == 302 and room_state(game)[0] == "finished"
    # Once finished there is nothing left to confirm.
    assert client.get(f"/live/rooms/{game.room_id}/end").status_code == 302


def test_removing_from_the_presenter_asks_then_returns_to_the_presenter(app, client):
    game = make_live_game(app, ("Ada", "Bo"))
    ada = game.players[0]
    as_teacher(client, game.teacher_id)
    url = f"/teacher/rooms/{game.room_id}/players/{ada.id}/remove"
    assert f'href="{url}?back=presenter"' in client.get(f"/live/rooms/{game.room_id}").get_data(as_text=True)
    page = client.get(f"{url}?back=presenter").get_data(as_text=True)
    assert f'href="/live/rooms/{game.room_id}"' in page  # Cancel goes back to the projector
    done = client.post(url, data={"back": "presenter"})
    assert done.status_code == 302 and done.location.endswith(f"/live/rooms/{game.room_id}")
    assert within(app, lambda: db.session.get(Player, ada.id).removed) is True  # type: ignore[union-attr]


def test_each_control_writes_the_room_once(app, client):
    """One UPDATE per transition: the version's compare-and-set is the only write of the room, so
    a control never writes a half-changed room first (an autoflush while it reads its questions)."""
    game = make_live_game(app)
    as_teacher(client, game.teacher_id)
    engine = within(app, lambda: db.engine)
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        for action in ("start", "next", "next", "pause", "resume", "skip"):
            statements.clear()
            assert press(client, game.room_id, action).status_code in (200, 302)
            room_updates = [s for s in statements if s.lstrip().upper().startswith("UPDATE ROOMS")]
            assert len(room_updates) == 1, (action, room_updates)
    finally:
        event.remove(engine, "before_cursor_execute", record)
