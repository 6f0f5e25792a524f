"""Leaderboards: the documented tie-break, one query whatever the class size, removed players out."""

from __future__ import annotations

import pytest

from quizgame.extensions import db
from quizgame.game.leaderboard import leaderboard_visible, room_leaderboard
from quizgame.game.report_rows import report_rows
from quizgame.game.reports import build_report
from quizgame.game.scoring import ranking_key
from tests.factories import (
    make_answer,
    make_classroom,
    make_player,
    make_question,
    make_room,
    make_roster_student,
    make_teacher,
)
from tests.game.scenarios import counting_queries, joined, play_class


def _questions():  # type: ignore[no-untyped-def]
    single = [make_question(f"q-single-{i}") for i in (1, 2)]
    double = [make_question(f"q-double-{i}", correct=[0, 1]) for i in (1, 2)]
    return single, double


def test_room_leaderboard_orders_by_points_then_correct_then_time_then_join(app_ctx):
    (q1, q2), (q3, q4) = _questions()
    room = make_room(make_classroom(make_teacher()), [q1, q2, q3, q4], scoring="accuracy")
    # fy is created first (lower id) but joined after ed: the join time decides, not the id.
    fy = make_player(room, "fy", **joined(6))
    players = {
        name: make_player(room, name, **joined(i)) for i, name in enumerate(["ada", "bo", "cy", "di", "ed", "gus"])
    }
    players["fy"] = fy
    ada, bo, cy, di, ed, gus = (players[n] for n in ["ada", "bo", "cy", "di", "ed", "gus"])
    make_answer(ada, q1, [0], 10_000)
    make_answer(ada, q2, [0], 10_000)
    make_answer(bo, q1, [0], 5_000)
    make_answer(bo, q2, [0], 5_000)
    make_answer(di, q1, [0], 1_000)  # 2000 points like ada and bo, faster, but one correct answer
    make_answer(di, q3, [0], 1_000)  # half credit: 500
    make_answer(di, q4, [1], 1_000)  # half credit: 500
    make_answer(cy, q1, [0], 1_000)
    make_answer(cy, q3, [1], 1_000)
    make_answer(ed, q1, [0], 7_000)
    make_answer(fy, q1, [0], 7_000)  # level with ed on everything: ed joined first
    removed = make_player(room, "hal", removed=True, **joined(0))
    make_answer(removed, q1, [0], 100)
    make_answer(removed, q2, [0], 100)
    make_answer(removed, q3, [0, 1], 100)
    other_room = make_room(room.classroom, [q1])
    make_answer(make_player(other_room, "zed"), q1, [0], 100)

    board = room_leaderboard(db.session, room.id)

    assert [(s.rank, s.nickname, s.points, s.correct, s.answered, s.total_ms) for s in board] == [
        (1, "bo", 2000, 2, 2, 10_000),
        (2, "ada", 2000, 2, 2, 20_000),
        (3, "di", 2000, 1, 3, 3_000),
        (4, "cy", 1500, 1, 2, 2_000),
        (5, "ed", 1000, 1, 1, 7_000),
        (6, "fy", 1000, 1, 1, 7_000),
        (7, "gus", 0, 0, 0, 0),
    ]
    assert board[0].player_id == bo.id and board[-1].player_id == gus.id
    join_order = {p.id: p.joined_at for p in players.values()}
    by_key = sorted(board, key=lambda s: ranking_key(s.points, s.correct, s.total_ms, 0) + (join_order[s.player_id],))
    assert by_key == board


def test_an_empty_room_has_an_empty_leaderboard(app_ctx):
    room = make_room(make_classroom(make_teacher()), [make_question("q-1")])
    assert room_leaderboard(db.session, room.id) == []


@pytest.mark.parametrize("size", [3, 30])
def test_room_leaderboard_is_one_query_whatever_the_number_of_players(app_ctx, size):
    questions = [make_question("q-a"), make_question("q-b")]
    room = make_room(make_classroom(make_teacher()), questions, scoring="speed")
    play_class(room, questions, size)
    room_id = room.id
    db.session.expire_all()

    with counting_queries() as statements:
        board = room_leaderboard(db.session, room_id)

    assert len(board) == size
    assert len(statements) == 1


def test_the_classroom_ranking_adds_up_a_rostered_student_across_rooms(app_ctx):
    """The classroom's ranking is the teacher's report's (quizgame.game.reports). Removing a player
    takes them out of the game, not out of the record: Ben's removed seat still counts for him."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    q1, q2 = make_question("q-1"), make_question("q-2")
    monday = make_room(classroom, [q1, q2], title="Monday")
    tuesday = make_room(classroom, [q1, q2], title="Tuesday")
    ana, ben = make_roster_student(classroom, "Ana Lima"), make_roster_student(classroom, "Ben Okafor")

    make_answer(make_player(monday, "ana", roster_student_id=ana.id, **joined(0)), q1, [0], 4_000)
    tuesday_ana = make_player(tuesday, "A.L.", roster_student_id=ana.id, **joined(60))
    make_answer(tuesday_ana, q1, [0], 3_000)
    make_answer(tuesday_ana, q2, [2], 2_000)
    make_answer(make_player(monday, "benny", roster_student_id=ben.id, **joined(1)), q1, [0], 9_000)
    gone = make_player(tuesday, "ben", roster_student_id=ben.id, removed=True, **joined(61))
    make_answer(gone, q2, [0], 1_000)
    make_answer(make_player(monday, "sam", **joined(2)), q1, [0], 5_000)
    make_answer(make_player(tuesday, "sam", **joined(62)), q2, [1], 5_000)
    elsewhere = make_room(make_classroom(teacher, "Period 4"), [q1])
    make_answer(make_player(elsewhere, "x", roster_student_id=None), q1, [0], 1)

    board = [s for s in build_report(report_rows(db.session, classroom_id=classroom.id)).students if not s.removed]

    assert [(s.rank, s.name, s.points, s.correct, s.answered, s.total_ms) for s in board] == [
        (1, "Ana Lima", 2000, 2, 3, 9_000),
        (2, "Ben Okafor", 2000, 2, 2, 10_000),
        (3, "sam", 1000, 1, 1, 5_000),
        (4, "sam", 0, 0, 1, 5_000),
    ]
    assert board[0].room_code is None, "a rostered student counts across rooms"
    assert (board[2].room_code, board[3].room_code) == (monday.code, tuesday.code)


@pytest.mark.parametrize(
    "setting, finished, visible",
    [
        ("live", False, True),
        ("live", True, True),
        ("end", False, False),
        ("end", True, True),
        ("hidden", False, False),
        ("hidden", True, False),
    ],
)
def test_students_see_the_leaderboard_as_the_room_setting_says(setting, finished, visible):
    assert leaderboard_visible(setting, finished) is visible


def test_an_unknown_leaderboard_setting_is_an_error():
    with pytest.raises(ValueError):
        leaderboard_visible("sometimes", True)
