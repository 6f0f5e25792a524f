"""Question sets as files: approved questions exported to, and imported from, a zip laid out like
content/ (`articles/<slug>.md`, `questions/<slug>.yaml`, `questions/event-<event>.yaml`).

A set carries its articles, because evidence points into their text by offsets. Importing checks
every file first and reports every error with its file and line; only a clean set is written.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from quizgame.config import CONTENT_LIMITS
from quizgame.content.articles import ArticleFile, parse_article
from quizgame.content.errors import ContentError, ContentErrors
from quizgame.content.import_jobs import article_file, visible_to
from quizgame.content.question_files import (
    Evidence,
    QuestionFile,
    QuestionRecord,
    dump_question_file,
    parse_question_file,
)
from quizgame.content.store import article_values, question_values
from quizgame.models import Article, Question


@dataclass
class SetReport:
    articles_added: int = 0
    articles_reused: int = 0
    questions_added: int = 0
    questions_updated: int = 0


def dump_article(article: ArticleFile) -> str:
    meta: dict[str, Any] = {
        "outlet": article.outlet,
        "headline": article.headline,
        "published": article.published,
        "url": article.url,
    }
    for name in ("event", "author", "licence"):
        if getattr(article, name):
            meta[name] = getattr(article, name)
    front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{front}---\n{article.body}"


def question_record(question: Question) -> QuestionRecord:
    source = question.evidence_article
    evidence = (
        Evidence(source.slug, question.evidence_start, question.evidence_end, question.evidence_text or "")
        if source is not None and question.evidence_start is not None and question.evidence_end is not None
        else None
    )
    return QuestionRecord(
        id=question.id,
        kind=question.kind,
        skill=question.skill,
        prompt=question.prompt,
        choices=list(question.choices),
        answer=sorted(question.correct),
        explanation=question.explanation,
        evidence=evidence,
        articles=sorted(a.slug for a in question.articles),
        difficulty=question.difficulty,
        control=question.control,
        status=question.status,
        excerpt=question.excerpt,
    )


def _shared_with(question: Question, teacher_id: int | None) -> bool:
    """Whether `teacher_id` may see the question: their own, or the demo's (owned by nobody)."""
    return question.owner_id is None or question.owner_id == teacher_id


def export_set(articles: Iterable[Article], owner_id: int | None = None) -> bytes:
    """A zip of the articles and the approved questions on them that `owner_id` may see (questions
    about several articles go in an event file when all of them are in the set)."""
    chosen = {a.slug: a for a in articles}
    single: dict[str, list[QuestionRecord]] = {slug: [] for slug in chosen}
    events: dict[str, dict[str, QuestionRecord]] = {}
    for article in chosen.values():
        for question in article.questions:
            if question.status != "approved" or not _shared_with(question, owner_id):
                continue
            record = question_record(question)
            if len(record.articles) == 1:
                single[article.slug].append(record)
            elif set(record.articles) <= set(chosen) and article.event:
                events.setdefault(article.event, {})[record.id] = record
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for slug, article in sorted(chosen.items()):
            archive.writestr(f"articles/{slug}.md", dump_article(article_file(article)))
            if single[slug]:
                archive.writestr(f"questions/{slug}.yaml", dump_question_file(slug, None, single[slug]))
        for event, records in sorted(events.items()):
            archive.writestr(f"questions/event-{event}.yaml", dump_question_file(None, event, records.values()))
    return buffer.getvalue()


def _members(data: bytes, name: str) -> dict[str, str]:
    """The set's files as text, every size checked before and while reading: a zip's headers can
    claim anything, and a 1 MB zip can unpack to gigabytes."""
    limits = CONTENT_LIMITS
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError) as exc:
        raise ContentError(name, None, "this is not a zip file: export a set from quizgame to get one") from exc
    if len(infos) > limits.set_files:
        raise ContentError(name, None, f"a set holds at most {limits.set_files} files; this one has {len(infos)}")
    members: dict[str, str] = {}
    errors: list[ContentError] = []
    budget = limits.set_bytes
    for info in infos:
        where = f"{name}/{info.filename}"
        allowed = min(limits.set_file_bytes, budget)
        if info.file_size > allowed:
            raise ContentError(where, None, _too_big())
        try:
            raw = _read_bounded(archive, info, allowed)
        except (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError, OSError) as exc:
            raise ContentError(where, None, f"the file cannot be unpacked ({exc})") from exc
        if raw is None:
            raise ContentError(where, None, _too_big())
        budget -= len(raw)
        try:
            members[info.filename] = raw.decode("utf-8")
        except UnicodeDecodeError:
            errors.append(ContentError(where, None, "the file is not UTF-8 text"))
    _raise(errors)
    return members


def _too_big() -> str:
    return (
        f"the file unpacks to more than a set allows ({CONTENT_LIMITS.set_file_bytes // 1024} KiB a file, "
        f"{CONTENT_LIMITS.set_bytes // 1_048_576} MiB in all)"
    )


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    """The member's bytes, or None as soon as it unpacks to more than `limit` (read in chunks, so
    memory never holds more than the limit)."""
    chunks: list[bytes] = []
    size = 0
    with archive.open(info) as member:
        while chunk := member.read(65_536):
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
    return b"".join(chunks)


def _raise(errors: list[ContentError]) -> None:
    if errors:
        raise errors[0] if len(errors) == 1 else ContentErrors(errors)


def _collect(errors: list[ContentError], exc: ContentError | ContentErrors) -> None:
    errors.extend(exc.errors if isinstance(exc, ContentErrors) else [exc])


def read_set(session: Session, teacher_id: int, data: bytes, name: str) -> tuple[list[ArticleFile], list[QuestionFile]]:
    """Parse and check a whole set; raise every problem at once."""
    members = _members(data, name)
    errors: list[ContentError] = []
    files: list[ArticleFile] = []
    for member in sorted(members):
        path = PurePosixPath(member)
        if path.parent.name == "articles" and path.suffix == ".md":
            try:
                files.append(parse_article(members[member], f"{name}/{member}"))
            except (ContentError, ContentErrors) as exc:
                _collect(errors, exc)
    known = {a.slug: article_file(a) for a in session.scalars(select(Article).where(visible_to(teacher_id)))}
    known.update({a.slug: a for a in files})
    questions: list[QuestionFile] = []
    seen: dict[str, str] = {}
    for member in sorted(m for m in members if PurePosixPath(m).suffix in (".yaml", ".yml")):
        where = f"{name}/{member}"
        try:
            parsed = parse_question_file(members[member], where, known)
        except (ContentError, ContentErrors) as exc:
            _collect(errors, exc)
            continue
        for record in parsed.questions:
            if record.id in seen:
                errors.append(ContentError(where, record.line, f"id '{record.id}' is also used in {seen[record.id]}"))
            seen[record.id] = where
        questions.append(parsed)
    if not files and not questions and not errors:
        errors.append(ContentError(name, None, "the set holds no articles/*.md or questions/*.yaml files"))
    _raise(errors)
    return files, questions


def import_set(session: Session, teacher_id: int, data: bytes, name: str) -> SetReport:
    """Check everything, then add the set as the teacher's own (the caller commits once)."""
    files, question_files = read_set(session, teacher_id, data, name)
    report = SetReport()
    visible = {a.slug: a for a in session.scalars(select(Article).where(visible_to(teacher_id)))}
    by_slug = dict(visible)
    for source in files:
        by_slug[source.slug] = _article_for(session, teacher_id, source, report)
    # Questions belong to their owner, and so must every article they hang on: a question linked to
    # a shared demo article would show on every teacher's review page and in their exports. A set
    # naming a demo article gets the teacher's own copy of it instead.
    named = {slug for qfile in question_files for record in qfile.questions for slug in _slugs(record)}
    for slug in sorted(named):
        if by_slug[slug].owner_id != teacher_id:
            by_slug[slug] = _article_for(session, teacher_id, article_file(by_slug[slug]), report)
    session.flush()
    for qfile in question_files:
        for record in qfile.questions:
            _upsert(session, teacher_id, record, by_slug, report)
    session.flush()
    return report


def _slugs(record: QuestionRecord) -> list[str]:
    return [*record.articles, *([record.evidence.article] if record.evidence else [])]


def _derived(teacher_id: int, value: str) -> str:
    return hashlib.sha256(f"{teacher_id}:{value}".encode()).hexdigest()[:10]


def _article_for(session: Session, teacher_id: int, source: ArticleFile, report: SetReport) -> Article:
    same = session.scalar(
        select(Article)
        .where(Article.content_hash == source.content_hash, Article.owner_id == teacher_id)
        .order_by(Article.id)
    )
    # Only the exact text: the set's evidence offsets point into it.
    if same is not None:
        report.articles_reused += 1
        return same
    slug = source.slug
    if session.scalar(select(Article.id).where(Article.slug == slug)) is not None:
        slug = f"{slug[:100]}-{_derived(teacher_id, source.content_hash)[:8]}"
    article = Article(slug=slug, owner_id=teacher_id, **article_values(source))
    session.add(article)
    report.articles_added += 1
    return article


def _upsert(
    session: Session, teacher_id: int, record: QuestionRecord, articles: dict[str, Article], report: SetReport
) -> None:
    qid = record.id
    existing = session.get(Question, qid)
    if existing is not None and existing.owner_id != teacher_id:
        # The id belongs to someone else's question (or the demo's): this teacher gets a copy.
        qid = "q-" + _derived(teacher_id, record.id)
        existing = session.get(Question, qid)
    values = question_values(record, articles)
    linked = [articles[slug] for slug in record.articles]
    if existing is None:
        session.add(Question(id=qid, owner_id=teacher_id, articles=linked, **values))
        report.questions_added += 1
        return
    for key, value in values.items():
        setattr(existing, key, value)
    existing.articles = linked
    report.questions_updated += 1
