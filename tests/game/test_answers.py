"""The answer rules that sit beside the seat path (tests/game/test_seats.py plays it): choices
shown in a fixed order per player and mapped back, the time limit, the streak, and progress."""

from __future__ import annotations

from sqlalchemy import select

from quizgame.extensions import db
from quizgame.game import answers, progress
from quizgame.game.fast_path.answer_rows import read_answer_seat
from quizgame.models import Answer
from tests.game.seat_play import answer_at, choice_order, seat_of, seated
from tests.game.three_questions import NOW, later


def test_choices_are_shuffled_once_per_player_and_a_sentences_words_keep_their_order(answering):
    room, player, (question, _, words) = answering
    room.shuffle_choices = True
    order = choice_order(room, player, question)
    assert sorted(order) == list(range(5)) and choice_order(room, player, question) == order
    found, seat = seated(room, player)
    slot = answers.deliver_to_seat(db.session.connection(), found, seat, seat.slots[0], NOW)
    shown = answers.shown_choices(question, slot)
    assert [text for _, text in shown] == [question.choices[i] for i in slot.choice_order]
    assert answers.to_question_indexes(slot, [slot.choice_order.index(4)], 5) == [4]
    assert choice_order(room, player, words) is None  # the words of a sentence keep their order


def test_the_time_limit_is_past_only_after_the_rooms_seconds(answering):
    room, player, _ = answering
    found, seat = seated(room, player)
    slot = answers.deliver_to_seat(db.session.connection(), found, seat, seat.slots[0], NOW)
    assert not answers.past_limit(room, slot, later(20)) and answers.past_limit(room, slot, later(21))
    assert answer_at(room, player, 0, [4], later(21), delivered=NOW)  # the right choice, a second late
    late = db.session.scalar(select(Answer))
    assert (late.correct, late.points, late.response_ms) == (False, 0, 21_000)


def test_the_streak_counts_back_from_the_latest_answer(answering):
    room, player, (_, second, _) = answering
    for number, chosen in enumerate([[0], [second.correct[0]], [9, 13, 14]]):
        answer_at(room, player, number, chosen, later(number * 30))
    live_read, _ = read_answer_seat(db.session.connection(), room.code, player.rejoin_token)  # a live answer's read
    assert live_read is not None and live_read.streak == 2 == seat_of(room, player, later(90)).streak()


def test_progress_walks_the_player_order_and_summarises_by_skill(answering):
    room, player, (_, second, _) = answering
    assert seat_of(room, player).next_position() == 0
    answer_at(room, player, 0, [4], later(1), delivered=NOW)
    answer_at(room, player, 1, [second.correct[0] + 1], later(1), delivered=NOW)
    assert seat_of(room, player, later(1)).next_position() == 2
    summary = progress.summary(db.session, room, player)
    assert (summary.answered, summary.correct, summary.total) == (2, 1, 3)
    assert [(s.skill, s.correct, s.answered, s.percent) for s in summary.skills] == [
        ("attribution", 0, 1, 0),
        ("sourcing", 1, 1, 100),
    ]


def test_shuffled_question_order_is_fixed_per_player(answering):
    room, player, _ = answering
    room.shuffle_questions = True
    order = [rq.question_id for rq in progress.question_order(room, player)]
    assert order == [rq.question_id for rq in progress.question_order(room, player)]
    assert sorted(order) == sorted(rq.question_id for rq in room.room_questions)
