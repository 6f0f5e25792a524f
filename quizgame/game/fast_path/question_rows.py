"""A self-paced page's question (quizgame.game.shown_question) read in one statement as plain rows.

The question and feedback pages are two of the three requests every student sends per question.
Loading a Question, its Article and the Answer as ORM objects took three statements and most of a
page's database time (bench/load.py); these pages only read, so they read rows.
"""

from __future__ import annotations

from sqlalchemy import and_, bindparam, select
from sqlalchemy.engine import Connection

from quizgame.game.passage import Source
from quizgame.game.shown_question import ShownAnswer, ShownArticle, ShownQuestion
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
) -> tuple[ShownQuestion, ShownAnswer | None] | None:
    """The question (None if there is no such question) and, given its id, the stored answer to it."""
    row = connection.execute(_SHOWN, {"question_id": question_id, "answer_id": answer_id}).first()
    if row is None:
        return None
    article_id, *article = row[_ARTICLE_START:_ANSWER_START]
    stored_id, *stored = row[_ANSWER_START:]
    question = ShownQuestion(
        *row[:_ARTICLE_START], evidence_article=ShownArticle(*article) if article_id is not None else None
    )
    return question, ShownAnswer(*stored) if stored_id is not None else None


_COMPARED = (
    select(_articles.c.outlet, _articles.c.headline, _articles.c.body)
    .join(question_articles, question_articles.c.article_id == _articles.c.id)
    .where(question_articles.c.question_id == bindparam("question_id"))
    .order_by(_articles.c.outlet, _articles.c.id)
)


def read_compared(connection: Connection, question: ShownQuestion) -> list[Source]:
    """The articles a comparison question compares (one more statement, for that kind only)."""
    if not question.question_kind.compares_outlets:
        return []
    return [ShownArticle(*row) for row in connection.execute(_COMPARED, {"question_id": question.id})]
