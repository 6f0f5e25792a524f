"""A self-paced page's question (quizgame.game.question_view) read in one statement as plain rows.

The question and feedback pages are two of the three requests every student sends per question.
Loading a Question, its Article and the Answer as ORM objects took three statements and most of a
page's database time (bench/load.py); these pages only read, so they read rows.
"""

from __future__ import annotations

from sqlalchemy import and_, bindparam, select
from sqlalchemy.engine import Connection

from quizgame.content.question_kinds import kind_of
from quizgame.game.passage import Source
from quizgame.game.question_view import Key, QuestionView, ShownAnswer, question_view
from quizgame.models import Answer, Article, Question, question_articles

_questions, _articles, _answers = Question.__table__, Article.__table__, Answer.__table__
_QUESTION_COLUMNS = (
    _questions.c.id,
    _questions.c.kind,
    _questions.c.prompt,
    _questions.c.choices,
    _questions.c.correct,
    _questions.c.explanation,
    _questions.c.excerpt,
    _questions.c.evidence_text,
    _questions.c.evidence_start,
    _questions.c.evidence_end,
)
_ARTICLE_COLUMNS = (_articles.c.id, _articles.c.outlet, _articles.c.headline, _articles.c.body)
_ANSWER_COLUMNS = (
    _answers.c.id,
    _answers.c.chosen,
    _answers.c.correct,
    _answers.c.credit,
    _answers.c.points,
    _answers.c.response_ms,
)
# Built once: building a statement costs more CPU than running it. Without an answer id the
# answer's columns come back NULL.
_SHOWN = (
    select(*_QUESTION_COLUMNS, *_ARTICLE_COLUMNS, *_ANSWER_COLUMNS)
    .outerjoin(_articles, _articles.c.id == _questions.c.evidence_article_id)
    .outerjoin(_answers, and_(_answers.c.id == bindparam("answer_id"), _answers.c.question_id == _questions.c.id))
    .where(_questions.c.id == bindparam("question_id"))
)
_ARTICLE_START = len(_QUESTION_COLUMNS)
_ANSWER_START = _ARTICLE_START + len(_ARTICLE_COLUMNS)


def read_shown(
    connection: Connection, question_id: str, answer_id: int | None = None
) -> tuple[QuestionView, ShownAnswer | None, Key | None] | None:
    """The question as the student sees it (None if there is no such question) and, given the id of
    their stored answer to it, that answer and the key: the view is then the answered one (the
    evidence marked). Without the answer the key stays in the row, out of what is returned."""
    row = connection.execute(_SHOWN, {"question_id": question_id, "answer_id": answer_id}).first()
    if row is None:
        return None
    qid, kind, prompt, choices, correct, explanation, excerpt, evidence_text, start, end = row[:_ARTICLE_START]
    article_id, *article = row[_ARTICLE_START:_ANSWER_START]
    stored_id, *stored = row[_ANSWER_START:]
    answered = stored_id is not None
    evidence = Source(*article) if article_id is not None else None
    view = question_view(
        id=qid,
        kind=kind,
        prompt=prompt,
        choices=choices,
        correct=correct,
        excerpt=excerpt,
        evidence_text=evidence_text,
        evidence_start=start,
        evidence_end=end,
        evidence=evidence,
        compared=_compared(connection, qid, kind),
        answered=answered,
        with_articles=True,
    )
    if not answered:
        return view, None, None
    return view, ShownAnswer(*stored), Key(list(correct), explanation, evidence_text)


_COMPARED = (
    select(_articles.c.outlet, _articles.c.headline, _articles.c.body)
    .join(question_articles, question_articles.c.article_id == _articles.c.id)
    .where(question_articles.c.question_id == bindparam("question_id"))
    .order_by(_articles.c.outlet, _articles.c.id)
)


def _compared(connection: Connection, question_id: str, kind: str) -> list[Source]:
    """The articles a comparison question compares (one more statement, for that kind only)."""
    if not kind_of(kind).compares_outlets:
        return []
    return [Source(*row) for row in connection.execute(_COMPARED, {"question_id": question_id})]
