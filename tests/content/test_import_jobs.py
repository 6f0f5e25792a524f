"""An import saves the article at once and then advances in bounded steps kept in the database."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quizgame.content import pipeline
from quizgame.content.import_jobs import (
    LEASE,
    STEP_FAILED,
    AlreadyImported,
    advance,
    article_file,
    progress,
    start_import,
)
from quizgame.extensions import db
from quizgame.models import Article, ImportJob, Question, StoredAnalysis, utcnow
from tests.curation_samples import sample_analysis, sample_article
from tests.factories import load_demo_content, make_teacher


def _store_analysis(article: Article) -> None:
    """The analysis a real run would have stored, so these tests do not depend on the analyser."""
    source = sample_article(article.owner_id or 0)
    db.session.add(
        StoredAnalysis(
            article_id=article.id,
            content_hash=article.content_hash,
            data=pipeline.analysis_to_json(sample_analysis(source)),
        )
    )
    db.session.commit()


def test_the_article_is_saved_before_any_analysis_runs(app_ctx):
    teacher = make_teacher()
    job = start_import(db.session, teacher.id, sample_article(teacher.id))
    db.session.expire_all()
    saved = db.session.get(ImportJob, job.id)
    assert saved.stage == "analyse" and saved.article.owner_id == teacher.id
    assert saved.article.body == sample_article(teacher.id).body


def test_the_same_text_is_not_imported_twice_by_one_teacher(app_ctx):
    teacher = make_teacher()
    first = start_import(db.session, teacher.id, sample_article(teacher.id))
    again = start_import(db.session, teacher.id, sample_article(teacher.id))
    assert isinstance(again, AlreadyImported) and again.article.id == first.article.id
    assert db.session.scalar(select(func.count(Article.id))) == 1


def test_a_demo_article_pasted_again_points_at_the_demo_copy(app_ctx):
    teacher = make_teacher()
    load_demo_content()
    demo = db.session.scalars(select(Article).order_by(Article.slug)).first()
    pasted = sample_article(teacher.id, body=demo.body)
    again = start_import(db.session, teacher.id, pasted)
    assert isinstance(again, AlreadyImported) and again.article.id == demo.id


def test_two_teachers_each_get_their_own_copy(app_ctx):
    one, two = make_teacher("one@example.org"), make_teacher("two@example.org")
    first = start_import(db.session, one.id, sample_article(one.id))
    second = start_import(db.session, two.id, sample_article(two.id))
    assert isinstance(second, ImportJob) and second.article.id != first.article.id
    assert second.article.slug != first.article.slug


def test_steps_run_until_done_and_report_progress(app_ctx):
    teacher = make_teacher()
    job = start_import(db.session, teacher.id, sample_article(teacher.id))
    _store_analysis(job.article)
    states = []
    for _ in range(20):
        job = advance(db.session, job.id)
        states.append(progress(job))
        if states[-1]["finished"]:
            break
    assert states[-1]["stage"] == "done" and states[-1]["done"] == states[-1]["total"]
    assert states[0]["done"] == 1 and states[-1]["total"] == 1 + len(pipeline.generator_kinds())
    assert [s["done"] for s in states] == sorted(s["done"] for s in states)


def test_a_step_held_by_another_worker_is_not_done_twice(app_ctx):
    teacher = make_teacher()
    job = start_import(db.session, teacher.id, sample_article(teacher.id))
    _store_analysis(job.article)
    job.leased_until = utcnow() + dt.timedelta(seconds=30)
    db.session.commit()
    assert advance(db.session, job.id).steps_done == 0


def test_a_step_whose_worker_died_is_taken_over_when_its_lease_ends(app_ctx):
    teacher = make_teacher()
    job = start_import(db.session, teacher.id, sample_article(teacher.id))
    _store_analysis(job.article)
    job.leased_until = utcnow() - dt.timedelta(seconds=1)
    db.session.commit()
    assert advance(db.session, job.id).steps_done == 1
    assert dt.timedelta(seconds=30) < LEASE


def test_a_failed_step_is_reported_in_words_and_the_article_stays(app_ctx, caplog):
    teacher = make_teacher()
    job = start_import(db.session, teacher.id, sample_article(teacher.id))
    stale = StoredAnalysis(article_id=job.article.id, content_hash=job.article.content_hash, data={"broken": True})
    db.session.add(stale)
    db.session.commit()
    job = advance(db.session, job.id)
    # The teacher reads a sentence, not the exception (a raw spaCy error used to be shown); the log has it.
    assert job.stage == "failed" and job.error == STEP_FAILED
    assert "KeyError" in caplog.text
    # The traceback stays with the job for whoever runs the site, ending with the cause.
    assert job.traceback.startswith("Traceback (most recent call last):")
    assert "KeyError" in job.traceback.strip().splitlines()[-1]
    assert progress(job)["finished"] is True
    assert db.session.get(Article, job.article_id) is not None


def test_a_step_that_outlives_its_lease_cannot_store_beside_the_worker_that_took_it_over(app_ctx, caplog):
    """Finding 2: a step that ran past its lease (the analysis took 322 s against 120) could be
    started again by a second worker, and both runs stored. Two real connections play the two
    workers: the first is held inside its step until the second has claimed the job (its lease
    over), run the same step and stored it; the first's result is then dropped, not stored twice."""
    teacher = make_teacher()
    job = start_import(db.session, teacher.id, sample_article(teacher.id))
    _store_analysis(job.article)
    article, analysis = job.article, sample_analysis(sample_article(teacher.id))
    kind = next(k for k in pipeline.generator_kinds() if pipeline.generate(k, article_file(article), analysis))
    job.stage, job.pending_kinds, job.steps_done = "generate", [kind], 1
    db.session.commit()
    made_by_one_run = len(pipeline.generate(kind, article_file(article), analysis))

    real_generate, inside, go_on = pipeline.generate, threading.Event(), threading.Event()

    def generate_held_for_the_first_worker(*args):  # type: ignore[no-untyped-def]
        if not inside.is_set():  # the first call is the first worker's: the second starts after it
            inside.set()
            assert go_on.wait(30)
        return real_generate(*args)

    engine, start = db.engine, utcnow()
    results: dict[str, ImportJob] = {}

    def first_worker() -> None:
        with app_ctx.app_context(), Session(engine) as session:
            try:
                results["first"] = advance(session, job.id, now=start)
            finally:
                inside.set()  # never leave the test waiting on a worker that failed

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "generate", generate_held_for_the_first_worker)
        worker = threading.Thread(target=first_worker)
        worker.start()
        assert inside.wait(30) and worker.is_alive()
        with Session(engine) as second:
            after_the_lease = advance(second, job.id, now=start + LEASE + dt.timedelta(seconds=1))
        assert after_the_lease.stage == "done" and after_the_lease.questions_made == made_by_one_run
        go_on.set()
        worker.join(30)

    db.session.expire_all()
    stored = db.session.scalar(select(func.count(Question.id)).where(Question.owner_id == teacher.id))
    final = db.session.get(ImportJob, job.id)
    assert stored == made_by_one_run > 0
    assert (final.stage, final.steps_done, final.questions_made) == ("done", 2, made_by_one_run)
    assert final.lease_token is None and final.leased_until is None
    assert "outlived its lease" in caplog.text
