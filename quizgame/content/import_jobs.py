"""Importing an article in bounded steps whose state lives in the database.

`start_import` saves the article and a job in one transaction, so the text is never lost. Each call
of `advance` then does one step (the analysis, or one question kind), under a short lease so two
workers never do the same step twice and a step whose worker died is simply done again.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from quizgame.content import pipeline
from quizgame.content.analysis.model import ArticleAnalysis
from quizgame.content.articles import ArticleFile, body_problem
from quizgame.content.store import article_values, question_values
from quizgame.models import Article, ImportJob, Question, StoredAnalysis, utcnow

LEASE = dt.timedelta(seconds=120)
# Runs a step's computing: work(*args). The web passes one that keeps it off the event loop.
Runner = Callable[..., Any]
log = logging.getLogger(__name__)
# What the teacher reads when a step fails: the exception itself (a spaCy error code, a traceback's
# last line) tells them nothing and tells an attacker about the internals; it goes to the log.
STEP_FAILED = "This article could not be analysed. Try a shorter or plainer text; the error is in the server's log."
# The traceback is kept with the job for whoever runs the site (its end, where the cause is).
TRACEBACK_CHARS = 20_000


class AnalysisRefused(pipeline.PipelineUnavailable):
    """The article is too long (or unreadable) to analyse within one bounded step."""


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
    job = ImportJob(
        teacher_id=teacher_id, article=article, stage="analyse", steps_total=1 + len(pipeline.generator_kinds())
    )
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
        slug=article.slug,
        outlet=article.outlet,
        headline=article.headline,
        published=article.published,
        url=article.url,
        body=article.body,
        event=article.event,
        author=article.author,
        licence=article.licence,
    )


def _here(work: Callable[..., Any], *args: Any) -> Any:
    return work(*args)


def stored_analysis(session: Session, article: Article, run: Runner = _here) -> ArticleAnalysis:
    """The article's analysis, computed once per text and kept (the caller commits). `run` runs the
    analysis itself (a web worker passes one that keeps it off its event loop)."""
    row = session.get(StoredAnalysis, article.id)
    if row is not None and row.content_hash == article.content_hash:
        return pipeline.analysis_from_json(row.data)
    # Every path into the analysis passes here, articles stored before the caps existed too.
    problem = body_problem(article.body)
    if problem:
        raise AnalysisRefused(problem)
    analysis = run(pipeline.analyse, article_file(article))
    if row is None:
        row = StoredAnalysis(article_id=article.id)
        session.add(row)
    row.content_hash = article.content_hash
    row.data = pipeline.analysis_to_json(analysis)
    return analysis


def advance(session: Session, job_id: int, now: dt.datetime | None = None, run: Runner = _here) -> ImportJob:
    """Do the job's next step if no other worker holds it. Commits: the lease must be visible to
    other workers before the work starts, and each finished step must survive this worker. `run`
    runs the step's computing (the analysis, a kind's generator) on plain data, away from the
    session: a web worker passes one that keeps it off its event loop."""
    now = now or utcnow()
    token = secrets.token_hex(16)
    claimed = session.execute(
        update(ImportJob)
        .where(ImportJob.id == job_id, ImportJob.stage.in_(("analyse", "generate")))
        .where(or_(ImportJob.leased_until.is_(None), ImportJob.leased_until < now))
        .values(leased_until=now + LEASE, lease_token=token)
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
        _step(session, job, run)
    except AnalysisRefused as exc:
        session.rollback()
        _fail(session, job_id, str(exc))
    except Exception:  # noqa: BLE001 - any failure is reported to the teacher, the article stays
        log.exception("import job %s: step %s failed", job_id, job.stage)
        session.rollback()
        _fail(session, job_id, STEP_FAILED, traceback.format_exc()[-TRACEBACK_CHARS:])
    if _release(session, job_id, token):
        session.commit()
    else:
        log.warning(
            "import job %s: the step outlived its lease and another worker took the job; its result is dropped", job_id
        )
        session.rollback()
    session.refresh(job)
    return job


def _release(session: Session, job_id: int, token: str) -> bool:
    """Give the lease back, if it is still the one this step was claimed with, in the transaction
    that holds the step's writes. The update locks the job's row until the commit, so a claim by
    another worker either came before it (the token differs: the writes are rolled back) or waits
    for the commit and then finds the next step: the two runs of one step can never both store."""
    with session.no_autoflush:  # the fence first: writes the step left pending are flushed after it
        return bool(
            session.execute(
                update(ImportJob)
                .where(ImportJob.id == job_id, ImportJob.lease_token == token)
                .values(leased_until=None, lease_token=None)
                .execution_options(synchronize_session=False)
            ).rowcount
        )


def _fail(session: Session, job_id: int, message: str, trace: str | None = None) -> None:
    job = session.get(ImportJob, job_id)
    assert job is not None
    job.stage, job.error, job.traceback = "failed", message, trace


def _step(session: Session, job: ImportJob, run: Runner) -> None:
    if job.stage == "analyse":
        stored_analysis(session, job.article, run)
        job.pending_kinds = pipeline.generator_kinds()
        job.steps_total = 1 + len(job.pending_kinds)
        job.steps_done = 1
        job.stage = "generate" if job.pending_kinds else "done"
        return
    kind, *rest = job.pending_kinds
    analysis = stored_analysis(session, job.article, run)
    for record in run(pipeline.generate, kind, article_file(job.article), analysis):
        if session.get(Question, record.id) is None:
            session.add(
                Question(
                    id=record.id,
                    owner_id=job.teacher_id,
                    articles=[job.article],
                    **{**question_values(record, {job.article.slug: job.article}), "status": "candidate"},
                )
            )
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
