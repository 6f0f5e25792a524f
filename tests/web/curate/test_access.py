"""An imported article and its questions belong to the teacher who imported them; the demo is shared."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from quizgame.extensions import db
from quizgame.models import Article, ImportJob
from tests.curation_samples import save_sample
from tests.factories import load_demo_content, log_in, make_teacher


@pytest.fixture
def two_teachers(client, app_ctx):  # type: ignore[no-untyped-def]
    owner, other = make_teacher("owner@example.org"), make_teacher("other@example.org")
    article, questions = save_sample(owner.id)
    log_in(client, other)
    return article, questions


def test_another_teachers_article_pages_are_404(client, two_teachers):
    article, _ = two_teachers
    job = db.session.scalars(select(ImportJob)).one()
    for url in (
        f"/curate/articles/{article.id}",
        f"/curate/articles/{article.id}/questions",
        f"/curate/imports/{job.id}",
    ):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/curate/imports/{job.id}/advance").status_code == 404


def test_another_teachers_questions_cannot_be_changed(client, two_teachers):
    _, (who, _) = two_teachers
    assert client.get(f"/curate/questions/{who.id}/edit").status_code == 404
    for action in ("approve", "reject", "reset"):
        assert client.post(f"/curate/questions/{who.id}/{action}").status_code == 404
    db.session.refresh(who)
    assert who.status == "candidate"


def test_another_teachers_articles_are_not_listed_or_exported(client, two_teachers):
    article, _ = two_teachers
    assert article.headline not in client.get("/curate/").get_data(as_text=True)
    response = client.get(f"/curate/sets/export?article={article.id}")
    assert response.status_code == 302


def test_demo_articles_are_visible_to_every_teacher_but_their_questions_are_read_only(client, two_teachers):
    questions = load_demo_content()
    demo = db.session.scalars(select(Article).where(Article.owner_id.is_(None))).first()
    assert demo.headline in client.get("/curate/").get_data(as_text=True)
    review = client.get(f"/curate/articles/{demo.id}/questions").get_data(as_text=True)
    assert "cannot be changed here" in review and "/approve" not in review
    assert client.post(f"/curate/questions/{questions[0].id}/reject").status_code == 404
