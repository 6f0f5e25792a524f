"""Importing an article in bounded steps whose state lives in the database.

`start_import` saves the article and a job in one transaction, so the text is never lost. Each call
of `advance` then does one step (the analysis, or one question kind), under a short lease so two
workers never do the same step twice and a step whose worker died is simply done again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from quizgame.content import pipeline
from quizgame.content.analysis.model import ArticleAnalysis
from quizgame.content.articles import ArticleFile
from quizgame.content.store import article_values, question_values
from quizgame.models import Article, ImportJob, Question, StoredAnalysis, utcnow

LEASE = dt.timedelta(seconds=120)


@dataclass(frozen=True)
class AlreadyImported:
    article: Article


def visible_to(teacher_id: int):  # type: ignore[no-untyped-def]
    """Articles a teacher may see: the shared demo content and their own imports."""
    return or_(Article.owner_id.is_(None), Article.owner_id == teacher_id)


def start_import(session: Session, teacher_id: int, source: ArticleFile) -> ImportJob | AlreadyImported:
    """Save the article and its job (committed), or point at the copy the teacher already has."""
    existing = same_text(session, teacher_id, source)
    if existing is not None:
        return AlreadyImported(existing)
    article = Article(slug=source.slug, owner_id=teacher_id, **article_values(source))
    job = ImportJob(teacher_id=teacher_id, article=article, stage="analyse", steps_total=1 + len(pipeline.generator_kinds()))
    session.add_all([article, job])
    session.commit()
    return job


def _words(text: str) -> str:
    return " ".join(text.split())


def same_text(session: Session, teacher_id: int, source: ArticleFile) -> Article | None:
    """The teacher's (or the demo's) article with this text: the same hash, or the same words once
    spacing is ignored, since a paste or a saved page rarely keeps the published line breaks."""
    exact = session.scalar(
        select(Article).where(Article.content_hash == source.content_hash, visible_to(teacher_id)).order_by(Article.id)
    )
    if exact is not None:
        return exact
    words = _words(source.body)
    candidates = session.execute(select(Article.id, Article.body).where(visible_to(teacher_id)).order_by(Article.id))
    match = next((article_id for article_id, body in candidates if _words(body) == words), None)
    return session.get(Article, match) if match is not None else None


def article_file(article: Article) -> ArticleFile:
    return ArticleFile(
        slug=article.slug, outlet=article.outlet, headline=article.headline, published=article.published,
        url=article.url, body=article.body, event=article.event, author=article.author, licence=article.licence,
    )


def stored_analysis(session: Session, article: Article) -> ArticleAnalysis:
    """The article's analysis, computed once per text and kept (the caller commits)."""
    row = session.get(StoredAnalysis, article.id)
    if row is not None and row.content_hash == article.content_hash:
        return pipeline.analysis_from_json(row.data)
    analysis = pipeline.analyse(article_file(article))
    if row is None:
        row = StoredAnalysis(article_id=article.id)
        session.add(row)
    row.content_hash = article.content_hash
    row.data = pipeline.analysis_to_json(analysis)
    return analysis


def advance(session: Session, job_id: int, now: dt.datetime | None = None) -> ImportJob:
    """Do the job's next step if no other worker holds it. Commits: the lease must be visible to
    other workers before the work starts, and each finished step must survive this worker."""
    now = now or utcnow()
    claimed = session.execute(
        update(ImportJob)
        .where(ImportJob.id == job_id, ImportJob.stage.in_(("analyse", "generate")))
        .where(or_(ImportJob.leased_until.is_(None), ImportJob.leased_until < now))
        .values(leased_until=now + LEASE)
        .execution_options(synchronize_session=False)
    ).rowcount
    session.commit()
    job = session.get(ImportJob, job_id)
    if job is None:
        raise LookupError(job_id)
    session.refresh(job)
    if not claimed:
        return job
    try:
        _step(session, job)
    except Exception as exc:  # noqa: BLE001 - any failure is reported to the teacher, the article stays
        session.rollback()
        job = session.get(ImportJob, job_id)
        assert job is not None
        job.stage, job.error = "failed", f"{type(exc).__name__}: {exc}"
    job.leased_until = None
    session.commit()
    return job


def _step(session: Session, job: ImportJob) -> None:
    if job.stage == "analyse":
        stored_analysis(session, job.article)
        job.pending_kinds = pipeline.generator_kinds()
        job.steps_total = 1 + len(job.pending_kinds)
        job.steps_done = 1
        job.stage = "generate" if job.pending_kinds else "done"
        return
    kind, *rest = job.pending_kinds
    analysis = stored_analysis(session, job.article)
    for record in pipeline.generate(kind, article_file(job.article), analysis):
        if session.get(Question, record.id) is None:
            session.add(Question(
                id=record.id, owner_id=job.teacher_id, articles=[job.article],
                **{**question_values(record, {job.article.slug: job.article}), "status": "candidate"},
            ))
            job.questions_made += 1
    job.pending_kinds = rest
    job.steps_done += 1
    if not rest:
        job.stage = "done"


def progress(job: ImportJob) -> dict[str, object]:
    """What the progress page shows, as JSON."""
    return {
        "stage": job.stage,
        "done": job.steps_done,
        "total": job.steps_total,
        "percent": round(100 * job.steps_done / max(job.steps_total, 1)),
        "questions": job.questions_made,
        "error": job.error,
        "finished": job.stage in ("done", "failed"),
    }
