"""The rows behind reports and exports: a fixed number of queries, removed players left out, and
ranks that agree with the leaderboard query."""

from __future__ import annotations

import pytest

from quizgame.extensions import db
from quizgame.game.leaderboard import room_leaderboard
from quizgame.game.report_rows import report_rows, stream_answer_rows
from quizgame.game.reports import build_report
from tests.factories import (
    make_answer,
    make_classroom,
    make_player,
    make_question,
    make_room,
    make_roster_student,
    make_teacher,
)
from tests.game.scenarios import classroom_with_two_rooms_played, counting_queries, joined, play_class


@pytest.mark.parametrize("size", [3, 30])
def test_a_room_report_takes_four_queries_whatever_the_number_of_players(app_ctx, size):
    questions = [make_question("q-a"), make_question("q-b", skill="attribution", control=True)]
    room = make_room(make_classroom(make_teacher()), questions, scoring="speed")
    play_class(room, questions, size)
    room_id = room.id
    db.session.expire_all()

    with counting_queries() as statements:
        report = build_report(report_rows(db.session, room_id=room_id))

    assert len(report.students) == size
    assert sum(q.answered for q in report.questions) == 2 * size
    assert len(statements) == 4


@pytest.mark.parametrize("size", [3, 30])
def test_a_classroom_report_takes_four_queries_whatever_the_number_of_players(app_ctx, size):
    classroom_id = classroom_with_two_rooms_played(size)

    with counting_queries() as statements:
        report = build_report(report_rows(db.session, classroom_id=classroom_id))

    assert len(report.students) == 2 * size
    assert len(statements) == 4


def test_report_ranks_agree_with_the_leaderboard_and_list_removed_players_last_unranked(app_ctx):
    questions = [make_question("q-a"), make_question("q-b"), make_question("q-c", correct=[0, 1])]
    classroom = make_classroom(make_teacher())
    monday = make_room(classroom, questions, scoring="speed", title="Monday")
    tuesday = make_room(classroom, questions, scoring="speed", title="Tuesday")
    play_class(monday, questions, 12)
    play_class(tuesday, questions, 5, prefix="late")
    ana = make_roster_student(classroom, "Ana")
    for room, at in ((monday, 40), (tuesday, 41)):
        player = make_player(room, "ana", roster_student_id=ana.id, **joined(at))
        make_answer(player, questions[0], [0], 700)
    removed = make_player(monday, "gone", removed=True, **joined(50))
    make_answer(removed, questions[0], [0], 1)

    room_report = build_report(report_rows(db.session, room_id=monday.id))
    board = room_leaderboard(db.session, monday.id)
    # Removing a player takes them out of the game, not out of the record: their answer still counts here.
    *ranked, gone = room_report.students
    assert (gone.name, gone.removed, gone.rank, gone.answered, gone.points) == ("gone", True, 0, 1, 1000)
    assert [(s.rank, s.points, s.correct, s.total_ms) for s in ranked] == [
        (s.rank, s.points, s.correct, s.total_ms) for s in board
    ]
    # The teacher's report names a rostered player after the roster; the room leaderboard by nickname.
    assert ("Ana", "ana") in [(r.name, b.nickname) for r, b in zip(room_report.students, board, strict=False)]
    classroom_report = build_report(report_rows(db.session, classroom_id=classroom.id))
    assert [(s.name, s.removed) for s in classroom_report.students[-1:]] == [("gone", True)]
    assert classroom_report.classroom_name == "Period 3"


def test_the_answers_stream_covers_the_scope_in_room_and_join_order(app_ctx):
    questions = [make_question("q-a"), make_question("q-b")]
    classroom = make_classroom(make_teacher())
    monday = make_room(classroom, questions, title="Monday")
    play_class(monday, questions, 3)
    other = make_room(make_classroom(make_teacher("other@example.org")), questions)
    play_class(other, questions, 2)

    found, rows = stream_answer_rows(db.session, room_id=monday.id)
    rows = list(rows)
    assert [q.id for q in found] == ["q-a", "q-b"]
    assert [(r.nickname, r.answer.question_id) for r in rows] == [
        (f"student {i:02}", q) for i in range(3) for q in ("q-a", "q-b")
    ]
    assert {(r.classroom_name, r.room_code) for r in rows} == {("Period 3", monday.code)}
