"""Joining a live room through the join page: in the lobby, late (a room setting, on by default),
and coming back after a refresh or a lost connection."""

from __future__ import annotations

from tests.web.live.helpers import answer, as_teacher, make_live_game, press


def join(client, game, nickname: str):  # type: ignore[no-untyped-def]
    """Join like a student does and follow the redirects to where the join page sends them."""
    return client.post("/join", data={"code": game.code, "nickname": nickname}, follow_redirects=True)


def test_joining_in_the_lobby_lands_on_the_live_page_and_on_the_projector(app, client):
    game = make_live_game(app, ())
    page = join(app.test_client(), game, "Dana")
    assert page.status_code == 200 and page.request.path == f"/live/play/{game.code}"
    assert 'data-stage="lobby"' in page.get_data(as_text=True)
    presenter = as_teacher(client, game.teacher_id).get(f"/live/rooms/{game.room_id}/state").json
    assert "Dana" in presenter["html"]


def test_a_late_joiner_plays_from_the_current_question_on(app, client):
    game = make_live_game(app, ("Ada",))
    as_teacher(client, game.teacher_id)
    press(client, game.room_id, "start")
    press(client, game.room_id, "next")
    press(client, game.room_id, "next")
    late = app.test_client()
    page = join(late, game, "Late Lou").get_data(as_text=True)
    assert 'data-stage="question"' in page and "Question 2 of 3" in page
    assert answer(late, game, 1, 0).status_code == 200
    assert answer(late, game, 0, 0).json["error"] == "This question is closed; your answer was not counted."


def test_with_late_joining_off_nobody_joins_once_the_game_has_started(app, client):
    game = make_live_game(app, ("Ada",), late_join=False)
    assert join(app.test_client(), game, "Early Eve").request.path == f"/live/play/{game.code}"
    press(as_teacher(client, game.teacher_id), game.room_id, "start")
    refused = app.test_client().post("/join", data={"code": game.code, "nickname": "Late Lou"})
    assert refused.status_code == 400
    assert "already started" in refused.get_data(as_text=True)


def test_self_paced_play_pages_send_a_live_player_to_the_live_page(app):
    game = make_live_game(app, ())
    student = app.test_client()
    join(student, game, "Dana")
    for path in (f"/play/{game.code}", f"/play/{game.code}/q/1", f"/play/{game.code}/done"):
        response = student.get(path)
        assert response.status_code == 302 and response.location.endswith(f"/live/play/{game.code}")


def test_coming_back_with_the_same_cookie_resumes_the_game_with_points_kept(app, client):
    game = make_live_game(app, (), count=2)
    student = app.test_client()
    join(student, game, "Dana")
    as_teacher(client, game.teacher_id)
    press(client, game.room_id, "start")
    assert answer(student, game, 0, game.questions[0].correct[0]).json["phase"] == "reveal"  # all answered
    # The phone slept through the next question opening; the join link brings it straight back.
    press(client, game.room_id, "next")
    back = student.get(f"/join?code={game.code}", follow_redirects=True).get_data(as_text=True)
    assert 'data-stage="question"' in back and "Question 2 of 2" in back
    press(client, game.room_id, "next")
    result = student.get(f"/live/play/{game.code}").get_data(as_text=True)
    assert "<strong>1,000</strong> points" in result
