"""A seat is the whole of a player's self-paced game read as rows: the same order, deliveries,
answers and scores as the object-by-object path, in a handful of statements."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from quizgame.extensions import db
from quizgame.game import answers, progress
from quizgame.game.fast_path.seat_rows import find_seat
from quizgame.game.play.rules import AnswerRefused
from quizgame.models import Answer, Delivery, Player
from tests.factories import make_player, make_room
from tests.game.seat_play import answer_at, choice_order, seat_of, seated
from tests.game.three_questions import NOW, later


def test_an_unknown_code_token_or_removed_player_has_no_seat(answering):
    room, player, _ = answering
    assert find_seat(db.session.connection(), "ZZZZZZ", player.rejoin_token, NOW) == (None, None)
    found, _ = find_seat(db.session.connection(), room.code, "not-a-token", NOW)
    assert (found.code, found.seconds_per_question, found.scoring) == (room.code, 20, "speed")
    assert find_seat(db.session.connection(), room.code, None, NOW) == (found, None)
    other_room = make_room(room.classroom, [], title="Other")
    assert find_seat(db.session.connection(), other_room.code, player.rejoin_token, NOW)[1] is None
    player.removed = True
    db.session.commit()
    assert find_seat(db.session.connection(), room.code, player.rejoin_token, NOW) == (found, None)


def test_the_seat_follows_the_players_own_order_when_questions_are_shuffled(answering):
    room, _, _ = answering
    room.shuffle_questions = True
    db.session.commit()
    orders = set()
    for n in range(8):
        player = make_player(room, f"Player {chr(65 + n)}")
        expected = [rq.question_id for rq in progress.question_order(room, player)]
        assert [slot.question_id for slot in seat_of(room, player).slots] == expected
        orders.add(tuple(expected))
    assert len(orders) > 1  # the order really is per player


def test_a_seat_is_read_in_one_statement(answering):
    room, player, _ = answering
    code, token = room.code, player.rejoin_token
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        find_seat(db.session.connection(), code, token, NOW)
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    # the room, the player and the questions with their deliveries and answers; then noting the visit
    assert len(statements) == 2
    assert "UPDATE players" in statements[-1]


def test_only_a_seat_read_to_score_carries_the_keys(answering):
    room, player, questions = answering
    page_room, page_seat = seated(room, player, to_score=False)
    assert all(slot.correct_json is None for slot in page_seat.slots)
    slot = answers.deliver_to_seat(db.session.connection(), page_room, page_seat, page_seat.slots[0], NOW)
    with pytest.raises(LookupError, match="without the keys"):
        answers.submit_at_seat(db.session.connection(), page_room, page_seat, slot, [4], later(1))
    scoring_seat = seat_of(room, player)
    assert [slot.correct for slot in scoring_seat.slots] == [q.correct for q in questions]


def test_last_seen_is_written_at_most_once_a_minute(answering):
    room, player, _ = answering
    seat_of(room, player, NOW)
    db.session.commit()
    seat_of(room, player, later(30))
    db.session.commit()
    assert db.session.scalar(select(Player.last_seen_at).where(Player.id == player.id)) == NOW
    seat_of(room, player, later(61))
    db.session.commit()
    assert db.session.scalar(select(Player.last_seen_at).where(Player.id == player.id)) == later(61)


def test_first_delivery_stands_even_when_another_request_made_it(answering):
    room, player, (question, *_) = answering
    found, seat = seated(room, player)
    first = answers.deliver_to_seat(db.session.connection(), found, seat, seat.slots[0], NOW)
    assert first.delivered_at == NOW
    # A second tab read the seat before the first delivery was stored, then delivers later.
    again = answers.deliver_to_seat(db.session.connection(), found, seat, seat.slots[0], later(5))
    assert again.delivered_at == NOW
    db.session.commit()
    assert db.session.scalar(select(func.count()).select_from(Delivery)) == 1
    assert seat_of(room, player).slots[0].delivered_at == NOW


def test_answers_score_on_the_server_clock_and_the_next_position_moves(answering):
    room, player, _ = answering
    assert seat_of(room, player).next_position() == 0
    assert answer_at(room, player, 0, [4], later(10), delivered=NOW)
    seat = seat_of(room, player, later(10))
    assert seat.next_position() == 1
    stored = db.session.scalar(select(Answer).where(Answer.player_id == player.id))
    assert (stored.chosen, stored.correct, stored.response_ms) == ([4], True, 10_000)
    assert stored.points == 750  # speed scoring: 1000 at once, half at the limit, 10 s of 20 gone


def test_a_repeated_or_racing_answer_keeps_the_first(answering):
    room, player, _ = answering
    found, seat = seated(room, player)
    slot = answers.deliver_to_seat(db.session.connection(), found, seat, seat.slots[0], NOW)
    assert answers.submit_at_seat(db.session.connection(), found, seat, slot, [4], later(1))
    # The same stale seat again, as a double click read before the first answer was stored.
    assert not answers.submit_at_seat(db.session.connection(), found, seat, slot, [0], later(2))
    db.session.commit()
    assert db.session.scalars(select(Answer.chosen)).all() == [[4]]
    answered = seat_of(room, player).slots[0]
    assert answered.answered and not answers.submit_at_seat(
        db.session.connection(), found, seat, answered, [0], later(3)
    )


def test_refusals_write_nothing(answering):
    room, player, _ = answering
    found, seat = seated(room, player)
    with pytest.raises(AnswerRefused, match="not been shown"):
        answers.submit_at_seat(db.session.connection(), found, seat, seat.slots[0], [4], NOW)
    slot = answers.deliver_to_seat(db.session.connection(), found, seat, seat.slots[0], NOW)
    with pytest.raises(AnswerRefused, match="does not match"):
        answers.submit_at_seat(db.session.connection(), found, seat, slot, [9], later(1))
    room.status = "closed"
    db.session.commit()
    with pytest.raises(AnswerRefused, match="closed"):
        answers.submit_at_seat(db.session.connection(), *seated(room, player), slot, [4], later(2))
    assert db.session.scalar(select(func.count()).select_from(Answer)) == 0


def test_shuffled_choices_map_back_to_the_questions_indexes(answering):
    room, player, (question, *_) = answering
    room.shuffle_choices = True
    db.session.commit()
    found, seat = seated(room, player)
    slot = answers.deliver_to_seat(db.session.connection(), found, seat, seat.slots[0], NOW)
    assert slot.choice_order == choice_order(room, player, question)
    position = slot.choice_order.index(4)
    assert answers.submit_at_seat(db.session.connection(), found, seat, slot, [position], later(1))
    assert db.session.scalar(select(Answer.chosen)) == [4]


def test_the_streak_bonus_counts_back_from_the_latest_answer(answering):
    room, player, (_, second, _) = answering
    for number, chosen in enumerate([[4], [second.correct[0]], [9, 13, 14]]):
        assert answer_at(room, player, number, chosen, later(number * 30))
    assert seat_of(room, player, later(90)).streak() == 3
    points = db.session.scalars(select(Answer.points).order_by(Answer.answered_at)).all()
    assert points == [1000, 1000 + 100, 1000 + 200]


def test_a_room_without_questions_gives_a_seat_with_nothing_to_answer(answering):
    room, _, _ = answering
    empty = make_room(room.classroom, [], title="Empty")
    player = make_player(empty, "Ann")
    seat = seat_of(empty, player)
    assert seat.slots == [] and seat.next_position() is None
