"""Self-paced play: the server starts a player's clock on first delivery, scores answers against it,
shows feedback with the explanation and the highlighted evidence, and ends with score and skills."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from quizgame.extensions import db
from quizgame.models import Answer, Delivery, Question, Room
from tests.clock import START
from tests.factories import load_demo_content, make_classroom, make_room, make_teacher

WHO_SAID = "q-a14703068b"
ATTRIBUTION = "q-5b275c75c1"  # single answer: index 4, "It is not attributed at all"
LOADED_WORD = "q-b882700ba6"  # tap-the-word with three loaded words: indexes 9, 13 and 14


def _room(app, question_ids, **settings) -> str:
    with app.app_context():
        load_demo_content()
        questions = [db.session.get(Question, qid) for qid in question_ids]
        return make_room(make_classroom(make_teacher()), questions, **settings).code


def _join(client, code, nickname="Sam"):
    assert client.post("/join", data={"code": code, "nickname": nickname}).status_code == 302


def _positions(html: str) -> dict[str, int]:
    """Choice text -> the position value the page sends for it."""
    values = dict(re.findall(r'id="(choice-\d+)" name="choice" value="(\d+)"', html))
    labels = re.findall(r'<label for="(choice-\d+)">(.*?)</label>', html, re.S)
    result = {}
    for input_id, inner in labels:
        inner = re.sub(
            r'<span class="choice-marker".*?</span>.</span>|<span class="visually-hidden">.*?</span>', "", inner
        )
        result[re.sub(r"<[^>]+>", "", inner).strip()] = int(values[input_id])
    return result


def _answers(app):
    with app.app_context():
        return db.session.scalars(select(Answer).order_by(Answer.id)).all()


def test_the_question_page_shows_excerpt_prompt_and_lettered_choices(client, app, clock):
    code = _room(app, [ATTRIBUTION])
    _join(client, code)
    html = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    assert "How is the figure of 14,000 complaints against Seattle police attributed?" in html
    assert '<blockquote class="excerpt"><p>Local law enforcement officials' in html
    assert 'type="radio"' in html
    assert '<span class="choice-shape">▲</span>A' in html and '<span class="choice-shape">◆</span>B' in html
    assert 'aria-live="polite"' in html
    assert '<script src="/static/js/play.js"' in html and "<script>" not in html and "style=" not in html


def test_a_passage_that_would_give_the_answer_away_waits_for_the_feedback(client, app, clock):
    code = _room(app, ["q-00d7602b9a"])  # not_reporting: the promo line is one of the choices
    _join(client, code)
    html = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    assert '<figure class="passage' not in html
    # The whole article is one tap away, as for every question: finding the promo in it is the task.
    assert '<details class="read-article"><summary>Read the article</summary>' in html.replace("\n  ", "")


def test_the_clock_starts_at_first_delivery_and_a_reload_does_not_restart_it(client, app, clock):
    code = _room(app, [ATTRIBUTION], scoring="speed", seconds_per_question=20)
    _join(client, code)
    clock.advance(30)  # joining is not delivery: time in the lobby does not count
    client.get(f"/play/{code}/q/1")
    clock.advance(4)
    client.get(f"/play/{code}/q/1")
    with app.app_context():
        deliveries = db.session.scalars(select(Delivery)).all()
        assert [d.delivered_at for d in deliveries] == [START + dt.timedelta(seconds=30)]
    clock.advance(6)
    page = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    assert '<strong class="timer-value">10</strong>' in page
    client.post(f"/play/{code}/q/1", data={"choice": _positions(page)["It is not attributed at all"]})
    (answer,) = _answers(app)
    assert answer.response_ms == 10_000 and answer.correct
    assert answer.points == 750  # round(1000 x (1 - (10/20)/2)), docs/scoring.md


def test_right_answer_feedback_shows_points_explanation_and_highlighted_evidence(client, app, clock):
    code = _room(app, [ATTRIBUTION])
    _join(client, code)
    page = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    clock.advance(3)
    response = client.post(f"/play/{code}/q/1", data={"choice": _positions(page)["It is not attributed at all"]})
    assert response.headers["Location"] == f"/play/{code}/q/1"
    html = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    assert "Right!" in html and "<strong>1000</strong> points" in html
    assert "names no source" in html  # the explanation
    assert re.search(
        r"<mark>Local law enforcement officials have come under fire .*?Seattle police\.</mark>", html, re.S
    )
    assert 'role="status" aria-live="polite"' in html
    assert "See my results" in html


def test_evidence_paragraph_is_escaped_before_it_is_marked(client, app, clock):
    code = _room(app, [ATTRIBUTION])
    with app.app_context():
        question = db.session.get(Question, ATTRIBUTION)
        article = question.evidence_article
        start = question.evidence_start
        article.body = article.body[: start - 2] + "<b" + article.body[start:]
        db.session.commit()
    _join(client, code)
    client.get(f"/play/{code}/q/1")
    client.post(f"/play/{code}/q/1", data={"choice": 0})
    html = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    assert "&lt;b<mark>" in html and "<b<mark>" not in html


def test_wrong_answer_without_explanations_hides_them(client, app, clock):
    code = _room(app, [ATTRIBUTION], show_explanations=False)
    _join(client, code)
    page = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    client.post(f"/play/{code}/q/1", data={"choice": _positions(page)["To a named person"]})
    html = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    assert "Not quite." in html and "<strong>0</strong> points" in html
    assert "<mark>" not in html and "names no source" not in html


def test_a_double_submit_stores_one_answer_and_shows_the_first_result(client, app, clock):
    code = _room(app, [ATTRIBUTION, WHO_SAID])
    _join(client, code)
    page = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    choices = _positions(page)
    client.post(f"/play/{code}/q/1", data={"choice": choices["It is not attributed at all"]})
    again = client.post(f"/play/{code}/q/1", data={"choice": choices["To a named person"]})
    assert again.status_code == 200 and "Right!" in again.get_data(as_text=True)
    (answer,) = _answers(app)
    assert answer.correct


def test_an_answer_after_the_time_limit_earns_nothing_with_a_clear_message(client, app, clock):
    code = _room(app, [ATTRIBUTION], seconds_per_question=15)
    _join(client, code)
    page = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    clock.advance(16)
    client.post(f"/play/{code}/q/1", data={"choice": _positions(page)["It is not attributed at all"]})
    (answer,) = _answers(app)
    assert (answer.points, answer.correct, answer.response_ms) == (0, False, 16_000)
    assert "Time was up before your answer arrived" in client.get(f"/play/{code}/q/1").get_data(as_text=True)


def test_an_empty_answer_is_refused_in_time_and_accepted_as_late_after_it(client, app, clock):
    code = _room(app, [ATTRIBUTION], seconds_per_question=15)
    _join(client, code)
    client.get(f"/play/{code}/q/1")
    response = client.post(f"/play/{code}/q/1", data={})
    assert response.status_code == 400 and "Choose an answer" in response.get_data(as_text=True)
    clock.advance(20)
    assert "Time is up for this question" in client.get(f"/play/{code}/q/1").get_data(as_text=True)
    client.post(f"/play/{code}/q/1", data={})
    assert [(a.chosen, a.points) for a in _answers(app)] == [([], 0)]


def test_a_closed_room_refuses_answers_with_a_clear_message(client, app, clock):
    code = _room(app, [ATTRIBUTION])
    _join(client, code)
    client.get(f"/play/{code}/q/1")
    with app.app_context():
        db.session.scalar(select(Room)).status = "closed"
        db.session.commit()
    response = client.post(f"/play/{code}/q/1", data={"choice": 0}, follow_redirects=True)
    assert "This room is closed, so it no longer takes answers." in response.get_data(as_text=True)
    assert _answers(app) == []


def test_tap_the_word_shows_the_sentence_as_words_and_scores_several_picks(client, app, clock):
    code = _room(app, [LOADED_WORD], shuffle_choices=True)
    _join(client, code)
    html = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    assert 'class="sentence"' in html and 'type="checkbox"' in html
    words = re.findall(r'<label for="choice-\d+">([^<]+)</label>', html)
    assert " ".join(words).startswith("The area is situated around the precinct")  # never shuffled
    # units are grouped blind to the key: the keyed "rioting engulfed" is two taps, each one right
    assert '<label for="choice-13">rioting</label>' in html and 'value="14"' in html
    client.post(f"/play/{code}/q/1", data={"choice": ["9", "13", "14"]})
    assert [(a.chosen, a.correct) for a in _answers(app)] == [([9, 13, 14], True)]


def test_shuffled_choices_are_fixed_per_player_and_mapped_back_when_scoring(client, app, clock):
    code = _room(app, [ATTRIBUTION], shuffle_choices=True)
    orders = set()
    for nickname in ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay"]:
        player_client = app.test_client()
        _join(player_client, code, nickname)
        first = _positions(player_client.get(f"/play/{code}/q/1").get_data(as_text=True))
        assert _positions(player_client.get(f"/play/{code}/q/1").get_data(as_text=True)) == first
        orders.add(tuple(sorted(first, key=first.get)))
        player_client.post(f"/play/{code}/q/1", data={"choice": first["It is not attributed at all"]})
    assert len(orders) > 1
    assert all(a.chosen == [4] and a.correct for a in _answers(app))


def test_questions_are_answered_in_order_and_the_end_page_shows_score_and_skills(client, app, clock):
    code = _room(app, [ATTRIBUTION, WHO_SAID])
    _join(client, code)
    assert client.get(f"/play/{code}/q/2").headers["Location"] == f"/play/{code}"
    page = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    client.post(f"/play/{code}/q/1", data={"choice": _positions(page)["It is not attributed at all"]})
    assert client.get(f"/play/{code}").headers["Location"] == f"/play/{code}/q/2"
    client.get(f"/play/{code}/q/2")
    client.post(f"/play/{code}/q/2", data={"choice": 3})
    assert client.get(f"/play/{code}").headers["Location"] == f"/play/{code}/done"
    html = client.get(f"/play/{code}/done").get_data(as_text=True)
    assert "Well done, Sam!" in html
    total = sum(a.points for a in _answers(app))
    assert f"<strong>{total}</strong> points" in html
    assert "Sourcing" in html and "100%" in html and "Attribution" in html


def test_the_end_page_keeps_every_answer_with_the_right_answer_and_the_explanation(client, app, clock):
    code = _room(app, [ATTRIBUTION, WHO_SAID])
    _join(client, code)
    page = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    client.post(f"/play/{code}/q/1", data={"choice": _positions(page)["To a named person"]})
    assert "Your answers" not in client.get(f"/play/{code}/done").get_data(as_text=True)  # not until the end
    client.get(f"/play/{code}/q/2")
    client.post(f"/play/{code}/q/2", data={"choice": 3})
    html = " ".join(client.get(f"/play/{code}/done").get_data(as_text=True).split())
    with app.app_context():
        first = db.session.get(Question, ATTRIBUTION)
        prompt, explanation = first.prompt, first.explanation

    def escaped(text: str) -> str:
        entities = (("&", "&amp;"), ('"', "&#34;"), ("'", "&#39;"), ("<", "&lt;"), (">", "&gt;"))
        for plain, entity in entities:
            text = text.replace(plain, entity)
        return " ".join(text.split())

    assert "Your answers" in html and escaped(prompt) in html and escaped(explanation) in html
    assert "Your answer: <strong>To a named person</strong> — not right, 0 points" in html
    assert "The answer: <strong>It is not attributed at all</strong>" in html


@pytest.mark.parametrize("setting, shown", [("end", True), ("live", True), ("hidden", False)])
def test_the_end_page_shows_the_rank_only_when_the_room_setting_allows(client, app, clock, setting, shown):
    code = _room(app, [ATTRIBUTION], leaderboard=setting)
    rival = app.test_client()
    _join(rival, code, "Ana")
    rival.get(f"/play/{code}/q/1")
    rival.post(
        f"/play/{code}/q/1",
        data={
            "choice": _positions(rival.get(f"/play/{code}/q/1").get_data(as_text=True))["It is not attributed at all"]
        },
    )
    _join(client, code)
    client.get(f"/play/{code}/q/1")
    client.post(
        f"/play/{code}/q/1",
        data={"choice": _positions(client.get(f"/play/{code}/q/1").get_data(as_text=True))["To a named person"]},
    )
    html = " ".join(client.get(f"/play/{code}/done").get_data(as_text=True).split())
    # The room is still open: the place is said to be for now, and the board is there to see.
    assert ("You are <strong>number 2</strong> of 2 players for now: others are still playing" in html) is shown
    assert ("Leaderboard so far" in html and "Sam <strong>(you)</strong>" in html and "Ana" in html) is shown
    assert ("number 1" in rival.get(f"/play/{code}/done").get_data(as_text=True)) is shown
    with app.app_context():
        db.session.scalar(select(Room)).status = "closed"
        db.session.commit()
    closed = " ".join(client.get(f"/play/{code}/done").get_data(as_text=True).split())
    assert ("You are <strong>number 2</strong> of 2 players." in closed and "for now" not in closed) is shown


def test_an_unfinished_player_sees_no_rank_in_an_end_of_game_room(client, app, clock):
    code = _room(app, [ATTRIBUTION, WHO_SAID], leaderboard="end")
    _join(client, code)
    html = client.get(f"/play/{code}/done").get_data(as_text=True)
    assert "Your results so far, Sam" in html and "You are <strong>number" not in html
    assert "Continue playing" in html


def test_speed_scoring_results_say_why_a_question_can_give_more_than_1000_points(client, app, clock):
    code = _room(app, [ATTRIBUTION], scoring="speed")
    _join(client, code)
    page = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    client.post(f"/play/{code}/q/1", data={"choice": _positions(page)["It is not attributed at all"]})
    html = " ".join(client.get(f"/play/{code}/done").get_data(as_text=True).split())
    assert "plus a streak bonus of 100 for each right answer in a row after the first (at most 500)" in html
