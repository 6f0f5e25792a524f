"""Content: articles, the questions made from them, their review, and article imports in progress."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizgame.content.question_kinds import SKILLS, AsksItsKind
from quizgame.extensions import db
from quizgame.models.columns import UTCDateTime, check_in, utcnow


class QuestionStatus(StrEnum):
    """Where a question stands in review: only approved questions go into rooms."""

    CANDIDATE = "candidate"
    APPROVED = "approved"
    REJECTED = "rejected"


class ImportStage(StrEnum):
    """Where an article import stands (quizgame.content.import_jobs)."""

    ANALYSE = "analyse"
    GENERATE = "generate"
    DONE = "done"
    FAILED = "failed"


QUESTION_STATUSES = tuple(s.value for s in QuestionStatus)
IMPORT_STAGES = tuple(s.value for s in ImportStage)
QUESTION_ORIGINS = ("kahoot", "gift", "aiken")


question_articles = Table(
    "question_articles",
    db.metadata,
    Column("question_id", ForeignKey("questions.id", ondelete="CASCADE"), primary_key=True),
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)


class Article(db.Model):
    __tablename__ = "articles"
    # One copy per owner: two teachers may import the same story, each reviewing their own questions.
    __table_args__ = (UniqueConstraint("owner_id", "content_hash", name="uq_articles_owner_content_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    outlet: Mapped[str] = mapped_column(String(120))
    headline: Mapped[str] = mapped_column(String(300))
    published: Mapped[dt.date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(String(500))
    event: Mapped[str | None] = mapped_column(String(120), index=True)
    author: Mapped[str | None] = mapped_column(String(200))
    licence: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    # NULL for shared content; set for an article a teacher imported, which only that teacher sees.
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("teachers.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    questions: Mapped[list[Question]] = relationship(secondary=question_articles, back_populates="articles")


class Question(AsksItsKind, db.Model):
    __tablename__ = "questions"
    __table_args__ = (
        CheckConstraint(check_in("status", QUESTION_STATUSES), name="status"),
        CheckConstraint(check_in("skill", SKILLS), name="skill"),
        CheckConstraint("difficulty BETWEEN 1 AND 3", name="difficulty"),
        CheckConstraint("evidence_start IS NULL OR evidence_end >= evidence_start", name="evidence_span"),
        Index("ix_questions_status_skill", "status", "skill"),
    )

    # Stable id derived from the question's content, so review decisions survive regeneration.
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    skill: Mapped[str] = mapped_column(String(20))
    prompt: Mapped[str] = mapped_column(Text)
    # For tap-the-word questions the choices are the words of the sentence, in order.
    choices: Mapped[list[str]] = mapped_column(JSON)
    correct: Mapped[list[int]] = mapped_column(JSON)
    explanation: Mapped[str] = mapped_column(Text)
    excerpt: Mapped[str | None] = mapped_column(Text)
    evidence_article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    evidence_text: Mapped[str | None] = mapped_column(Text)
    difficulty: Mapped[int] = mapped_column(Integer, default=1)
    control: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default=QuestionStatus.CANDIDATE.value)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("teachers.id", ondelete="CASCADE"), index=True)
    # Set for a teacher's own question brought in from another tool's file (QUESTION_ORIGINS): it
    # is tied to no article, and pages and reports say so.
    origin: Mapped[str | None] = mapped_column(String(10))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    articles: Mapped[list[Article]] = relationship(secondary=question_articles, back_populates="questions")
    evidence_article: Mapped[Article | None] = relationship(foreign_keys=[evidence_article_id])


class ReviewAction(db.Model):
    """Who approved, rejected or edited a question, when, and what changed."""

    __tablename__ = "review_actions"
    __table_args__ = (CheckConstraint(check_in("action", ("approve", "reject", "edit", "reset")), name="action"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teachers.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(10))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ImportJob(db.Model):
    """An article import in progress. The state lives here, not in a worker: any request may
    advance it one bounded step, and a step whose worker died is taken over once its lease ends."""

    __tablename__ = "import_jobs"
    __table_args__ = (CheckConstraint(check_in("stage", IMPORT_STAGES), name="stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teachers.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(10), default=ImportStage.ANALYSE.value)
    steps_done: Mapped[int] = mapped_column(Integer, default=0)
    steps_total: Mapped[int] = mapped_column(Integer, default=1)
    # Generators still to run, in order; each polling request runs one.
    pending_kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    questions_made: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    # A failed step's traceback, for whoever runs the site (the teacher reads `error`); also in the log.
    traceback: Mapped[str | None] = mapped_column(Text)
    leased_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Who holds the lease: each claim writes a fresh token, and a step's result is stored only
    # under the token it was claimed with (a fencing token: a step that outlived its lease, whose
    # job another worker has claimed since, cannot store its result beside that worker's).
    lease_token: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    article: Mapped[Article] = relationship()


class StoredAnalysis(db.Model):
    """An article's analysis, kept so the annotated page and later import steps need not redo it."""

    __tablename__ = "article_analyses"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    # The analysis belongs to this exact text; a changed body makes it stale.
    content_hash: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
