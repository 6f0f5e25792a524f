"""Loading content files into the database: everything is checked first, then written in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizgame.content.articles import ArticleFile, read_articles
from quizgame.content.question_files import QuestionRecord, read_question_files
from quizgame.models import Article, Question


@dataclass
class LoadReport:
    articles_added: int = 0
    articles_updated: int = 0
    questions_added: int = 0
    questions_updated: int = 0

    def __str__(self) -> str:
        return (
            f"articles: {self.articles_added} added, {self.articles_updated} updated; "
            f"questions: {self.questions_added} added, {self.questions_updated} updated"
        )


def load_content(session: Session, content_dir: str | Path) -> LoadReport:
    """Upsert articles and questions by slug and id. Raises ContentError before writing anything."""
    content_dir = Path(content_dir)
    article_files = read_articles(content_dir / "articles")
    by_slug = {a.slug: a for a in article_files}
    question_files = read_question_files(content_dir / "questions", by_slug)
    report = LoadReport()
    try:
        articles = {a.slug: _upsert_article(session, a, report) for a in article_files}
        session.flush()
        for qfile in question_files:
            for record in qfile.questions:
                _upsert_question(session, record, articles, report)
        session.commit()
    except Exception:
        session.rollback()
        raise
    return report


def _upsert_article(session: Session, source: ArticleFile, report: LoadReport) -> Article:
    article = session.scalar(select(Article).where(Article.slug == source.slug))
    values = article_values(source)
    if article is None:
        article = Article(slug=source.slug, **values)
        session.add(article)
        report.articles_added += 1
    elif _assign_changed(article, values):
        report.articles_updated += 1
    return article


def _upsert_question(
    session: Session, record: QuestionRecord, articles: dict[str, Article], report: LoadReport
) -> Question:
    question = session.get(Question, record.id)
    values = question_values(record, articles)
    linked = [articles[slug] for slug in record.articles]
    if question is None:
        question = Question(id=record.id, articles=linked, **values)
        session.add(question)
        report.questions_added += 1
        return question
    changed = _assign_changed(question, values)
    if {a.id for a in question.articles} != {a.id for a in linked}:
        question.articles = linked
        changed = True
    if changed:
        report.questions_updated += 1
    return question


def article_values(source: ArticleFile) -> dict[str, object]:
    """An article file's fields as Article column values (slug and owner aside)."""
    return {
        "outlet": source.outlet,
        "headline": source.headline,
        "published": source.published,
        "url": source.url,
        "event": source.event,
        "author": source.author,
        "licence": source.licence,
        "body": source.body,
        "content_hash": source.content_hash,
    }


def question_values(record: QuestionRecord, articles: dict[str, Article]) -> dict[str, object]:
    """A question record's fields as Question column values (id, owner and articles aside)."""
    evidence = record.evidence
    return {
        "kind": record.kind,
        "skill": record.skill,
        "prompt": record.prompt,
        "choices": record.choices,
        "correct": record.answer,
        "explanation": record.explanation,
        "excerpt": record.excerpt,
        "difficulty": record.difficulty,
        "control": record.control,
        "status": record.status,
        "evidence_article_id": articles[evidence.article].id if evidence else None,
        "evidence_start": evidence.start if evidence else None,
        "evidence_end": evidence.end if evidence else None,
        "evidence_text": evidence.text if evidence else None,
    }


def _assign_changed(obj: object, values: dict[str, object]) -> bool:
    changed = False
    for key, value in values.items():
        if getattr(obj, key) != value:
            setattr(obj, key, value)
            changed = True
    return changed
