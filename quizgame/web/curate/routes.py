"""Curation for teachers: import this week's news, read it annotated, review its questions, share sets.

A teacher sees the shared demo content and their own imports; anything else is a 404.
Review, set and format views are in review, sets and formats, on this same blueprint.
"""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, jsonify, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user, login_required
from sqlalchemy import func, select

from quizgame.content import annotate
from quizgame.content.import_jobs import AlreadyImported, advance, progress, start_import, stored_analysis, visible_to
from quizgame.content.importing import ArticleDetails, UnusableInput, article_from_source, format_of_filename
from quizgame.content.pipeline import PipelineUnavailable
from quizgame.content.sensitivity import article_notice
from quizgame.extensions import db
from quizgame.models import Article, ImportJob, Question
from quizgame.web.common.off_loop import one_at_a_time
from quizgame.web.curate.forms import ButtonForm, ImportArticleForm


@login_required
def _teachers_only() -> None:
    """Every curation page needs a signed-in teacher."""


def visible_article_or_404(article_id: int) -> Article:
    article = db.session.scalar(select(Article).where(Article.id == article_id, visible_to(current_user.id)))
    if article is None:
        abort(404)
    return article


def own_job_or_404(job_id: int) -> ImportJob:
    job = db.session.scalar(select(ImportJob).where(ImportJob.id == job_id, ImportJob.teacher_id == current_user.id))
    if job is None:
        abort(404)
    return job


def index() -> str:
    articles = db.session.scalars(
        select(Article)
        .where(visible_to(current_user.id))
        .order_by(Article.owner_id.is_(None), Article.created_at.desc())
    ).all()
    counts = dict(
        db.session.execute(
            select(Article.id, func.count(Question.id))
            .join(Article.questions)
            .where(visible_to(current_user.id), Question.status == "candidate")
            .group_by(Article.id)
        ).all()
    )
    return render_template("curate/index.html", articles=articles, candidates=counts)


def import_article() -> ResponseReturnValue:
    form = ImportArticleForm()
    if not form.validate_on_submit():
        return render_template("curate/import.html", form=form), 400 if form.is_submitted() else 200
    if form.file.data:
        try:
            fmt = format_of_filename(form.file.data.filename or "")
            source = form.file.data.read().decode("utf-8")
        except UnicodeDecodeError:
            form.file.errors = ["The file is not UTF-8 text."]
            return render_template("curate/import.html", form=form), 400
        except UnusableInput as exc:
            form.file.errors = [str(exc)]
            return render_template("curate/import.html", form=form), 400
    else:
        fmt, source = form.text_format.data, form.text.data
    details = ArticleDetails(
        outlet=form.outlet.data, headline=form.headline.data, published=form.published.data, url=form.url.data
    )
    try:
        # A saved web page is reduced by trafilatura: seconds of CPU, kept off the event loop.
        article = one_at_a_time(article_from_source, source, fmt, details, current_user.id)
    except UnusableInput as exc:
        (form.file if form.file.data else form.text).errors = [f"{exc}."]
        return render_template("curate/import.html", form=form), 400
    started = start_import(db.session, current_user.id, article)
    if isinstance(started, AlreadyImported):
        flash("This article is already in quizgame: here it is. Nothing was imported twice.", "info")
        return redirect(url_for("curate.article", article_id=started.article.id))
    return redirect(url_for("curate.import_progress", job_id=started.id))


def import_progress(job_id: int) -> str:
    job = own_job_or_404(job_id)
    # A failed step's traceback is shown (folded) where the teacher is the one who runs the site, as
    # with `quizgame demo`; in production it says where the server's log has it instead.
    show_traceback = not current_app.config["QUIZGAME_PRODUCTION"]
    return render_template(
        "curate/progress.html", job=job, state=progress(job), form=ButtonForm(), show_traceback=show_traceback
    )


def import_advance(job_id: int) -> ResponseReturnValue:
    """One bounded step of the import. The page's script calls it until the job is finished;
    without a script, the page's button does the same and comes back here."""
    job = advance(db.session, own_job_or_404(job_id).id, run=one_at_a_time)
    if request.accept_mimetypes.best == "application/json":
        state = progress(job)
        state["next"] = url_for("curate.review", article_id=job.article_id)
        return jsonify(state)
    return redirect(url_for("curate.import_progress", job_id=job.id))


def article(article_id: int) -> str:
    article = visible_article_or_404(article_id)
    shown = request.args.getlist("layer") or list(annotate.LAYERS)
    try:
        analysis = stored_analysis(db.session, article, one_at_a_time)
        db.session.commit()
    except PipelineUnavailable as exc:
        db.session.rollback()
        return render_template(
            "curate/article.html",
            article=article,
            analysis=None,
            body=article.body,
            problem=str(exc),
            layers=annotate.LAYER_LABELS,
            shown=shown,
            speakers={},
            sensitive=article_notice(article.headline, article.body),
        )
    body = annotate.render(article.body, annotate.analysis_marks(analysis))
    return render_template(
        "curate/article.html",
        article=article,
        analysis=analysis,
        body=body,
        problem=None,
        layers=annotate.LAYER_LABELS,
        shown=shown,
        speakers=annotate.speaker_classes(analysis),
        sensitive=article_notice(article.headline, article.body),
    )


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.curate)."""
    bp.before_request(_teachers_only)
    bp.add_url_rule("/", view_func=index, methods=["GET"])
    bp.add_url_rule("/import", view_func=import_article, methods=["GET", "POST"])
    bp.add_url_rule("/imports/<int:job_id>", view_func=import_progress, methods=["GET"])
    bp.add_url_rule("/imports/<int:job_id>/advance", view_func=import_advance, methods=["POST"])
    bp.add_url_rule("/articles/<int:article_id>", view_func=article, methods=["GET"])
