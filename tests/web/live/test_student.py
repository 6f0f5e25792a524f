"""The student's device: answers timed by the server, only their own result, and nothing lost on a refresh."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from quizgame.extensions import db
from quizgame.models import Answer
from tests.web.live.helpers import answer, as_player, as_teacher, escaped, make_live_game, press, within


def stored_answers(game) -> list[tuple[int, str, int, int]]:  # type: ignore[no-untyped-def]
    return within(
        game.app,
        lambda: [
            (a.player_id, a.question_id, a.points, a.response_ms)
            for a in db.session.scalars(select(Answer).order_by(Answer.id))
        ],
    )


@pytest.fixture
def started(app, client, clock):  # type: ignore[no-untyped-def]
    """A live game with Ada and Bo whose first question the teacher has just opened."""
    game = make_live_game(app, ("Ada", "Bo"), scoring="speed")
    press(as_teacher(client, game.teacher_id), game.room_id, "start")
    return game


def student(app, game, index: int = 0):  # type: ignore[no-untyped-def]
    return as_player(app.test_client(), game, game.players[index])


def test_the_question_shows_only_the_choices_and_never_the_answer(app, started):
    html = student(app, started).get(f"/live/play/{started.code}/state").json["html"]
    q = started.questions[0]
    assert all(escaped(choice) in html for choice in q.choices)
    assert escaped(q.explanation) not in html and "correct" not in html.lower()
    assert 'name="position" value="0"' in html


def test_an_answer_in_time_is_scored_from_when_the_teacher_opened_the_question(app, started, clock):
    clock.advance(4)
    q = started.questions[0]
    response = answer(student(app, started), started, 0, q.correct[0])
    assert response.status_code == 200
    assert response.json["phase"] == "question" and "Answer locked" in response.json["html"]
    assert stored_answers(started) == [(started.players[0].id, q.id, 900, 4000)]


def test_an_answer_arriving_within_the_grace_counts_one_after_is_refused(app, started, clock):
    clock.advance(20.5)  # sent as the countdown ended, delayed by the network
    assert answer(student(app, started), started, 0, 0).status_code == 200
    clock.advance(0.5)
    response = answer(student(app, started, 1), started, 0, 0)
    assert response.status_code == 409
    assert response.json["error"] == "Time is up: your answer arrived after the countdown ended and was not counted."
    q = started.questions[0]
    assert [(player, question, ms) for player, question, _, ms in stored_answers(started)] == [
        (started.players[0].id, q.id, 20000)
    ], "the graced answer is scored as one on the last moment"


def test_a_plain_form_answer_redirects_back_to_the_game_with_the_message(app, started, clock):
    clock.advance(30)
    browser = student(app, started)
    response = browser.post(f"/live/play/{started.code}/answer", data={"position": 0, "choice": [0]})
    assert response.status_code == 302 and response.location.endswith(f"/live/play/{started.code}")
    assert "Time is up" in browser.get(response.location).get_data(as_text=True)


def test_pause_stops_the_clock_for_answers_too(app, client, started, clock):
    clock.advance(5)
    press(client, started.room_id, "pause")
    clock.advance(100)
    refused = answer(student(app, started), started, 0, 0)
    assert refused.status_code == 409 and "paused" in refused.json["error"]
    press(client, started.room_id, "resume")
    clock.advance(2)
    assert answer(student(app, started), started, 0, 0).status_code == 200
    assert stored_answers(started)[0][3] == 7000


def test_an_answer_to_a_question_that_is_no_longer_open_is_refused(app, client, started):
    press(client, started.room_id, "next")
    response = answer(student(app, started), started, 0, 0)
    assert response.status_code == 409 and "closed" in response.json["error"]


def test_an_answer_needs_a_choice(app, started):
    response = answer(student(app, started), started, 0)
    assert response.status_code == 409 and response.json["error"] == "Choose an answer first."


def test_a_second_answer_changes_nothing(app, started, clock):
    browser = student(app, started)
    q = started.questions[0]
    wrong = next(i for i in range(len(q.choices)) if i not in q.correct)
    answer(browser, started, 0, q.correct[0])
    clock.advance(3)
    again = answer(browser, started, 0, wrong)
    assert again.status_code == 200 and "Answer locked" in again.json["html"]
    assert len(stored_answers(started)) == 1 and stored_answers(started)[0][2] == 1000


def test_when_everyone_has_answered_the_answer_is_revealed(app, started):
    answer(student(app, started, 0), started, 0, 0)
    last = answer(student(app, started, 1), started, 0, 1)
    assert last.json["phase"] == "reveal"


def test_each_student_sees_only_their_own_result(app, client, started, clock):
    q = started.questions[0]
    wrong = next(i for i in range(len(q.choices)) if i not in q.correct)
    clock.advance(1)
    answer(student(app, started, 0), started, 0, q.correct[0])
    answer(student(app, started, 1), started, 0, wrong)
    ada = student(app, started, 0).get(f"/live/play/{started.code}/state").json["html"]
    bo = student(app, started, 1).get(f"/live/play/{started.code}/state").json["html"]
    assert 'data-verdict="right"' in ada and "+975 points" in ada and "1st</strong> of 2" in ada
    assert 'data-verdict="wrong"' in bo and "+0 points" in bo and "2nd</strong> of 2" in bo
    assert "Bo" not in ada and "Ada" not in bo


def test_a_student_who_did_not_answer_is_told_so(app, client, started):
    press(client, started.room_id, "next")
    html = student(app, started).get(f"/live/play/{started.code}/state").json["html"]
    assert 'data-verdict="none"' in html and "No answer this time" in html


def test_a_refresh_resumes_at_the_current_state_with_every_point_kept(app, client, started, clock):
    clock.advance(1)
    answer(student(app, started), started, 0, started.questions[0].correct[0])
    press(client, started.room_id, "next")
    press(client, started.room_id, "next")
    # A new browser tab with the same cookie (a refresh, a phone waking up) lands on question 2.
    page = student(app, started).get(f"/live/play/{started.code}")
    assert page.status_code == 200 and 'data-stage="question"' in page.get_data(as_text=True)
    assert "Question 2 of 3" in page.get_data(as_text=True)
    press(client, started.room_id, "next")
    result = student(app, started).get(f"/live/play/{started.code}").get_data(as_text=True)
    assert "No answer this time" in result and "<strong>975</strong> points" in result


def test_the_final_screen_shows_the_students_own_rank(app, client):
    game = make_live_game(app, ("Ada", "Bo"), count=1)
    press(as_teacher(client, game.teacher_id), game.room_id, "start")
    answer(student(app, game, 1), game, 0, game.questions[0].correct[0])
    press(client, game.room_id, "next")
    press(client, game.room_id, "next")
    bo = student(app, game, 1).get(f"/live/play/{game.code}/state").json
    assert bo["phase"] == "finished" and "1st" in bo["html"] and "Game over" in bo["html"]


def test_tap_the_word_shows_the_sentences_words_and_gives_partial_credit(app, client, clock):
    game = make_live_game(app, ("Ada",), count=1, kinds="words")
    q = game.questions[0]
    assert q.kind == "loaded_word" and len(q.correct) == 2
    press(as_teacher(client, game.teacher_id), game.room_id, "start")
    html = student(app, game).get(f"/live/play/{game.code}/state").json["html"]
    assert (
        len(re.findall(r'<input type="checkbox"[^>]*name="choice"', html)) == len(q.choices)
        and "Lock in my answer" in html
    )
    assert '<span class="between">.</span>' in html  # the sentence as printed, its full stop kept
    assert answer(student(app, game), game, 0, q.correct[0]).status_code == 200
    assert stored_answers(game)[0][2] == 500


def test_shuffled_choices_are_mapped_back_to_the_question(app, client):
    game = make_live_game(app, ("Ada",), count=1, shuffle_choices=True)
    q = game.questions[0]
    press(as_teacher(client, game.teacher_id), game.room_id, "start")
    html = student(app, game).get(f"/live/play/{game.code}/state").json["html"]
    right_text = escaped(q.choices[q.correct[0]])
    buttons = html.split('<button type="submit" name="choice" value="')[1:]
    position = next(int(b.split('"')[0]) for b in buttons if right_text in b.split("</button>")[0])
    answer(student(app, game), game, 0, position)
    assert stored_answers(game)[0][2] == 1000


def test_a_removed_player_cannot_answer(app, client, started):
    client.post(f"/live/rooms/{started.room_id}/players/{started.players[0].id}/remove")
    response = answer(student(app, started), started, 0, 0)
    assert response.status_code == 409 and "no longer in this room" in response.json["error"]
    assert stored_answers(started) == []


def test_answers_are_limited_per_browser_and_one_over_the_limit_is_not_stored(app, client):
    app.config["RATELIMIT_ANSWER"] = "2 per minute"
    game = make_live_game(app, ("Ada", "Bo"), count=3)
    press(as_teacher(client, game.teacher_id), game.room_id, "start")
    ada = student(app, game)
    assert answer(ada, game, 1, 0).status_code == 409  # refused (not the open question), still counted
    assert answer(ada, game, 0, 0).status_code == 200
    assert answer(ada, game, 0, 0).status_code == 429
    assert len(stored_answers(game)) == 1
    press(client, game.room_id, "next")
    press(client, game.room_id, "next")
    assert answer(ada, game, 1, 0).status_code == 429
    assert len(stored_answers(game)) == 1, "the answer over the limit was not stored"
    assert answer(student(app, game, 1), game, 1, 0).status_code == 200, "another browser has its own count"
