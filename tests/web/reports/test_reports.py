"""The report, leaderboard and export pages: ownership, accessible tables, server-made SVG, CSV files."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

import pytest

from quizgame.extensions import db
from tests.factories import (
    log_in,
    make_answer,
    make_classroom,
    make_player,
    make_question,
    make_room,
    make_teacher,
)
from tests.game.scenarios import joined


@pytest.fixture
def played(app_ctx):  # type: ignore[no-untyped-def]
    """The hand-computed room of tests/game/hand_computed.py, played in the database (accuracy mode)."""
    teacher = make_teacher()
    classroom = make_classroom(teacher)
    qa = make_question("qa", choices=["A", "B", "C", "D"], prompt="Which line is, not, reporting?")
    qb = make_question(
        "qb",
        choices=["To a named person", "To an anonymous source", "To another outlet", "It is not attributed at all"],
        control=True,
        prompt='How is "the quote" attributed?',
    )
    qc = make_question(
        "qc",
        skill="loaded_language",
        kind="loaded_word",
        choices=["The", "mob", "stormed", "the", "hall"],
        correct=[1, 2],
        prompt="Tap the loaded words",
    )
    room = make_room(classroom, [qa, qb, qc], scoring="accuracy", title="Monday <b>quiz</b>")
    ana, ben, cat = (make_player(room, name, **joined(i)) for i, name in enumerate(["ana", "ben", "=cat()"]))
    make_player(room, "dan", **joined(3))
    for player, answers in (
        (ana, [(qa, [0], 4000), (qb, [0], 6000), (qc, [2, 1], 5000)]),
        (ben, [(qa, [2], 3000), (qb, [0], 2000), (qc, [1], 1000)]),
        (cat, [(qa, [0], 1000), (qb, [3], 1000), (qc, [1, 2], 1000)]),
    ):
        for question, chosen, ms in answers:
            make_answer(player, question, chosen, ms)
    return teacher, classroom, room


def svgs(html: str) -> list[ET.Element]:
    return [ET.fromstring(svg) for svg in re.findall(r"<svg .*?</svg>", html, flags=re.S)]


def read_csv(response) -> list[list[str]]:  # type: ignore[no-untyped-def]
    text = response.get_data().decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def test_the_room_report_shows_the_figures_in_tables_and_charts(client, played):
    teacher, classroom, room = played
    log_in(client, teacher)
    response = client.get(f"/teacher/rooms/{room.id}/report")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Monday &lt;b&gt;quiz&lt;/b&gt;" in html and "<b>quiz</b>" not in html
    assert "<script" not in html and "style=" not in html and "<style" not in html
    assert html.count('<th scope="col">') > 10 and "<caption>" in html
    assert "Flags problems where there are none" in html  # =cat() flags everything
    assert "=cat()" in html
    charts = svgs(html)
    assert len(charts) == 2 + 3  # discernment, share correct, one per question
    assert all(c.get("role") == "img" and c.get("aria-label") for c in charts)
    assert 'href="/static/css/reports.css"' in html
    rows = re.findall(r'<th scope="row">([^<]*)</th>\s*<td class="num">(\d+)</td>\s*<td class="num">(\d+)</td>', html)
    assert rows[:4] == [("ana", "3000", "3"), ("=cat()", "2000", "2"), ("ben", "1500", "1"), ("dan", "0", "0")]


def test_the_classroom_report_and_the_leaderboard_page(client, played):
    teacher, classroom, room = played
    log_in(client, teacher)
    report = client.get(f"/teacher/classrooms/{classroom.id}/report")
    assert report.status_code == 200
    assert f"/teacher/rooms/{room.id}/report" in report.get_data(as_text=True)
    board = client.get(f"/teacher/rooms/{room.id}/leaderboard").get_data(as_text=True)
    names = re.findall(r'<th scope="row">([^<]*)</th>', board)
    assert names == ["ana", "=cat()", "ben", "dan"]


@pytest.mark.parametrize("scope", ["room", "classroom"])
def test_the_three_csv_files(client, played, scope):
    teacher, classroom, room = played
    log_in(client, teacher)
    base = f"/teacher/rooms/{room.id}" if scope == "room" else f"/teacher/classrooms/{classroom.id}"

    answers = client.get(f"{base}/export/answers.csv")
    assert answers.status_code == 200
    assert answers.headers["Content-Type"] == "text/csv; charset=utf-8"
    expected_name = f"quizgame-{room.code.lower()}-answers.csv" if scope == "room" else "quizgame-period-3-answers.csv"
    assert answers.headers["Content-Disposition"] == f'attachment; filename="{expected_name}"'
    table = read_csv(answers)
    assert table[0][:3] == ["classroom", "room code", "nickname"] and len(table) == 1 + 9
    assert [
        "Period 3",
        room.code,
        "'=cat()",
        "qb",
        "Sourcing",
        'How is "the quote" attributed?',
        "It is not attributed at all",
        "To a named person",
        "no",
        "0",
        "1000",
    ] == table[8][:11]

    students = read_csv(client.get(f"{base}/export/students.csv"))
    assert [row[:5] for row in students[1:]] == [
        ["1", "ana", room.code, "3000", "3"],
        ["2", "'=cat()", room.code, "2000", "2"],
        ["3", "ben", room.code, "1500", "1"],
        ["4", "dan", room.code, "0", "0"],
    ]
    questions = read_csv(client.get(f"{base}/export/questions.csv"))
    assert [row[1] for row in questions[1:]] == ["qa", "qb", "qc"]
    assert questions[1][8:11] == ["0.667", "2667", "C"]


def test_an_export_is_streamed_from_a_generator(client, played):
    teacher, classroom, room = played
    log_in(client, teacher)
    response = client.get(f"/teacher/rooms/{room.id}/export/answers.csv", buffered=False)
    assert response.is_streamed
    assert not isinstance(response.response, (list, tuple, bytes, str))
    chunks = list(response.response)
    response.close()
    assert len(chunks) >= 2 and chunks[0].startswith("\ufeffclassroom,".encode())


def test_an_unknown_export_is_not_found(client, played):
    teacher, classroom, room = played
    log_in(client, teacher)
    assert client.get(f"/teacher/rooms/{room.id}/export/passwords.csv").status_code == 404
    assert client.get(f"/teacher/classrooms/{classroom.id}/export/passwords.csv").status_code == 404


TEACHER_URLS = [
    "/teacher/rooms/{room}/report",
    "/teacher/classrooms/{classroom}/report",
    "/teacher/rooms/{room}/leaderboard",
    *(f"/teacher/rooms/{{room}}/export/{kind}.csv" for kind in ("answers", "students", "questions")),
    *(f"/teacher/classrooms/{{classroom}}/export/{kind}.csv" for kind in ("answers", "students", "questions")),
]


@pytest.mark.parametrize("url", TEACHER_URLS)
def test_another_teacher_gets_404_on_every_report_and_export(client, played, url):
    teacher, classroom, room = played
    log_in(client, make_teacher("other@example.org", "Mr Other"))
    assert client.get(url.format(room=room.id, classroom=classroom.id)).status_code == 404
    assert client.get(url.format(room=room.id + 1000, classroom=classroom.id + 1000)).status_code == 404


@pytest.mark.parametrize("url", TEACHER_URLS)
def test_report_pages_need_a_signed_in_teacher(client, played, url):
    teacher, classroom, room = played
    response = client.get(url.format(room=room.id, classroom=classroom.id))
    assert response.status_code in (302, 401)


def _as_player(client, player) -> None:  # type: ignore[no-untyped-def]
    with client.session_transaction() as session:
        session["players"] = {player.room.code: player.rejoin_token}


def test_players_see_the_live_leaderboard_with_their_own_line_marked(client, played):
    teacher, classroom, room = played
    ben = room.players[1]
    _as_player(client, ben)
    data = client.get(f"/play/{room.code.lower()}/leaderboard.json").get_json()
    assert data["visible"] is True and data["setting"] == "live"
    assert [(s["rank"], s["nickname"], s["points"], s["you"]) for s in data["standings"]] == [
        (1, "ana", 3000, False),
        (2, "=cat()", 2000, False),
        (3, "ben", 1500, True),
        (4, "dan", 0, False),
    ]


@pytest.mark.parametrize(
    "setting, status, phase, visible",
    [
        ("end", "open", "question", False),
        ("end", "closed", "question", True),
        ("end", "open", "finished", True),
        ("hidden", "open", "question", False),
        ("hidden", "closed", "finished", False),
    ],
)
def test_players_see_the_leaderboard_only_as_the_room_setting_allows(client, played, setting, status, phase, visible):
    teacher, classroom, room = played
    room.leaderboard, room.status, room.phase = setting, status, phase
    db.session.commit()
    _as_player(client, room.players[0])
    data = client.get(f"/play/{room.code}/leaderboard.json").get_json()
    assert data["visible"] is visible
    assert (len(data["standings"]) == 4) is visible


def test_the_join_pages_rejoin_tokens_per_room_code_identify_the_player_too(client, played):
    teacher, classroom, room = played
    with client.session_transaction() as session:
        session["players"] = {room.code: room.players[0].rejoin_token}
    data = client.get(f"/play/{room.code}/leaderboard.json").get_json()
    assert [s["nickname"] for s in data["standings"] if s["you"]] == ["ana"]


def test_the_leaderboard_json_is_only_for_players_of_that_room(client, played):
    teacher, classroom, room = played
    assert client.get(f"/play/{room.code}/leaderboard.json").status_code == 403
    other = make_room(classroom, [make_question("q-other")])
    _as_player(client, make_player(other, "eve"))
    assert client.get(f"/play/{room.code}/leaderboard.json").status_code == 403
    gone = make_player(room, "gone", removed=True)
    _as_player(client, gone)
    assert client.get(f"/play/{room.code}/leaderboard.json").status_code == 403
