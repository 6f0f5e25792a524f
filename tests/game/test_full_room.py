"""A whole room of 30 students at the domain level: leaderboard, report and every CSV file against
the scoring formula (the scenario and its expected figures are in tests/game/full_room.py)."""

from __future__ import annotations

import csv
import io

from quizgame.extensions import db
from quizgame.game import csv_writer, export
from quizgame.game.leaderboard import room_leaderboard
from quizgame.game.report_rows import report_rows, stream_answer_rows
from quizgame.game.reports import build_report
from tests.factories import make_answer, make_classroom, make_player, make_question, make_room, make_teacher
from tests.game import full_room as scenario


def _play_the_room():  # type: ignore[no-untyped-def]
    questions = [
        make_question(qid, skill=skill, choices=choices, correct=right, control=control)
        for qid, skill, choices, right, control in scenario.QUESTIONS
    ]
    room = make_room(make_classroom(make_teacher()), questions, scoring="speed", seconds_per_question=scenario.LIMIT_S)
    players = [make_player(room, nick, joined_at=scenario.joined_at(i)) for i, nick in enumerate(scenario.NICKNAMES)]
    by_id = {q.id: q for q in questions}
    for a in scenario.expected_answers():
        make_answer(players[a.student], by_id[a.question], a.chosen, a.response_ms, answered_at=a.answered_at)
    return room


def _csv(table: csv_writer.Table) -> list[list[str]]:
    text = "".join(csv_writer.csv_chunks(*table))
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def test_a_whole_room_adds_up_to_the_scoring_formula(app_ctx):
    room = _play_the_room()

    board = room_leaderboard(db.session, room.id)
    assert [(s.nickname, s.points, s.correct, s.answered, s.total_ms) for s in board] == [
        (line.nickname, line.points, line.correct, line.answered, line.total_ms)
        for line in scenario.expected_standings()
    ]
    assert len({s.points for s in board}) > 20  # the scenario really spreads the class out

    report = build_report(report_rows(db.session, room_id=room.id))
    assert [s.name for s in report.students] == [line.nickname for line in scenario.expected_standings()]
    for item, expected in zip(report.questions, scenario.expected_question_rows(), strict=True):
        assert (str(item.answered), str(item.correct), scenario.share(item.correct, item.answered)) == (
            expected["answered"],
            expected["correct"],
            expected["share correct"],
        )
        assert str(item.mean_ms) == expected["mean response ms"]
        assert item.most_common_wrong_text == expected["most common wrong answer"]
    discernment = {
        s.skill: (
            (s.discernment.flawed.correct, s.discernment.flawed.answered),
            (s.discernment.control.correct, s.discernment.control.answered),
        )
        for s in report.skills
    }
    assert discernment == scenario.expected_discernment()

    questions, rows = stream_answer_rows(db.session, room_id=room.id)
    scenario.check_csv_files(
        _csv(export.answers_table(questions, rows)),
        _csv(export.students_table(report)),
        _csv(export.questions_table(report)),
        classroom="Period 3",
        code=room.code,
    )


def test_the_scenario_covers_the_cases_that_matter():
    answers = scenario.expected_answers()
    assert any(a.response_ms > scenario.LIMIT_MS for a in answers)  # late
    assert any(a.response_ms <= 500 and a.correct for a in answers)  # instant
    assert any(0 < a.credit < 1 for a in answers)  # half credit
    assert any(a.points > 1000 for a in answers)  # streak bonus
    assert any(not a.correct and a.response_ms <= scenario.LIMIT_MS for a in answers)  # plain wrong
