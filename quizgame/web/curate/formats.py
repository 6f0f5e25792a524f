"""Question sets for other tools (Kahoot, Moodle GIFT and Aiken, QTI 2.1) and a teacher's own
questions brought in from them. Routes live on the curate blueprint.

An export first shows what the format could not hold, then offers the file; an import reads the
whole file and adds nothing if any row or line is bad, naming each one.
"""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import select

from quizgame.content.formats import FormatErrors, Notes
from quizgame.content.portable import FORMATS, OWN_KIND, Format, approved_questions, export_questions, import_questions
from quizgame.extensions import db
from quizgame.models import Article, Question
from quizgame.web.curate.forms import ButtonForm, QuestionsImportForm, SetImportForm
from quizgame.web.curate.review import evidence_html
from quizgame.web.curate.sets import visible_articles


def _export() -> tuple[Format, list[Article], bytes, Notes]:
    """The chosen format, articles and file; without a format or an article, back to the sets page."""
    chosen = FORMATS.get(request.args.get("format", ""))
    wanted = {int(i) for i in request.args.getlist("article") if i.isdigit()}
    articles = [a for a in visible_articles() if a.id in wanted]
    if chosen is None or not articles:
        flash("Choose at least one article and a format to export.", "error")
        abort(redirect(url_for("curate.sets")))
    data, notes = export_questions(chosen.name, approved_questions(articles))
    return chosen, articles, data, notes


def export_report() -> ResponseReturnValue:
    chosen, articles, _, notes = _export()
    return render_template(
        "curate/export_report.html",
        format=chosen,
        articles=articles,
        notes=notes,
        download=url_for("curate.export_file", format=chosen.name, article=[a.id for a in articles]),
    )


def export_file() -> ResponseReturnValue:
    chosen, _, data, _ = _export()
    name = f"quizgame-questions-{dt.date.today().isoformat()}{chosen.extension}"
    return Response(
        data,
        mimetype=chosen.mimetype,
        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
    )


def import_questions_file() -> ResponseReturnValue:
    form = QuestionsImportForm()
    errors: list[str] = []
    if form.validate_on_submit():
        try:
            report = import_questions(
                db.session, current_user.id, form.format.data, form.file.data.read(), form.skill.data
            )
        except FormatErrors as refused:
            db.session.rollback()
            errors = [str(e) for e in refused.errors]
        else:
            db.session.commit()
            message = f"Imported {report.added} question{'s' if report.added != 1 else ''} as candidates"
            message += f"; {report.already_here} already here." if report.already_here else "."
            flash(" ".join([message, *report.notes]), "info")
            return redirect(url_for("curate.own_questions"))
    return render_template(
        "curate/sets.html",
        articles=visible_articles(),
        form=SetImportForm(),
        errors=[],
        questions_form=form,
        question_errors=errors,
    ), 400


def own_questions() -> str:
    questions = db.session.scalars(
        select(Question)
        .where(Question.owner_id == current_user.id, Question.kind == OWN_KIND)
        .order_by(Question.status, Question.updated_at.desc(), Question.id)
    ).all()
    return render_template(
        "curate/own_questions.html", questions=questions, form=ButtonForm(), evidence_html=evidence_html
    )


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.curate)."""
    bp.add_url_rule("/sets/export-report", view_func=export_report, methods=["GET"])
    bp.add_url_rule("/sets/export-file", view_func=export_file, methods=["GET"])
    bp.add_url_rule("/questions/import", view_func=import_questions_file, methods=["POST"])
    bp.add_url_rule("/own-questions", view_func=own_questions, methods=["GET"])
