"""The gradebook page and its files, and the roster with school ids (pasted, or a CSV through the
preview page); only the classroom's own teacher reaches them."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook
from sqlalchemy import select

from quizgame.extensions import db
from quizgame.models import RosterStudent
from tests.factories import log_in, make_answer, make_classroom, make_player, make_question, make_room, make_teacher


def _world(app, client=None):  # type: ignore[no-untyped-def]
    """Ada on the roster with her ids, a stranger under a formula-like nickname; the client signed in as the teacher."""
    with app.app_context():
        teacher = make_teacher()
        classroom = make_classroom(teacher, "Period 3")
        ada = RosterStudent(classroom=classroom, display_name="Ada", email="ada@school.org", school_id="S1")
        db.session.add(ada)
        db.session.commit()
        questions = [make_question("w1"), make_question("w2")]
        room = make_room(classroom, questions, title="Monday", scoring="accuracy")
        make_answer(make_player(room, "Ada", roster_student_id=ada.id), questions[0], [0], 1000)
        stranger = make_player(room, "=HYPERLINK(1)")
        make_answer(stranger, questions[0], [0], 1000)
        make_answer(stranger, questions[1], [0], 1000)
        if client is not None:
            log_in(client, teacher)
        return teacher, classroom.id, room.id


def test_the_page_lists_players_off_the_roster_apart(client, app):
    teacher, classroom_id, _ = _world(app, client)
    html = client.get(f"/teacher/classrooms/{classroom_id}/gradebook").get_data(as_text=True)
    assert "Players who joined under a nickname" in html
    assert "=HYPERLINK(1)" in html and "2 of 2" in html


def test_canvas_download_is_plain_utf8_with_points_possible(client, app):
    teacher, classroom_id, room_id = _world(app, client)
    response = client.get(
        f"/teacher/classrooms/{classroom_id}/gradebook/download",
        query_string={"platform": "canvas", "room": room_id, "scale": "percent"},
    )
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].endswith('.csv"')
    rows = list(csv.reader(io.StringIO(response.get_data().decode("utf-8"), newline="")))
    assert rows == [
        ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Monday"],
        ["Points Possible", "", "", "", "", "100"],
        ["Ada", "", "S1", "ada@school.org", "", "50"],
    ]


def test_moodle_download_by_idnumber(client, app):
    teacher, classroom_id, _ = _world(app, client)
    response = client.get(
        f"/teacher/classrooms/{classroom_id}/gradebook/download", query_string={"platform": "moodle", "key": "idnumber"}
    )
    rows = list(csv.reader(io.StringIO(response.get_data().decode("utf-8"), newline="")))
    assert rows == [["idnumber", "Monday", "Monday (feedback)"], ["S1", "1", "1 of 2 questions right"]]


def test_the_xlsx_keeps_numbers_as_numbers_and_formulas_as_text(client, app):
    teacher, classroom_id, _ = _world(app, client)
    response = client.get(f"/teacher/classrooms/{classroom_id}/gradebook/download", query_string={"platform": "xlsx"})
    assert response.status_code == 200
    assert response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    book = load_workbook(io.BytesIO(response.get_data()))
    assert book.sheetnames == ["Students", "Not on the roster"]
    students = [[c.value for c in row] for row in book["Students"].iter_rows()]
    assert students[0][:4] == ["rank", "student", "room code", "points"] and students[0][-2:] == ["e-mail", "school id"]
    assert students[1][1] == "Ada" and students[1][3] == 1000 and students[1][-2:] == ["ada@school.org", "S1"]
    apart = [[c for c in row] for row in book["Not on the roster"].iter_rows()]
    assert apart[1][1].value == "'=HYPERLINK(1)" and apart[1][1].data_type == "s"
    assert apart[1][3].value == 2000


def test_another_teacher_gets_404s(client, app):
    _, classroom_id, _ = _world(app)
    with app.app_context():
        log_in(client, make_teacher("other@example.org"))
    assert client.get(f"/teacher/classrooms/{classroom_id}/gradebook").status_code == 404
    assert client.get(f"/teacher/classrooms/{classroom_id}/gradebook/download").status_code == 404
    upload = {"file": (io.BytesIO(b"Name\nEve\n"), "roster.csv")}
    assert client.post(f"/teacher/classrooms/{classroom_id}/roster/upload", data=upload).status_code == 404


def test_a_room_of_another_classroom_is_not_a_choice(client, app):
    _, classroom_id, _ = _world(app, client)
    with app.app_context():
        elsewhere = make_room(make_classroom(make_teacher("x@example.org")), [], title="Not yours").id
    response = client.get(f"/teacher/classrooms/{classroom_id}/gradebook/download", query_string={"room": elsewhere})
    assert response.status_code == 400


def test_pasted_ids_fill_in_an_existing_name(client, app):
    teacher, classroom_id, _ = _world(app, client)
    response = client.post(f"/teacher/classrooms/{classroom_id}/roster", data={"names": "ada; ada@new.org\nBen\tS2"})
    assert response.status_code == 302
    with app.app_context():
        roster = db.session.execute(
            select(RosterStudent.display_name, RosterStudent.email, RosterStudent.school_id).order_by(
                RosterStudent.display_name
            )
        ).all()
    assert [tuple(r) for r in roster] == [("Ada", "ada@new.org", "S1"), ("Ben", None, "S2")]


def test_a_roster_csv_goes_through_the_preview_and_a_bad_line_is_named_the_rest_added(client, app):
    teacher, classroom_id, _ = _world(app, client)
    data = "Student,SIS User ID,SIS Login ID\nCleo,S3,cleo@school.org\nDan,S4,dan at school\n"
    preview = client.post(
        f"/teacher/classrooms/{classroom_id}/roster/upload", data={"file": (io.BytesIO(data.encode()), "roster.csv")}
    )
    html = preview.get_data(as_text=True)
    assert preview.status_code == 200 and "<td>Cleo</td>" in html
    assert '<option selected value="0">Student</option>' in html
    choice = {"csv_text": data, "name": "0", "first": "", "last": "", "email": "2", "school_id": "1"}
    partly = client.post(f"/teacher/classrooms/{classroom_id}/roster/import", data=choice, follow_redirects=True)
    page = partly.get_data(as_text=True)
    assert "Added 1 name to the roster." in page
    assert "Not added: Line 3: “dan at school” is not an e-mail address." in page
    with app.app_context():
        assert sorted(db.session.scalars(select(RosterStudent.display_name)).all()) == ["Ada", "Cleo"]
    fixed = client.post(
        f"/teacher/classrooms/{classroom_id}/roster/import",
        data={**choice, "csv_text": data.replace("dan at school", "dan@school.org")},
    )
    assert fixed.status_code == 302
    with app.app_context():
        added = db.session.execute(
            select(RosterStudent.display_name, RosterStudent.email, RosterStudent.school_id).order_by(
                RosterStudent.display_name
            )
        ).all()
    assert [tuple(r) for r in added][1:] == [("Cleo", "cleo@school.org", "S3"), ("Dan", "dan@school.org", "S4")]
