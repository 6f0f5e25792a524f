"""A question's own time limit in a room (issue 16: 3), self-paced: the question page counts down
from it, the answer is scored against it, and the results and the answers CSV judge lateness by it."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select

from quizgame.extensions import db
from quizgame.models import Answer, Question, Room, Teacher
from tests.factories import load_demo_content, log_in, make_classroom, make_room, make_teacher
from tests.web.play.test_play import ATTRIBUTION, WHO_SAID, _join, _positions


def _room_with_a_long_first_question(app) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    with app.app_context():
        load_demo_content()
        questions = [db.session.get(Question, qid) for qid in (ATTRIBUTION, WHO_SAID)]
        room = make_room(make_classroom(make_teacher()), questions, seconds_per_question=15)
        room.room_questions[0].seconds = 60
        db.session.commit()
        return room.code, room.id


def test_a_question_with_its_own_limit_counts_down_and_scores_by_it(client, app, clock):
    code, room_id = _room_with_a_long_first_question(app)
    _join(client, code)
    page = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    assert 'data-limit="60"' in page and 'data-remaining="60"' in page
    clock.advance(30)  # past the room's 15 s, within the question's 60 s
    client.post(f"/play/{code}/q/1", data={"choice": _positions(page)["It is not attributed at all"]})
    second = client.get(f"/play/{code}/q/2").get_data(as_text=True)
    assert 'data-limit="15"' in second
    clock.advance(16)  # the room's limit for a question without its own
    client.post(f"/play/{code}/q/2", data={"choice": next(iter(_positions(second).values()))})
    with app.app_context():
        first, late = db.session.scalars(select(Answer).order_by(Answer.id)).all()
        assert (first.correct, first.response_ms, first.points > 0) == (True, 30_000, True)
        assert (late.points, late.correct) == (0, False)

    done = client.get(f"/play/{code}/done").get_data(as_text=True)
    assert done.count("too late, 0 points") == 1
    with app.app_context():
        log_in(client, db.session.scalar(select(Teacher)))
    rows = list(
        csv.DictReader(
            io.StringIO(
                client.get(f"/teacher/rooms/{room_id}/export/answers.csv").get_data(as_text=True).lstrip("\ufeff")
            )
        )
    )
    assert [(row["question id"], row["late"]) for row in rows] == [(ATTRIBUTION, "no"), (WHO_SAID, "yes")]


def test_the_room_page_needs_no_change_for_rooms_without_question_limits(client, app, clock):
    """A question without its own limit keeps the room's, as before."""
    code, room_id = _room_with_a_long_first_question(app)
    with app.app_context():
        db.session.get(Room, room_id).room_questions[0].seconds = None
        db.session.commit()
    _join(client, code)
    assert 'data-limit="15"' in client.get(f"/play/{code}/q/1").get_data(as_text=True)
