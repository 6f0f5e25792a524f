"""Question sets as files: download approved questions as a zip, upload a zip to add a set."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import select

from quizgame.content.errors import ContentError, ContentErrors
from quizgame.content.import_jobs import visible_to
from quizgame.content.sets import export_set, import_set
from quizgame.extensions import db
from quizgame.models import Article
from quizgame.web.curate.forms import QuestionsImportForm, SetImportForm


def visible_articles() -> list[Article]:
    return list(db.session.scalars(select(Article).where(visible_to(current_user.id)).order_by(Article.headline)))


def sets() -> str:
    return render_template(
        "curate/sets.html",
        articles=visible_articles(),
        form=SetImportForm(),
        errors=[],
        questions_form=QuestionsImportForm(),
        question_errors=[],
    )


def export() -> ResponseReturnValue:
    if request.args.get("format", "set") != "set":  # another tool's format: its report page first
        return redirect(url_for("curate.export_report", **request.args.to_dict(flat=False)))
    wanted = {int(i) for i in request.args.getlist("article") if i.isdigit()}
    chosen = [a for a in visible_articles() if a.id in wanted]
    if not chosen:
        flash("Choose at least one article to export.", "error")
        return redirect(url_for("curate.sets"))
    name = f"quizgame-set-{dt.date.today().isoformat()}.zip"
    return Response(
        export_set(chosen, current_user.id),
        mimetype="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def import_() -> ResponseReturnValue:
    form = SetImportForm()
    errors: list[ContentError] = []
    if form.validate_on_submit():
        upload = form.file.data
        name = upload.filename or "set.zip"
        try:
            report = import_set(db.session, current_user.id, upload.read(), name)
        except ContentErrors as exc:
            errors = exc.errors
        except ContentError as exc:
            errors = [exc]
        if not errors:
            db.session.commit()
            flash(
                f"Imported {report.questions_added} new and {report.questions_updated} updated questions; "
                f"{report.articles_added} articles added, {report.articles_reused} already here.",
                "info",
            )
            return redirect(url_for("curate.index"))
        db.session.rollback()
    return render_template(
        "curate/sets.html",
        articles=visible_articles(),
        form=form,
        errors=errors,
        questions_form=QuestionsImportForm(),
        question_errors=[],
    ), 400


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.curate)."""
    bp.add_url_rule("/sets", view_func=sets, methods=["GET"])
    bp.add_url_rule("/sets/export", view_func=export, methods=["GET"])
    bp.add_url_rule("/sets/import", view_func=import_, methods=["POST"])
