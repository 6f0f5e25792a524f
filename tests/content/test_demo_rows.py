"""The tests' shortcut for the demo content (tests.factories.load_demo_content: multi-row INSERTs
into an empty database) stores exactly what quizgame.content.store.store_content stores, row for
row, so a test that starts from it starts from what `quizgame content load` gives a school."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from quizgame.content.store import store_content
from quizgame.extensions import db
from quizgame.models import Article, Question, question_articles
from tests.factories import demo_content, load_demo_content

# Set by the clock when the row is written: the two loads run at different moments.
WRITTEN_AT = {"created_at", "updated_at"}


def _rows() -> dict[str, Any]:
    """Every content row, articles named by slug (their ids depend on the database's sequence)."""
    slugs = dict(db.session.execute(select(Article.id, Article.slug)).all())
    articles = {
        row.slug: {k: v for k, v in row._asdict().items() if k not in WRITTEN_AT | {"id"}}
        for row in db.session.execute(select(Article.__table__))
    }
    questions = {}
    for row in db.session.execute(select(Question.__table__)):
        values = {k: v for k, v in row._asdict().items() if k not in WRITTEN_AT}
        values["evidence_article_id"] = slugs.get(values["evidence_article_id"])
        questions[row.id] = values
    links = sorted((q, slugs[a]) for q, a in db.session.execute(select(question_articles)))
    return {"articles": articles, "questions": questions, "links": links}


def test_the_demo_rows_are_what_store_content_writes(app_ctx):  # type: ignore[no-untyped-def]
    shortcut = [question.id for question in load_demo_content()]
    inserted = _rows()
    for table in (question_articles, Question.__table__, Article.__table__):
        db.session.execute(delete(table))
    db.session.commit()
    store_content(db.session, demo_content())
    assert _rows() == inserted
    assert len(inserted["questions"]) > len(shortcut) > 100  # candidates too, and the approved set returned
    assert [question.id for question in load_demo_content()] == shortcut  # a second call upserts over the rows
    assert _rows() == inserted
