"""Reviewing an article's question candidates: approve, reject, reset, edit. Each action is recorded.

Demo questions are shown but are changed only through content/ files, so actions on them, like on
another teacher's questions, are a 404.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import select

from quizgame.content import review as reviewing
from quizgame.content.annotate import render_evidence
from quizgame.content.review import answer_lines
from quizgame.content.sensitivity import article_notice
from quizgame.extensions import db
from quizgame.models import Article, Question, ReviewAction
from quizgame.web.curate.forms import ButtonForm, EditQuestionForm
from quizgame.web.curate.routes import visible_article_or_404

STATUS_ORDER = {"candidate": 0, "approved": 1, "rejected": 2}


def own_question_or_404(question_id: str) -> Question:
    question = db.session.scalar(
        select(Question).where(Question.id == question_id, Question.owner_id == current_user.id)
    )
    if question is None:
        abort(404)
    return question


def evidence_html(question: Question):  # type: ignore[no-untyped-def]
    source = question.evidence_article
    if source is None or question.evidence_start is None or question.evidence_end is None:
        return None
    return render_evidence(source.body, question.evidence_start, question.evidence_end)


def review(article_id: int) -> str:
    article = visible_article_or_404(article_id)
    status = request.args.get("status", "all")
    questions = sorted(
        (
            q
            for q in article.questions
            if (status == "all" or q.status == status) and q.owner_id in (None, current_user.id)
        ),
        key=lambda q: (STATUS_ORDER.get(q.status, 3), q.skill, q.kind, q.id),
    )
    return render_template(
        "curate/review.html",
        article=article,
        questions=questions,
        status=status,
        evidence_html=evidence_html,
        form=ButtonForm(),
        editable=article.owner_id == current_user.id,
        sensitive=article_notice(article.headline, article.body),
    )


# Said as a sentence: "Question candidate." read as a glitch (issue 16).
DECISION_MESSAGES = {
    "approve": "Question approved: rooms can now use it.",
    "reject": "Question rejected: no room will use it.",
    "reset": "Question back among the candidates, waiting for review.",
}


def decide(question_id: str, action: str) -> ResponseReturnValue:
    question = own_question_or_404(question_id)
    form = ButtonForm()
    if not form.validate_on_submit():
        abort(400)
    reviewing.set_status(db.session, question, current_user.id, action)
    db.session.commit()
    flash(DECISION_MESSAGES[action], "info")
    return redirect(_back_to(question) + f"#q-{question.id}")


def _back_to(question: Question) -> str:
    article: Article | None = question.articles[0] if question.articles else None
    if article is None:
        return url_for("curate.own_questions" if question.origin else "curate.index")
    return url_for("curate.review", article_id=article.id)


def edit(question_id: str) -> ResponseReturnValue:
    question = own_question_or_404(question_id)
    form = EditQuestionForm(question)
    if request.method == "GET":
        form.prompt.data, form.explanation.data = question.prompt, question.explanation
        form.choices.data = "\n".join(question.choices)
        form.answers.data = "\n".join(answer_lines(question))
        form.difficulty.data = question.difficulty
    elif form.validate_on_submit():
        action = reviewing.edit(db.session, question, current_user.id, form.edit())
        db.session.commit()
        flash("Question saved." if action else "Nothing changed.", "info")
        return redirect(_back_to(question) + f"#q-{question.id}")
    history = db.session.scalars(
        select(ReviewAction).where(ReviewAction.question_id == question.id).order_by(ReviewAction.at.desc())
    ).all()
    status = 400 if form.is_submitted() else 200
    return render_template(
        "curate/edit.html", form=form, question=question, evidence=evidence_html(question), history=history
    ), status


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.curate)."""
    bp.add_url_rule("/articles/<int:article_id>/questions", view_func=review, methods=["GET"])
    bp.add_url_rule("/questions/<question_id>/<any(approve, reject, reset):action>", view_func=decide, methods=["POST"])
    bp.add_url_rule("/questions/<question_id>/edit", view_func=edit, methods=["GET", "POST"])
