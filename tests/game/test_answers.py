"""Delivering and answering: one delivery per player and question (the clock start), one answer,
scored on the server's clock, with shuffled choices mapped back to the question's indexes."""

from __future__ import annotations


import pytest
from sqlalchemy import func, select

from quizgame.extensions import db
from quizgame.game import answers, progress
from quizgame.models import Answer, Delivery, Question
from tests.game.three_questions import NOW, later


def test_delivery_is_made_once_and_keeps_its_first_time(answering):
    room, player, (question, *_) = answering
    first = answers.deliver(db.session, room, player, question, NOW)
    again = answers.deliver(db.session, room, player, question, later(5))
    assert again is first and again.delivered_at == NOW
    assert db.session.scalar(select(func.count()).select_from(Delivery)) == 1


def test_the_answer_is_timed_from_delivery_on_the_server_clock(answering):
    room, player, (question, *_) = answering
    answers.deliver(db.session, room, player, question, NOW)
    result = answers.submit(db.session, room, player, question, [4], later(10))
    assert (result.answer.response_ms, result.answer.points, result.answer.correct) == (10_000, 750, True)
    assert not result.late and not result.duplicate


def test_an_undelivered_question_cannot_be_answered(answering):
    room, player, (question, *_) = answering
    with pytest.raises(answers.AnswerRefused, match="not been shown"):
        answers.submit(db.session, room, player, question, [4], NOW)


def test_a_repeat_returns_the_stored_answer(answering):
    room, player, (question, *_) = answering
    answers.deliver(db.session, room, player, question, NOW)
    first = answers.submit(db.session, room, player, question, [4], later(2))
    repeat = answers.submit(db.session, room, player, question, [0], later(3))
    assert repeat.duplicate and repeat.answer is first.answer and repeat.answer.chosen == [4]


def test_store_once_lets_the_unique_constraint_settle_a_race(answering):
    room, player, (question, *_) = answering
    values = {"player_id": player.id, "question_id": question.id, "credit": 0.0, "points": 0, "response_ms": 5}
    kept, duplicate = answers.store_once(db.session, Answer(chosen=[4], correct=True, **values))
    assert not duplicate
    db.session.commit()
    again, duplicate = answers.store_once(db.session, Answer(chosen=[1], correct=False, **values))
    assert duplicate and again.id == kept.id and again.chosen == [4]
    db.session.commit()
    assert db.session.scalar(select(func.count()).select_from(Answer)) == 1


def test_late_answers_earn_nothing_and_closed_rooms_refuse(answering):
    room, player, (question, other, _) = answering
    answers.deliver(db.session, room, player, question, NOW)
    assert answers.past_limit(room, answers.find_delivery(db.session, player, question), later(21))
    late = answers.submit(db.session, room, player, question, [4], later(21))
    assert late.late and late.answer.points == 0 and not late.answer.correct
    answers.deliver(db.session, room, player, other, NOW)
    room.status = "closed"
    with pytest.raises(answers.AnswerRefused, match="closed"):
        answers.submit(db.session, room, player, other, [0], later(1))


def test_removed_players_cannot_answer(answering):
    room, player, (question, *_) = answering
    answers.deliver(db.session, room, player, question, NOW)
    player.removed = True
    with pytest.raises(answers.AnswerRefused, match="no longer in this room"):
        answers.submit(db.session, room, player, question, [4], later(1))


def test_shuffled_choices_map_back_to_the_question_indexes(answering):
    room, player, (question, _, words) = answering
    room.shuffle_choices = True
    delivery = answers.deliver(db.session, room, player, question, NOW)
    assert sorted(delivery.choice_order) == list(range(5))
    assert answers.choice_order(room, player, question) == delivery.choice_order  # fixed per player
    shown = answers.shown_choices(question, delivery)
    position = next(p for p, text in shown if text == "It is not attributed at all")
    assert answers.submit(db.session, room, player, question, [position], later(1)).answer.chosen == [4]
    assert answers.choice_order(room, player, words) is None  # the words of a sentence keep their order


def test_positions_outside_the_choices_are_refused(answering):
    room, player, (question, *_) = answering
    answers.deliver(db.session, room, player, question, NOW)
    with pytest.raises(answers.AnswerRefused, match="does not match"):
        answers.submit(db.session, room, player, question, [9], later(1))


def test_streak_counts_back_from_the_latest_answer(answering):
    room, player, (first, second, words) = answering
    for n, (question, chosen) in enumerate([(first, [4]), (second, [question_answer(second)]), (words, [13, 14])]):
        answers.deliver(db.session, room, player, question, later(n * 30))
        result = answers.submit(db.session, room, player, question, chosen, later(n * 30))
        assert result.answer.correct
    assert answers.current_streak(db.session, player) == 3
    assert result.answer.points == 1000 + 200  # instant answer plus the bonus for a third in a row


def question_answer(question: Question) -> int:
    return question.correct[0]


def test_progress_walks_the_player_order_and_summarises_by_skill(answering):
    room, player, (first, second, words) = answering
    assert progress.next_position(db.session, room, player) == 0
    answers.deliver(db.session, room, player, first, NOW)
    answers.submit(db.session, room, player, first, [4], later(1))
    answers.deliver(db.session, room, player, second, NOW)
    answers.submit(db.session, room, player, second, [question_answer(second) + 1], later(1))
    assert progress.next_position(db.session, room, player) == 2
    summary = progress.summary(db.session, room, player)
    assert (summary.answered, summary.correct, summary.total) == (2, 1, 3)
    assert [(s.skill, s.correct, s.answered, s.percent) for s in summary.skills] == [
        ("attribution", 0, 1, 0), ("sourcing", 1, 1, 100)]


def test_shuffled_question_order_is_fixed_per_player(answering):
    room, player, _ = answering
    room.shuffle_questions = True
    order = [rq.question_id for rq in progress.question_order(room, player)]
    assert order == [rq.question_id for rq in progress.question_order(room, player)]
    assert sorted(order) == sorted(rq.question_id for rq in room.room_questions)
