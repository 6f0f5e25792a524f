"""The school's tools in a real browser: a teacher downloads a classroom's Canvas gradebook file from
the report (a nickname player listed apart, not in the file), then imports an Aiken file of their own
questions and finds them marked as not tied to an article."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from quizgame import create_app
from quizgame.extensions import db
from quizgame.models import RosterStudent
from tests.axe import AxeWatch, assert_accessible
from tests.factories import PASSWORD, make_answer, make_classroom, make_player, make_question, make_room, make_teacher

pytestmark = pytest.mark.browser

AIKEN = "Which source is named?\nA. The mayor\nB. A resident\nANSWER: A\n"


@pytest.fixture
def played_classroom(database_file: str) -> tuple[str, int]:
    app = create_app({"DATABASE_URL": database_file, "SECRET_KEY": "browser-test-secret"})
    with app.app_context():
        teacher = make_teacher("grades@example.org", "Ms Grades")
        classroom = make_classroom(teacher, "Period 3")
        ada = RosterStudent(classroom=classroom, display_name="Ada Lovelace", email="ada@school.org", school_id="S1815")
        db.session.add(ada)
        db.session.commit()
        questions = [make_question("browser-1"), make_question("browser-2")]
        room = make_room(classroom, questions, title="Monday quiz", scoring="accuracy")
        make_answer(make_player(room, "Ada Lovelace", roster_student_id=ada.id), questions[0], [0], 1000)
        make_answer(make_player(room, "Zed"), questions[0], [0], 1000)
        found = (teacher.email, classroom.id)
        db.engine.dispose()
    return found


def test_canvas_export_from_the_report_and_an_aiken_import(server, browser, played_classroom, tmp_path: Path):  # type: ignore[no-untyped-def]
    email, classroom_id = played_classroom
    page = browser.new_context(accept_downloads=True).new_page()
    page.set_default_timeout(20_000)
    axe = AxeWatch(page.context)
    page.goto(f"{server}/teacher/login")
    assert_accessible(page, "log in")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/teacher/$"))
    assert_accessible(page, "dashboard")

    # Export: classroom report -> gradebook page -> Canvas file.
    page.goto(f"{server}/teacher/classrooms/{classroom_id}")
    assert_accessible(page, "classroom")
    page.get_by_role("link", name="Classroom report").click()
    page.get_by_role("link", name="Files for your school's gradebook").wait_for()
    assert_accessible(page, "classroom report")
    page.get_by_role("link", name="Files for your school's gradebook").click()
    apart = page.locator("section[aria-labelledby=apart-heading]")
    assert "Zed" in apart.inner_text()
    assert_accessible(page, "gradebook files")
    page.get_by_label("Canvas gradebook (CSV)").check()
    page.get_by_label("Percentage (out of 100)").check()
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download").click()
    download = download_info.value
    assert download.suggested_filename.endswith("canvas.csv")
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"), newline="")))
    assert rows == [
        ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Monday quiz"],
        ["Points Possible", "", "", "", "", "100"],
        ["Ada Lovelace", "", "S1815", "ada@school.org", "", "50"],
    ]

    # Import: an Aiken file of the teacher's own questions, from the question sets page.
    aiken = tmp_path / "mine.txt"
    aiken.write_text(AIKEN, encoding="utf-8")
    page.goto(f"{server}/curate/sets")
    assert_accessible(page, "question sets")
    page.get_by_label("Format", exact=True).select_option("aiken")
    page.get_by_label("Skill these questions practise (for the reports)").select_option("sourcing")
    page.get_by_label("File (Kahoot .xlsx, or a GIFT or Aiken .txt)").set_input_files(str(aiken))
    page.get_by_role("button", name="Import the questions").click()
    page.wait_for_url(re.compile(r"/curate/own-questions$"))
    assert "Imported 1 question as candidates." in page.content()
    card = page.locator("section.question", has_text="Which source is named?")
    assert "your own question, from Aiken, not tied to an article" in card.inner_text()
    assert_accessible(page, "own questions")
    axe.assert_all_checked()
