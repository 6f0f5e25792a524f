"""Gradebook files: read back the way Canvas and Moodle document their imports, from a classroom
played in the database (both backends), with players not on the roster kept out and listed apart."""

from __future__ import annotations

import csv
import io
import re

import pytest

from quizgame.extensions import db
from quizgame.game.csv_writer import csv_chunks
from quizgame.game.gradebook import (
    CANVAS_HEADERS,
    Gradebook,
    RosterEntry,
    canvas_table,
    load_gradebook,
    moodle_table,
    number,
    unique_titles,
)
from quizgame.models import RosterStudent
from tests.factories import make_answer, make_classroom, make_player, make_question, make_room, make_teacher
from tests.game.scenarios import joined

NUMBER = re.compile(r"^\d+(\.\d+)?$")


@pytest.fixture
def classroom_played(app_ctx):  # type: ignore[no-untyped-def]
    """Two rooms of one classroom. Ada (SIS id and e-mail) plays both; Ben (e-mail only) plays the
    first; Cy (no ids) plays the first; "=zed" joins the first under a nickname; Dee never plays."""
    classroom = make_classroom(make_teacher())
    roster = {
        name: RosterStudent(classroom=classroom, display_name=name, email=email, school_id=sis)
        for name, email, sis in [
            ("Ada", "ada@school.org", "S1"),
            ("Ben", "ben@school.org", None),
            ("Cy", None, None),
            ("Dee", "dee@school.org", "S4"),
        ]
    }
    db.session.add_all(roster.values())
    db.session.commit()
    single = [make_question(f"g{n}") for n in range(3)]
    double = make_question("g-two", choices=["a", "b", "c", "d"], correct=[0, 1])
    first = make_room(classroom, [*single, double], title="Monday quiz", scoring="accuracy")
    second = make_room(classroom, single[:2], title="Friday, the recap", scoring="accuracy")
    ada1 = make_player(first, "Ada", roster_student_id=roster["Ada"].id, **joined(0))
    ben = make_player(first, "Ben", roster_student_id=roster["Ben"].id, **joined(1))
    cy = make_player(first, "Cy", roster_student_id=roster["Cy"].id, **joined(2))
    zed = make_player(first, "=zed", **joined(3))
    ada2 = make_player(second, "Ada", roster_student_id=roster["Ada"].id, **joined(4))
    for player, picks in ((ada1, [[0], [0], [1], [0]]), (ben, [[0], [1], [0], [0, 1]]), (cy, [[1]]), (zed, [[0], [0]])):
        for question, chosen in zip([*single, double], picks, strict=False):
            make_answer(player, question, chosen, 1000)
    make_answer(ada2, single[0], [0], 1000)
    return classroom, first, second


def rows_of(headers, rows) -> list[list[str]]:  # type: ignore[no-untyped-def]
    text = "".join(csv_chunks(headers, rows, bom=False))
    assert not text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text, newline="")))


def read_canvas(rows: list[list[str]]) -> dict[str, object]:
    """Canvas's documented import: the five identity columns, then one column per assignment; the
    second row starts "Points Possible"; a student is matched on the SIS user id or the SIS login id."""
    header, possible, *students = rows
    assert header[:5] == CANVAS_HEADERS
    assignments = header[5:]
    assert assignments and len(set(assignments)) == len(assignments)
    assert possible[0] == "Points Possible" and possible[1:5] == ["", "", "", ""]
    points = [float(p) for p in possible[5:]]
    grades = {}
    for row in students:
        assert len(row) == len(header)
        key = row[2] or row[3]
        assert key, f"{row[0]} cannot be matched"
        for cell, top in zip(row[5:], points, strict=True):
            assert cell == "" or (NUMBER.match(cell) and float(cell) <= top)
        grades[key] = dict(zip(assignments, row[5:], strict=True))
    return {"points": dict(zip(assignments, points, strict=True)), "grades": grades}


def read_moodle(rows: list[list[str]], key: str) -> dict[str, dict[str, str]]:
    """Moodle's documented CSV import: a header row, one column mapped to a user field (here the
    first), grade columns and optional feedback columns; each user once."""
    header, *users = rows
    assert header[0] == key
    grades = {}
    for row in users:
        assert row[0] and row[0] not in grades
        if key == "email":
            assert "@" in row[0]
        cells = dict(zip(header[1:], row[1:], strict=True))
        for title, cell in cells.items():
            if not title.endswith("(feedback)"):
                assert cell == "" or NUMBER.match(cell)
        grades[row[0]] = cells
    return grades


def test_canvas_file_has_points_possible_and_a_column_per_room(classroom_played):
    classroom, _, _ = classroom_played
    book = load_gradebook(db.session, classroom.id)
    parsed = read_canvas(rows_of(*canvas_table(book, "points")))
    assert parsed["points"] == {"Monday quiz": 4.0, "Friday, the recap": 2.0}
    # Ada: g0 and g1 right, g2 wrong, one of the two answers of g-two (half); Ben: g0, g2 and both of g-two.
    # Cy has no id Canvas could match; Dee played nothing: blank cells, which Canvas leaves alone.
    assert parsed["grades"] == {
        "S1": {"Monday quiz": "2.5", "Friday, the recap": "1"},
        "ben@school.org": {"Monday quiz": "3", "Friday, the recap": ""},
        "S4": {"Monday quiz": "", "Friday, the recap": ""},
    }


def test_canvas_percentages_are_out_of_100(classroom_played):
    classroom, first, _ = classroom_played
    book = load_gradebook(db.session, classroom.id, first.id)
    parsed = read_canvas(rows_of(*canvas_table(book, "percent")))
    assert parsed["points"] == {"Monday quiz": 100.0}
    assert parsed["grades"]["S1"] == {"Monday quiz": "62.5"}
    assert parsed["grades"]["ben@school.org"] == {"Monday quiz": "75"}


def test_moodle_file_keyed_by_email_or_idnumber(classroom_played):
    classroom, _, _ = classroom_played
    book = load_gradebook(db.session, classroom.id)
    by_email = read_moodle(rows_of(*moodle_table(book, "points", "email")), "email")
    assert set(by_email) == {"ada@school.org", "ben@school.org", "dee@school.org"}
    assert by_email["ada@school.org"]["Monday quiz"] == "2.5"
    assert by_email["ada@school.org"]["Monday quiz (feedback)"] == "2.5 of 4 questions right"
    assert by_email["dee@school.org"]["Monday quiz"] == ""
    by_id = read_moodle(rows_of(*moodle_table(book, "percent", "idnumber")), "idnumber")
    assert by_id == {
        "S1": {
            "Monday quiz": "62.5",
            "Monday quiz (feedback)": "2.5 of 4 questions right",
            "Friday, the recap": "50",
            "Friday, the recap (feedback)": "1 of 2 questions right",
        },
        "S4": {
            "Monday quiz": "",
            "Monday quiz (feedback)": "",
            "Friday, the recap": "",
            "Friday, the recap (feedback)": "",
        },
    }


def test_players_off_the_roster_and_students_without_ids_are_listed_apart_never_guessed(classroom_played):
    classroom, _, _ = classroom_played
    book = load_gradebook(db.session, classroom.id)
    assert [(u.nickname, u.room_code, u.credit, u.questions) for u in book.unmatched] == [
        ("=zed", book.assignments[0].code, 2.0, 4)
    ]
    assert [s.name for s in book.missing_id("canvas")] == ["Cy"]
    assert [s.name for s in book.missing_id("moodle", "email")] == ["Cy"]
    assert [s.name for s in book.missing_id("moodle", "idnumber")] == ["Ben", "Cy"]
    everything = "".join(csv_chunks(*canvas_table(book, "points"))) + "".join(
        csv_chunks(*moodle_table(book, "points", "email"))
    )
    assert "zed" not in everything and "Cy" not in everything


def test_formula_cells_in_names_and_titles_are_neutralised():
    book_rooms = unique_titles([(1, "=SUM(A1)", "ABCDEF", 2), (2, "Quiz", "GHIJKL", 1), (3, "Quiz", "MNOPQR", 1)])
    assert [a.title for a in book_rooms] == ["=SUM(A1)", "Quiz (GHIJKL)", "Quiz (MNOPQR)"]
    book = Gradebook(book_rooms, [RosterEntry(1, "@evil", "-x@school.org", "+1")], {(1, 1): 2.0})
    rows = rows_of(*canvas_table(book, "points"))
    assert rows[0][5] == "'=SUM(A1)"
    assert rows[2][:4] == ["'@evil", "", "'+1", "'-x@school.org"]


def test_numbers_read_as_a_person_would_type_them():
    assert [number(v) for v in (None, 0.0, 3.0, 2.5, 1 / 3, 66.66666)] == ["", "0", "3", "2.5", "0.33", "66.67"]
