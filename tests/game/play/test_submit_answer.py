"""One core for both modes: the same questions, answered the same way at the same moments, store the
same answers and earn the same points whether the room is self-paced or live.

Each mode is played through what its views call: a self-paced seat through the seat path
(tests/game/seat_play.py: find_seat, deliver_to_seat, submit_at_seat, as web/play does), a live
answer through a worker's answer desk (quizgame.game.live.answer_desk, as web/live does), alone
and in a batch with another student's answer."""

from __future__ import annotations

import datetime as dt

from flask import current_app
from sqlalchemy import select

from quizgame.extensions import db
from quizgame.game.fast_path.engines import seat_engine
from quizgame.game.live import answer_desk, machine
from quizgame.game.live.answer_desk import AnswerDesk, Ticket
from quizgame.game.play.submit import Taken
from quizgame.game.scoring import speed_points, streak_bonus
from quizgame.models import Answer, Player, Question, Room
from tests.factories import load_demo_content, make_classroom, make_player, make_room, make_teacher
from tests.game.seat_play import answer_at
from tests.game.three_questions import ATTRIBUTION, NOW, WHO_SAID, later

SETTINGS = dict(seconds_per_question=20, scoring="speed", shuffle_choices=False, shuffle_questions=False)


def _stored(player: Player) -> list[tuple[str, list[int], bool, float, int, int]]:
    rows = db.session.scalars(select(Answer).where(Answer.player_id == player.id).order_by(Answer.answered_at))
    return [(a.question_id, list(a.chosen), a.correct, a.credit, a.points, a.response_ms) for a in rows]


def _live_answer(room: Room, player: Player, number: int, positions: list[int], at: dt.datetime) -> Ticket:
    """The answer as the live answer view hands it to the desk (no rate limit here)."""
    return Ticket(room.code, player.rejoin_token, number, positions, at, limit=None, key=None)


def _seat_engine():  # type: ignore[no-untyped-def]
    """The autocommit engine the live answer view's desk runs on (quizgame.web.live.answer_batch)."""
    return seat_engine(current_app._get_current_object(), db.engine)  # type: ignore[attr-defined]


def _desk() -> AnswerDesk:
    return AnswerDesk(_seat_engine())


def _play_live(
    room: Room, players: list[Player], questions: list[Question], plan: list[tuple[int, float, list[int]]]
) -> None:
    """Open each question at its moment and take each player's answer, the first player's alone
    through the desk, the others' together as one batch (the desk's two ways)."""
    opened = NOW
    machine.start(room, opened, len(questions))
    db.session.commit()
    for number, seconds, positions in plan:
        at = opened + dt.timedelta(seconds=seconds)
        alone, *batched = (_live_answer(room, player, number, positions, at) for player in players)
        assert _desk().take(alone).taken is not None
        if batched:
            with _seat_engine().connect() as connection:
                answer_desk._run(connection, batched)
            assert all(ticket.taken is not None for ticket in batched)
        opened = at + dt.timedelta(seconds=30)
        if number + 1 < len(questions):
            machine.skip(room, opened, len(questions))
        db.session.commit()


def test_the_same_answers_store_the_same_rows_and_points_in_both_modes(app_ctx):  # type: ignore[no-untyped-def]
    load_demo_content()
    first, second = db.session.get(Question, ATTRIBUTION), db.session.get(Question, WHO_SAID)
    questions = [first, second]
    classroom = make_classroom(make_teacher())
    paced = make_room(classroom, questions, **SETTINGS)
    live = make_room(classroom, questions, mode="live", **SETTINGS)
    sam = make_player(paced, "Sam")
    kim, lee, max_ = (make_player(live, name) for name in ("Kim", "Lee", "Max"))
    plan = [(0, 3.5, [first.correct[0]]), (1, 8.0, [second.correct[0]])]

    for number, seconds, positions in plan:
        delivered = later(number * 30)
        assert answer_at(paced, sam, number, positions, delivered + dt.timedelta(seconds=seconds), delivered=delivered)
    _play_live(live, [kim, lee, max_], questions, plan)

    assert _stored(sam) == _stored(kim) == _stored(lee) == _stored(max_)
    points = [row[4] for row in _stored(sam)]
    assert points == [speed_points(3500, 20_000), speed_points(8000, 20_000) + streak_bonus(2)], "a streak in both"


def test_a_repeated_answer_keeps_the_first_in_both_modes(app_ctx):  # type: ignore[no-untyped-def]
    load_demo_content()
    question = db.session.get(Question, ATTRIBUTION)
    classroom = make_classroom(make_teacher())
    paced = make_room(classroom, [question], **SETTINGS)
    live = make_room(classroom, [question], mode="live", **SETTINGS)
    sam, kim = make_player(paced, "Sam"), make_player(live, "Kim")
    right, wrong = question.correct[0], (question.correct[0] + 1) % len(question.choices)

    assert answer_at(paced, sam, 0, [right], later(2), delivered=NOW)
    assert not answer_at(paced, sam, 0, [wrong], later(3), delivered=NOW)
    machine.start(live, NOW, 1)
    db.session.commit()
    taken = _desk().take(_live_answer(live, kim, 0, [right], later(2))).taken
    again = _desk().take(_live_answer(live, kim, 0, [wrong], later(3))).taken

    assert isinstance(taken, Taken) and isinstance(again, Taken)
    assert not taken.duplicate and again.duplicate
    assert (again.correct, again.points) == (taken.correct, taken.points) == (True, _stored(sam)[0][4])
    assert _stored(sam) == _stored(kim)
