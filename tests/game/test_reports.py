"""Teacher reports on the hand-computed room of tests/game/hand_computed.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from quizgame.game.report_rows import PlayerRow, ReportRows
from quizgame.game.reports import build_report, choice_text, end_sentence, skill_label
from tests.game import hand_computed as room
from tests.game.hand_computed import QA, QB, QC, T0, answer


def test_students_are_ranked_with_points_correct_answers_and_time():
    report = build_report(room.rows())

    assert [(s.rank, s.name, s.points, s.correct, s.answered, s.total_ms) for s in report.students] == [
        (1, "ana", 3000, 3, 3, 15_000),
        (2, "cat", 2000, 2, 3, 3_000),
        (3, "ben", 1500, 1, 3, 6_000),
        (4, "dan", 0, 0, 0, 0),
    ]
    ana, cat, ben, dan = report.students
    assert (ana.accuracy, ben.accuracy, dan.accuracy) == (1.0, 1 / 3, None)
    assert (ana.mean_ms, cat.mean_ms, dan.mean_ms) == (5000, 1000, None)


def test_correct_answers_count_full_credit_only_whatever_the_speed():
    ben = build_report(room.rows()).students[2]
    assert ben.name == "ben"
    assert ben.correct == 1  # the half-credit tap does not count as correct
    assert ben.points == 1500  # but it earns its 500 points


def test_accuracy_per_skill_per_student():
    ana, cat, ben, dan = build_report(room.rows()).students
    assert (ana.skill_accuracy("sourcing"), ana.skill_accuracy("loaded_language")) == (1.0, 1.0)
    assert (ben.skill_accuracy("sourcing"), ben.skill_accuracy("loaded_language")) == (0.5, 0.0)
    assert (cat.skill_accuracy("sourcing"), cat.skill_accuracy("loaded_language")) == (0.5, 1.0)
    assert dan.skill_accuracy("sourcing") is None


def test_item_analysis_per_question():
    qa, qb, qc = build_report(room.rows()).questions

    assert (qa.position, qa.answered, qa.correct, qa.share_correct, qa.mean_ms) == (1, 3, 2, 2 / 3, 2667)
    assert qa.choice_counts == [2, 0, 1, 0]
    assert qa.most_common_wrong == ((2,), 1) and qa.most_common_wrong_text == "C"

    assert (qb.share_correct, qb.mean_ms, qb.choice_counts) == (2 / 3, 3000, [2, 0, 0, 1])
    assert qb.most_common_wrong_text == "It is not attributed at all"

    # Tap-the-word: each tapped word counts once per answer; the half answer is the wrong one.
    assert (qc.share_correct, qc.mean_ms, qc.choice_counts) == (2 / 3, 2333, [0, 3, 2, 0, 0])
    assert qc.most_common_wrong == ((1,), 1) and qc.most_common_wrong_text == "mob"


def test_a_question_nobody_answered_has_no_share_and_no_wrong_answer():
    rows = room.rows()
    report = build_report(replace(rows, answers=[]))
    qa = report.questions[0]
    assert (qa.answered, qa.share_correct, qa.mean_ms, qa.most_common_wrong, qa.most_common_wrong_text) == (
        0,
        None,
        None,
        None,
        "",
    )


def test_the_most_common_wrong_answer_is_the_most_frequent_wrong_choice_set():
    rows = room.rows()
    eve = PlayerRow(5, "eve", "ABC234", T0 + dt.timedelta(minutes=4), None, None)
    one_d = [*rows.answers, answer(room.DAN, QA, [3], 0.0, 500, 5)]
    two_d = [*one_d, answer(eve, QA, [3], 0.0, 500, 5)]

    tie = build_report(replace(rows, answers=one_d)).questions[0]
    assert tie.most_common_wrong == ((2,), 1)  # C once, D once: the earlier choice
    d_wins = build_report(replace(rows, players=[*rows.players, eve], answers=two_d)).questions[0]
    assert (d_wins.most_common_wrong, d_wins.most_common_wrong_text) == (((3,), 2), "D")


def test_skills_split_accuracy_on_flawed_and_control_items():
    report = build_report(room.rows())
    assert report.skill_names == ["loaded_language", "sourcing"]
    loaded, sourcing = report.skills
    assert (loaded.questions, loaded.tally.correct, loaded.tally.answered) == (1, 2, 3)
    assert (loaded.discernment.flawed.accuracy, loaded.discernment.control.accuracy) == (2 / 3, None)
    assert (sourcing.questions, sourcing.tally.correct, sourcing.tally.answered) == (2, 4, 6)
    assert (sourcing.discernment.flawed.correct, sourcing.discernment.flawed.answered) == (2, 3)
    assert (sourcing.discernment.control.correct, sourcing.discernment.control.answered) == (2, 3)


def test_a_student_who_flags_everything_is_visible_as_such():
    ana, cat, ben, dan = build_report(room.rows()).students
    sourcing = cat.skills["sourcing"]
    assert (sourcing.flawed.accuracy, sourcing.control.accuracy) == (1.0, 0.0)
    assert cat.overflagging
    # Same 50% sourcing accuracy as cat, but wrong the other way round: not flagging by reflex.
    assert ben.skill_accuracy("sourcing") == cat.skill_accuracy("sourcing")
    assert not ben.overflagging
    assert not ana.overflagging and not dan.overflagging


def test_a_rostered_student_is_one_line_across_rooms_and_others_count_per_room():
    later = T0 + dt.timedelta(days=1)
    monday_ana = PlayerRow(10, "ana", "MON234", T0, 7, "Ana Lima")
    tuesday_ana = PlayerRow(20, "A.", "TUE234", later, 7, "Ana Lima")
    monday_sam = PlayerRow(11, "sam", "MON234", T0 + dt.timedelta(minutes=1), None, None)
    tuesday_sam = PlayerRow(21, "sam", "TUE234", later, None, None)
    rows = ReportRows(
        "Period 3",
        [QA, QB],
        [monday_ana, monday_sam, tuesday_ana, tuesday_sam],
        [
            answer(monday_ana, QA, [0], 1.0, 1000, 0),
            answer(tuesday_ana, QB, [0], 1.0, 1000, 1),
            answer(monday_sam, QA, [0], 1.0, 500, 0),
            answer(tuesday_sam, QA, [1], 0.0, 500, 1),
        ],
    )
    students = build_report(rows).students
    assert [(s.rank, s.name, s.room_code, s.points, s.answered) for s in students] == [
        (1, "Ana Lima", None, 2000, 2),
        (2, "sam", "MON234", 1000, 1),
        (3, "sam", "TUE234", 0, 1),
    ]


def test_choice_text_and_skill_labels():
    assert choice_text(QC, [2, 1]) == "mob; stormed"
    assert choice_text(QA, [9]) == "(choice 9)"
    assert skill_label("loaded_language") == "Loaded language"


def test_a_choice_that_is_a_whole_sentence_gets_no_second_full_stop():
    """'Right answer: ... with armed guards..' (issue 16: 9)."""
    assert end_sentence("She said the protesters are operating checkpoints with armed guards.") == (
        "She said the protesters are operating checkpoints with armed guards."
    )
    assert end_sentence("“That to us is just not acceptable.”") == "“That to us is just not acceptable.”"
    assert end_sentence("Is it?") == "Is it?"
    assert end_sentence("The reporter's") == "The reporter's."
