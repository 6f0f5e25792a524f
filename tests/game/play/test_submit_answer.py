"""One core for both modes: the same questions, answered the same way at the same moments, store the
same answers and earn the same points whether the room is self-paced or live."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from quizgame.extensions import db
from quizgame.game.live import machine
from quizgame.game.live.answers import take_live_answer
from quizgame.game.scoring import speed_points, streak_bonus
from quizgame.models import Answer, Player, Question, Room
from tests.factories import load_demo_content, make_classroom, make_player, make_room, make_teacher
from tests.game.seat_play import answer_at
from tests.game.three_questions import ATTRIBUTION, NOW, WHO_SAID, later


def _stored(player: Player) -> list[tuple[str, list[int], bool, float, int, int]]:
    rows = db.session.scalars(select(Answer).where(Answer.player_id == player.id).order_by(Answer.answered_at))
    return [(a.question_id, list(a.chosen), a.correct, a.credit, a.points, a.response_ms) for a in rows]


def _play_live(room: Room, player: Player, questions: list[Question], plan: list[tuple[int, float, list[int]]]) -> None:
    opened = NOW
    machine.start(room, opened, len(questions))
    for number, seconds, positions in plan:
        at = opened + dt.timedelta(seconds=seconds)
        question = questions[number]
        if seconds * 1000 <= machine.limit_ms(room):
            take_live_answer(db.session, room, player, question, positions, machine.check_answer(room, number, at), at)
        db.session.commit()
        opened = at + dt.timedelta(seconds=30)
        if number + 1 < len(questions):
            machine.skip(room, opened, len(questions))
        db.session.commit()


def test_the_same_answers_store_the_same_rows_and_points_in_both_modes(app_ctx):  # type: ignore[no-untyped-def]
    load_demo_content()
    first, second = db.session.get(Question, ATTRIBUTION), db.session.get(Question, WHO_SAID)
    questions = [first, second]
    classroom = make_classroom(make_teacher())
    settings = dict(seconds_per_question=20, scoring="speed", shuffle_choices=False, shuffle_questions=False)
    paced = make_room(classroom, questions, **settings)
    live = make_room(classroom, questions, mode="live", **settings)
    sam, kim = make_player(paced, "Sam"), make_player(live, "Kim")
    plan = [(0, 3.5, [first.correct[0]]), (1, 8.0, [second.correct[0]])]

    for number, seconds, positions in plan:
        delivered = later(number * 30)
        assert answer_at(paced, sam, number, positions, delivered + dt.timedelta(seconds=seconds), delivered=delivered)
    _play_live(live, kim, questions, plan)

    assert _stored(sam) == _stored(kim)
    points = [row[4] for row in _stored(sam)]
    assert points == [speed_points(3500, 20_000), speed_points(8000, 20_000) + streak_bonus(2)], "a streak in both"


def test_a_repeated_answer_keeps_the_first_in_both_modes(app_ctx):  # type: ignore[no-untyped-def]
    load_demo_content()
    question = db.session.get(Question, ATTRIBUTION)
    classroom = make_classroom(make_teacher())
    paced = make_room(classroom, [question], seconds_per_question=20, scoring="speed", shuffle_choices=False)
    live = make_room(
        classroom, [question], mode="live", seconds_per_question=20, scoring="speed", shuffle_choices=False
    )
    sam, kim = make_player(paced, "Sam"), make_player(live, "Kim")
    right, wrong = question.correct[0], (question.correct[0] + 1) % len(question.choices)

    assert answer_at(paced, sam, 0, [right], later(2), delivered=NOW)
    assert not answer_at(paced, sam, 0, [wrong], later(3), delivered=NOW)
    machine.start(live, NOW, 1)
    db.session.commit()
    taken = take_live_answer(db.session, live, kim, question, [right], 2000, later(2))
    again = take_live_answer(db.session, live, kim, question, [wrong], 3000, later(3))
    db.session.commit()

    assert not taken.duplicate and again.duplicate
    assert (again.correct, again.points) == (taken.correct, taken.points) == (True, _stored(sam)[0][4])
    assert _stored(sam) == _stored(kim)
