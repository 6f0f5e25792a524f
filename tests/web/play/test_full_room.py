"""A whole room played through the real pages: 30 students join with the room code and answer every
question on their own clock; then the leaderboard, the report and every CSV file are checked against
the figures tests/game/full_room.py derives from the documented scoring formula."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re

from quizgame.extensions import db
from quizgame.models import Teacher
from tests.factories import log_in, make_classroom, make_question, make_room, make_teacher
from tests.game import full_room as scenario


def choice_positions(page: str) -> dict[str, int]:
    """Choice text -> the value the page sends for it, read from the rendered labels."""
    positions = {}
    for position, inner in re.findall(r'<label for="choice-(\d+)">(.*?)</label>', page, flags=re.S):
        text = inner.rsplit("</span>", 1)[-1]  # after the letter and shape markers, if any
        positions[html.unescape(text).strip()] = int(position)
    return positions


def read_csv(response) -> list[list[str]]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200
    text = response.get_data().decode("utf-8")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def test_thirty_students_play_a_room_and_every_figure_adds_up(app, clock):
    with app.app_context():
        questions = [
            make_question(
                qid,
                skill=skill,
                choices=choices,
                correct=right,
                control=control,
                kind="loaded_word" if len(right) > 1 else "who_said",
            )
            for qid, skill, choices, right, control in scenario.QUESTIONS
        ]
        teacher = make_teacher()
        room = make_room(make_classroom(teacher), questions, scoring="speed", seconds_per_question=scenario.LIMIT_S)
        code, room_id, classroom_id, teacher_id = room.code, room.id, room.classroom_id, teacher.id
    choices_of = {q[0]: q[2] for q in scenario.QUESTIONS}

    students = []
    for i, nickname in enumerate(scenario.NICKNAMES):
        clock.now = scenario.joined_at(i)
        browser = app.test_client()
        assert browser.post("/join", data={"code": code.lower(), "nickname": nickname}).status_code == 302
        students.append(browser)

    clock.now = scenario.joined_at(scenario.STUDENTS)
    for expected in scenario.expected_answers():
        browser = students[expected.student]
        number = scenario.QUESTION_IDS.index(expected.question) + 1
        assert clock.now == expected.delivered_at
        page = browser.get(f"/play/{code}/q/{number}")
        assert page.status_code == 200, (expected, page.status_code)
        positions = choice_positions(page.get_data(as_text=True))
        clock.now += dt.timedelta(milliseconds=expected.response_ms)
        picked = [positions[choices_of[expected.question][i]] for i in expected.chosen]
        sent = browser.post(f"/play/{code}/q/{number}", data={"choice": picked})
        assert sent.status_code == 302, expected

    standings = scenario.expected_standings()

    # What the students see: the room's leaderboard is live.
    board = students[0].get(f"/play/{code}/leaderboard.json").get_json()
    assert board["visible"] is True
    assert [(s["rank"], s["nickname"], s["points"], s["correct"]) for s in board["standings"]] == [
        (rank, line.nickname, line.points, line.correct) for rank, line in enumerate(standings, start=1)
    ]
    assert [s["nickname"] for s in board["standings"] if s["you"]] == [scenario.NICKNAMES[0]]

    teacher_browser = app.test_client()
    with app.app_context():
        log_in(teacher_browser, db.session.get(Teacher, teacher_id))

    page = teacher_browser.get(f"/teacher/rooms/{room_id}/leaderboard").get_data(as_text=True)
    rows = re.findall(
        r'<td>(\d+)</td>\s*<th scope="row">(.*?)</th>\s*<td class="num">(\d+)</td>\s*<td class="num">(\d+)</td>', page
    )
    assert [(int(r), html.unescape(n), int(p), int(c)) for r, n, p, c in rows] == [
        (rank, line.nickname, line.points, line.correct) for rank, line in enumerate(standings, start=1)
    ]

    report = teacher_browser.get(f"/teacher/rooms/{room_id}/report").get_data(as_text=True)
    for item in scenario.expected_question_rows():
        share = round(int(item["correct"]) / int(item["answered"]) * 100)
        assert f"{item['correct']} of {item['answered']} answers fully right ({share}%)" in report
    for (flawed_right, flawed_n), (control_right, control_n) in scenario.expected_discernment().values():
        assert f"({flawed_right} of {flawed_n})" in report and f"({control_right} of {control_n})" in report

    # The classroom has this one room, so its files hold the same rows.
    for base in (f"/teacher/rooms/{room_id}", f"/teacher/classrooms/{classroom_id}"):
        scenario.check_csv_files(
            read_csv(teacher_browser.get(f"{base}/export/answers.csv")),
            read_csv(teacher_browser.get(f"{base}/export/students.csv")),
            read_csv(teacher_browser.get(f"{base}/export/questions.csv")),
            classroom="Period 3",
            code=code,
        )
