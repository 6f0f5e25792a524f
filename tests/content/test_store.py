"""Loading content into the database: idempotent, and all-or-nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from quizgame.content.errors import ContentError
from quizgame.content.store import load_content
from quizgame.extensions import db
from quizgame.models import Article, Question, question_articles

CONTENT = Path(__file__).resolve().parents[2] / "content"


def _counts() -> tuple[int, int, int]:
    return (
        db.session.scalar(select(func.count()).select_from(Article)),
        db.session.scalar(select(func.count()).select_from(Question)),
        db.session.scalar(select(func.count()).select_from(question_articles)),
    )


def test_loading_twice_changes_nothing(app_ctx):
    first = load_content(db.session, CONTENT)
    assert first.articles_added >= 3 and first.questions_added >= 1
    counts = _counts()
    second = load_content(db.session, CONTENT)
    assert (second.articles_added, second.articles_updated, second.questions_added, second.questions_updated) == (
        0,
        0,
        0,
        0,
    )
    assert _counts() == counts


def test_a_broken_question_file_leaves_the_database_as_it_was(app_ctx, tmp_path):
    load_content(db.session, CONTENT)
    before = _counts()
    broken = tmp_path / "content"
    shutil.copytree(CONTENT, broken)
    target = sorted((broken / "questions").glob("*.yaml"))[0]
    lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[5] = "  prompt: [this is not closed\n"
    target.write_text("".join(lines), encoding="utf-8")
    # A new article too: it must not be written either.
    shutil.copy(next((broken / "articles").glob("abc-*.md")), broken / "articles" / "extra-copy.md")
    extra = broken / "articles" / "extra-copy.md"
    extra.write_text(extra.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(db.session, broken)
    assert caught.value.path == str(target)
    assert caught.value.line is not None
    assert _counts() == before


def test_an_edited_question_is_updated_in_place(app_ctx, tmp_path):
    load_content(db.session, CONTENT)
    edited = tmp_path / "content"
    shutil.copytree(CONTENT, edited)
    target = sorted((edited / "questions").glob("*.yaml"))[0]
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("status: approved", "status: rejected", 1), encoding="utf-8")
    report = load_content(db.session, edited)
    assert report.questions_updated == 1
    assert db.session.scalar(select(func.count()).select_from(Question).where(Question.status == "rejected")) >= 1
