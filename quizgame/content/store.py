"""Loading content files into the database: everything is checked first, then written in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from quizgame.content.articles import ArticleFile, read_articles
from quizgame.content.question_files import QuestionFile, QuestionRecord, read_question_files
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


@dataclass(frozen=True)
class ContentFiles:
    """A content directory read and checked, nothing written yet. Reading (YAML parsing, mostly) is
    the slow half of loading, and its result does not depend on the database: the tests read the demo
    content once and store it into each test's empty database."""

    articles: list[ArticleFile]
    question_files: list[QuestionFile]


def read_content(content_dir: str | Path) -> ContentFiles:
    """Every article and question file of `content_dir`. Raises ContentError naming each problem."""
    content_dir = Path(content_dir)
    articles = read_articles(content_dir / "articles")
    return ContentFiles(articles, read_question_files(content_dir / "questions", {a.slug: a for a in articles}))


def load_content(session: Session, content_dir: str | Path) -> LoadReport:
    """Upsert articles and questions by slug and id. Raises ContentError before writing anything."""
    return store_content(session, read_content(content_dir))


def store_content(session: Session, content: ContentFiles) -> LoadReport:
    """Upsert what read_content found, in one transaction; the existing rows are read in three queries."""
    report = LoadReport()
    try:
        slugs = [a.slug for a in content.articles]
        stored = {a.slug: a for a in session.scalars(select(Article).where(Article.slug.in_(slugs)))}
        articles = {a.slug: _upsert_article(session, stored.get(a.slug), a, report) for a in content.articles}
        session.flush()
        records = [record for qfile in content.question_files for record in qfile.questions]
        ids = [record.id for record in records]
        stored_questions = select(Question).where(Question.id.in_(ids)).options(selectinload(Question.articles))
        questions = {q.id: q for q in session.scalars(stored_questions)}
        for record in records:
            _upsert_question(session, questions.get(record.id), record, articles, report)
        session.commit()
    except Exception:
        session.rollback()
        raise
    return report


def _upsert_article(session: Session, article: Article | None, source: ArticleFile, report: LoadReport) -> Article:
    values = article_values(source)
    if article is None:
        article = Article(slug=source.slug, **values)
        session.add(article)
        report.articles_added += 1
    elif _assign_changed(article, values):
        report.articles_updated += 1
    return article


def _upsert_question(
    session: Session,
    question: Question | None,
    record: QuestionRecord,
    articles: dict[str, Article],
    report: LoadReport,
) -> Question:
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
        "choices": list(record.choices),  # copies: the records may be stored again (the tests reuse them)
        "correct": list(record.answer),
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
