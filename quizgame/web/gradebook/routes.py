"""Gradebook files for the school's tools: Canvas and Moodle CSV, and the students table as .xlsx.

The page lists, apart from the files, everyone the files leave out: players who joined under a
nickname, and roster students without the id a platform matches on. Owner-only, like every report.
"""

from __future__ import annotations

from collections.abc import Iterator

from flask import Blueprint, Response, abort, render_template, request, stream_with_context
from flask_login import login_required
from wtforms.fields.choices import SelectChoice

from quizgame.extensions import db
from quizgame.game import csv_writer
from quizgame.game.gradebook import MOODLE_KEYS, SCALES, canvas_table, load_gradebook, moodle_table
from quizgame.game.report_rows import report_rows
from quizgame.game.reports import build_report
from quizgame.game.spreadsheet import XLSX_MIMETYPE, students_workbook
from quizgame.models import Classroom
from quizgame.web.common.access import owned_classroom_or_404
from quizgame.web.gradebook.forms import GradebookForm
from quizgame.web.reports.routes import safe_filename


def _form(classroom: Classroom) -> GradebookForm:
    form = GradebookForm(request.args)  # ?room=<id> from a room's report preselects it
    form.room.choices = [SelectChoice("", "Every room of the classroom, one assignment each")] + [
        SelectChoice(str(room.id), f"{room.title} ({room.code})") for room in classroom.rooms
    ]
    return form


@login_required
def require_teacher() -> None:
    """Teachers only; each view then checks that the classroom is theirs."""


def page(classroom_id: int) -> str:
    classroom = owned_classroom_or_404(classroom_id)
    book = load_gradebook(db.session, classroom.id)
    return render_template("reports/gradebook.html", classroom=classroom, form=_form(classroom), book=book)


def download(classroom_id: int) -> Response:
    classroom = owned_classroom_or_404(classroom_id)
    form = _form(classroom)
    if not form.validate() or form.scale.data not in SCALES or form.key.data not in MOODLE_KEYS:
        abort(400)
    room_id = int(form.room.data) if form.room.data else None
    room = next((r for r in classroom.rooms if r.id == room_id), None)
    name_parts = (
        "quizgame",
        classroom.name or f"classroom {classroom.id}",
        room.code if room else "",
        form.platform.data,
    )
    book = load_gradebook(db.session, classroom.id, room_id)
    if form.platform.data == "xlsx":
        scope = {"room_id": room_id} if room_id else {"classroom_id": classroom.id}
        body = students_workbook(build_report(report_rows(db.session, **scope)), book.roster)
        return _attachment(Response(body, mimetype=XLSX_MIMETYPE), safe_filename(*name_parts, ext=".xlsx"))
    if form.platform.data == "canvas":
        headers, rows = canvas_table(book, form.scale.data)
    else:
        headers, rows = moodle_table(book, form.scale.data, form.key.data)

    def body_chunks() -> Iterator[str]:
        # No byte order mark: the file is for an importer, and both read plain UTF-8.
        yield from csv_writer.csv_chunks(headers, rows, bom=False)

    response = Response(stream_with_context(body_chunks()), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    return _attachment(response, safe_filename(*name_parts))


def _attachment(response: Response, filename: str) -> Response:
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.gradebook)."""
    bp.before_request(require_teacher)
    bp.add_url_rule("", view_func=page, methods=["GET"])
    bp.add_url_rule("/download", view_func=download, methods=["GET"])
