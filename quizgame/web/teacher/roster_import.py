"""A roster from a CSV file: upload, preview with a choice of columns, then add. Routes live on the
teacher blueprint. The file's text rides along in the preview form, so nothing is stored until the
teacher confirms; every line is checked then, and one bad line adds nothing."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, url_for
from werkzeug.wrappers import Response

from quizgame.extensions import db
from quizgame.game.roster import Columns, RosterError, apply_columns, guess_columns, merge_into_roster, read_csv
from quizgame.models import Classroom
from quizgame.web.common.access import owned_classroom_or_404
from quizgame.web.teacher.classrooms import merged_message
from quizgame.web.teacher.forms import RosterColumnsForm, RosterUploadForm

PREVIEW_ROWS = 8
REFUSED_SHOWN = 20  # bad lines named one by one after an import; a longer list is counted


def upload_roster(classroom_id: int) -> str | Response:
    found = owned_classroom_or_404(classroom_id)
    upload = RosterUploadForm()
    if upload.validate_on_submit():
        data = upload.file.data.read()
        try:
            rows = read_csv(data)
        except RosterError as error:
            upload.file.errors.append(str(error))
        else:
            form = RosterColumnsForm(csv_text=data.decode("utf-8-sig"))
            form.offer(rows[0])
            guessed = guess_columns(rows[0], rows[1:])
            for role in form.ROLES:
                index = getattr(guessed, role)
                getattr(form, role).data = "" if index is None else str(index)
            return _preview(found, form, rows)
    flash(" ".join(upload.file.errors) or "Choose a CSV file.", "error")
    return redirect(url_for("teacher.classroom", classroom_id=found.id))


def import_roster(classroom_id: int) -> str | Response:
    found = owned_classroom_or_404(classroom_id)
    form = RosterColumnsForm()
    try:
        rows = read_csv((form.csv_text.data or "").encode("utf-8"))
    except RosterError as error:
        flash(str(error), "error")
        return redirect(url_for("teacher.classroom", classroom_id=found.id))
    form.offer(rows[0])
    error = None
    if form.validate_on_submit():
        columns = Columns(
            **{role: int(getattr(form, role).data) if getattr(form, role).data else None for role in form.ROLES}
        )
        try:
            parsed = apply_columns(rows, columns)
        except RosterError as refused:
            error = str(refused)
        else:
            merged = merge_into_roster(db.session, found, parsed.lines)
            db.session.commit()
            flash(merged_message(merged), "success")
            # The good lines are in; each bad one is named with its line and the rule it breaks.
            for bad in parsed.refused[:REFUSED_SHOWN]:
                flash(f"Not added: {bad.reason}", "error")
            if len(parsed.refused) > REFUSED_SHOWN:
                flash(
                    f"Not added: {len(parsed.refused) - REFUSED_SHOWN} more lines with problems; mend the file and import it again.",
                    "error",
                )
            return redirect(url_for("teacher.classroom", classroom_id=found.id))
    return _preview(found, form, rows, error), 400  # type: ignore[return-value]


def _preview(classroom: Classroom, form: RosterColumnsForm, rows: list[list[str]], error: str | None = None) -> str:
    return render_template(
        "teacher/roster_preview.html",
        classroom=classroom,
        form=form,
        headers=rows[0],
        sample=rows[1 : PREVIEW_ROWS + 1],
        total=len(rows) - 1,
        error=error,
    )


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.teacher)."""
    bp.add_url_rule("/classrooms/<int:classroom_id>/roster/upload", view_func=upload_roster, methods=["POST"])
    bp.add_url_rule("/classrooms/<int:classroom_id>/roster/import", view_func=import_roster, methods=["POST"])
