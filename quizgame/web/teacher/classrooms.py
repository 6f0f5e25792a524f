"""The teacher's dashboard and classrooms: create, rename, archive, and the roster of names.

Every view looks its classroom up through owned_classroom_or_404, so another teacher's ids are 404s."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import current_user, login_required
from sqlalchemy import select
from werkzeug.wrappers import Response

from quizgame.extensions import db
from quizgame.game.roster import Merged, merge_into_roster, parse_pasted
from quizgame.models import Classroom
from quizgame.web.common.access import owned_classroom_or_404
from quizgame.web.common.forms import ActionForm
from quizgame.web.teacher.forms import ClassroomForm, RosterForm, RosterUploadForm


@login_required
def require_teacher() -> None:
    """Every page here is for a logged-in teacher; Flask-Login sends anyone else to the login page."""


def dashboard() -> str:
    classrooms = db.session.scalars(
        select(Classroom).where(Classroom.teacher_id == current_user.id).order_by(Classroom.archived, Classroom.name)
    ).all()
    return render_template("teacher/dashboard.html", classrooms=classrooms, form=ClassroomForm())


def create_classroom() -> str | Response:
    form = ClassroomForm()
    if not form.validate_on_submit():
        classrooms = db.session.scalars(select(Classroom).where(Classroom.teacher_id == current_user.id)).all()
        return render_template("teacher/dashboard.html", classrooms=classrooms, form=form), 400  # type: ignore[return-value]
    classroom = Classroom(teacher_id=current_user.id, name=form.name.data.strip())
    db.session.add(classroom)
    db.session.commit()
    flash(f"Classroom “{classroom.name}” created.", "success")
    return redirect(url_for("teacher.classroom", classroom_id=classroom.id))


def classroom(classroom_id: int) -> str:
    found = owned_classroom_or_404(classroom_id)
    return _classroom_page(found, ClassroomForm(obj=found), RosterForm())


def rename_classroom(classroom_id: int) -> str | Response:
    found = owned_classroom_or_404(classroom_id)
    form = ClassroomForm()
    if not form.validate_on_submit():
        return _classroom_page(found, form, RosterForm()), 400  # type: ignore[return-value]
    found.name = form.name.data.strip()
    db.session.commit()
    flash("Classroom renamed.", "success")
    return redirect(url_for("teacher.classroom", classroom_id=found.id))


def archive_classroom(classroom_id: int) -> Response:
    return _set_archived(classroom_id, True, "Classroom archived. Its rooms and results are kept.")


def restore_classroom(classroom_id: int) -> Response:
    return _set_archived(classroom_id, False, "Classroom restored.")


def _set_archived(classroom_id: int, archived: bool, message: str) -> Response:
    found = owned_classroom_or_404(classroom_id)
    if ActionForm().validate_on_submit():
        found.archived = archived
        db.session.commit()
        flash(message, "success")
    return redirect(url_for("teacher.classroom", classroom_id=found.id))


def add_to_roster(classroom_id: int) -> str | Response:
    found = owned_classroom_or_404(classroom_id)
    form = RosterForm()
    if form.validate_on_submit():
        parsed = parse_pasted(form.names.data)
        if parsed.lines:
            merged = merge_into_roster(db.session, found, parsed.lines)
            db.session.commit()
            flash(merged_message(merged), "success")
        if not parsed.refused:
            return redirect(url_for("teacher.classroom", classroom_id=found.id))
        # The good names are in; the bad lines stay in the box, each with its reason, to be mended.
        form.names.errors = [bad.reason for bad in parsed.refused]
        form.names.data = "\n".join(bad.text for bad in parsed.refused)
        return _classroom_page(found, ClassroomForm(obj=found), form), 200 if parsed.lines else 400  # type: ignore[return-value]
    return _classroom_page(found, ClassroomForm(obj=found), form), 400  # type: ignore[return-value]


def merged_message(merged: Merged) -> str:
    message = f"Added {merged.added} name{'s' if merged.added != 1 else ''} to the roster."
    if merged.updated:
        message += f" Updated the school ids of {merged.updated}."
    return message


def remove_from_roster(classroom_id: int, student_id: int) -> Response:
    found = owned_classroom_or_404(classroom_id)
    student = next((s for s in found.roster if s.id == student_id), None)
    if student is None:
        abort(404)
    if ActionForm().validate_on_submit():
        found.roster.remove(student)
        db.session.commit()
        flash(f"{student.display_name} removed from the roster.", "success")
    return redirect(url_for("teacher.classroom", classroom_id=found.id))


def _classroom_page(found: Classroom, rename_form: ClassroomForm, roster_form: RosterForm) -> str:
    return render_template(
        "teacher/classroom.html",
        classroom=found,
        rename_form=rename_form,
        roster_form=roster_form,
        action_form=ActionForm(),
        upload_form=RosterUploadForm(),
    )


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.teacher)."""
    bp.before_request(require_teacher)
    bp.add_url_rule("/", view_func=dashboard, methods=["GET"])
    bp.add_url_rule("/classrooms", view_func=create_classroom, methods=["POST"])
    bp.add_url_rule("/classrooms/<int:classroom_id>", view_func=classroom, methods=["GET"])
    bp.add_url_rule("/classrooms/<int:classroom_id>/rename", view_func=rename_classroom, methods=["POST"])
    bp.add_url_rule("/classrooms/<int:classroom_id>/archive", view_func=archive_classroom, methods=["POST"])
    bp.add_url_rule("/classrooms/<int:classroom_id>/restore", view_func=restore_classroom, methods=["POST"])
    bp.add_url_rule("/classrooms/<int:classroom_id>/roster", view_func=add_to_roster, methods=["POST"])
    bp.add_url_rule(
        "/classrooms/<int:classroom_id>/roster/<int:student_id>/remove", view_func=remove_from_roster, methods=["POST"]
    )
