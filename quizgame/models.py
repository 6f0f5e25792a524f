"""The data model. Rules that must never break are constraints in the database, not only checks in Python."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from flask_login import UserMixin
from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from quizgame.content.question_kinds import SKILLS, QuestionKind, kind_of
from quizgame.extensions import db

QUESTION_STATUSES = ("candidate", "approved", "rejected")
QUESTION_ORIGINS = ("kahoot", "gift", "aiken")
SCORING_MODES = ("speed", "accuracy")


class RoomMode(StrEnum):
    """Self-paced: each student at their own speed. Live: the teacher moves the class on."""

    SELF_PACED = "self_paced"
    LIVE = "live"


class RoomStatus(StrEnum):
    """Whether the room takes players and answers."""

    OPEN = "open"
    CLOSED = "closed"


class RoomPhase(StrEnum):
    """Where a live game stands (quizgame.game.live.machine); a self-paced room stays in the lobby."""

    LOBBY = "lobby"
    QUESTION = "question"
    REVEAL = "reveal"
    FINISHED = "finished"


class LeaderboardVisibility(StrEnum):
    """When students see the room's leaderboard (the teacher always does)."""

    LIVE = "live"
    END = "end"
    HIDDEN = "hidden"


ROOM_MODES = tuple(m.value for m in RoomMode)
LEADERBOARD_VISIBILITY = tuple(v.value for v in LeaderboardVisibility)
ROOM_STATUSES = tuple(s.value for s in RoomStatus)
ROOM_PHASES = tuple(p.value for p in RoomPhase)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores UTC and always hands back an aware datetime: SQLite would otherwise return naive ones."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware UTC datetime")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None or value.tzinfo is dt.UTC:
            return value
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)

    def result_processor(self, dialect: Any, coltype: Any) -> Any:
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)

        # SQLite hands back the text SQLAlchemy wrote, in UTC with no offset: read with the offset,
        # it is an aware datetime in one C call instead of a parse and a replace() (a million-row
        # export reads a million of them). This replaces the impl's own text parsing on purpose,
        # which is why SQLAlchemy's usual advice (override process_result_value only) is not followed.
        def from_utc_text(value: Any) -> dt.datetime | None:
            if type(value) is str:
                try:
                    return dt.datetime.fromisoformat(value + "+00:00")
                except ValueError:  # text with an offset of its own, written by some other means
                    value = dt.datetime.fromisoformat(value)
            return self.process_result_value(value, dialect)

        return from_utc_text


class Teacher(UserMixin, db.Model):
    __tablename__ = "teachers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Part of every session cookie's user id; logging out bumps it, so a cookie copied before the
    # logout no longer opens anything.
    session_version: Mapped[int] = mapped_column(default=0, server_default="0")

    classrooms: Mapped[list[Classroom]] = relationship(back_populates="teacher")

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"


class Classroom(db.Model):
    __tablename__ = "classrooms"

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teachers.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    teacher: Mapped[Teacher] = relationship(back_populates="classrooms")
    roster: Mapped[list[RosterStudent]] = relationship(
        back_populates="classroom", order_by="RosterStudent.display_name", cascade="all, delete-orphan"
    )
    rooms: Mapped[list[Room]] = relationship(back_populates="classroom", order_by="Room.created_at")


class RosterStudent(db.Model):
    """A display name on a classroom's roster, so one student's results add up across rooms."""

    __tablename__ = "roster_students"
    __table_args__ = (UniqueConstraint("classroom_id", "display_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    classroom_id: Mapped[int] = mapped_column(ForeignKey("classrooms.id", ondelete="CASCADE"), index=True)
    display_name: Mapped[str] = mapped_column(String(40))
    # What the school's gradebook knows the student by, so an export can be matched there: Canvas
    # matches on the SIS user id or the login, Moodle on the e-mail or the idnumber. Never guessed.
    email: Mapped[str | None] = mapped_column(String(254))
    school_id: Mapped[str | None] = mapped_column(String(64))

    classroom: Mapped[Classroom] = relationship(back_populates="roster")


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


class Question(db.Model):
    __tablename__ = "questions"
    __table_args__ = (
        CheckConstraint(_in("status", QUESTION_STATUSES), name="status"),
        CheckConstraint(_in("skill", SKILLS), name="skill"),
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
    status: Mapped[str] = mapped_column(String(12), default="candidate")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("teachers.id", ondelete="CASCADE"), index=True)
    # Set for a teacher's own question brought in from another tool's file (QUESTION_ORIGINS): it
    # is tied to no article, and pages and reports say so.
    origin: Mapped[str | None] = mapped_column(String(10))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    articles: Mapped[list[Article]] = relationship(secondary=question_articles, back_populates="questions")
    evidence_article: Mapped[Article | None] = relationship(foreign_keys=[evidence_article_id])

    @property
    def question_kind(self) -> QuestionKind:
        return kind_of(self.kind)

    @property
    def multi_answer(self) -> bool:
        return self.question_kind.takes_several_answers(self.correct)

    @property
    def passage_before_answer(self) -> bool:
        return self.question_kind.passage_first


class ReviewAction(db.Model):
    """Who approved, rejected or edited a question, when, and what changed."""

    __tablename__ = "review_actions"
    __table_args__ = (CheckConstraint(_in("action", ("approve", "reject", "edit", "reset")), name="action"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"), index=True)
    teacher_id: Mapped[int | None] = mapped_column(ForeignKey("teachers.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(10))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


IMPORT_STAGES = ("analyse", "generate", "done", "failed")


class ImportJob(db.Model):
    """An article import in progress. The state lives here, not in a worker: any request may
    advance it one bounded step, and a step whose worker died is taken over once its lease ends."""

    __tablename__ = "import_jobs"
    __table_args__ = (CheckConstraint(_in("stage", IMPORT_STAGES), name="stage"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    teacher_id: Mapped[int] = mapped_column(ForeignKey("teachers.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(10), default="analyse")
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


class Room(db.Model):
    __tablename__ = "rooms"
    __table_args__ = (
        CheckConstraint(_in("mode", ROOM_MODES), name="mode"),
        CheckConstraint(_in("scoring", SCORING_MODES), name="scoring"),
        CheckConstraint(_in("leaderboard", LEADERBOARD_VISIBILITY), name="leaderboard"),
        CheckConstraint(_in("status", ROOM_STATUSES), name="status"),
        CheckConstraint(_in("phase", ROOM_PHASES), name="phase"),
        CheckConstraint("seconds_per_question BETWEEN 5 AND 600", name="seconds"),
        CheckConstraint("length(code) = 6", name="code_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    classroom_id: Mapped[int] = mapped_column(ForeignKey("classrooms.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(6), unique=True)
    title: Mapped[str] = mapped_column(String(100))
    mode: Mapped[str] = mapped_column(String(12), default=RoomMode.SELF_PACED.value)
    scoring: Mapped[str] = mapped_column(String(10), default="accuracy")
    seconds_per_question: Mapped[int] = mapped_column(Integer, default=60)
    shuffle_questions: Mapped[bool] = mapped_column(Boolean, default=False)
    shuffle_choices: Mapped[bool] = mapped_column(Boolean, default=False)
    show_explanations: Mapped[bool] = mapped_column(Boolean, default=True)
    leaderboard: Mapped[str] = mapped_column(String(8), default=LeaderboardVisibility.LIVE.value)
    late_join: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set when the teacher removes a player and asks for it: no new player may join (a removed
    # student could otherwise come back from a cleared browser under a new name); seated players
    # and rejoin codes still work. The room page opens it again.
    new_players_closed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    status: Mapped[str] = mapped_column(String(8), default=RoomStatus.OPEN.value)
    # Live rooms: where the whole class is. Every worker reads it from here; none keeps it in memory.
    phase: Mapped[str] = mapped_column(String(10), default=RoomPhase.LOBBY.value)
    current_position: Mapped[int | None] = mapped_column(Integer)
    question_started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    paused_remaining_ms: Mapped[int | None] = mapped_column(Integer)
    # The open live question's own time limit (RoomQuestion.seconds), copied when it opens, so the
    # clock reads it from the room row like the rest of the live state; None: seconds_per_question.
    question_seconds: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    opened_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    classroom: Mapped[Classroom] = relationship(back_populates="rooms")
    room_questions: Mapped[list[RoomQuestion]] = relationship(
        back_populates="room", order_by="RoomQuestion.position", cascade="all, delete-orphan"
    )
    players: Mapped[list[Player]] = relationship(back_populates="room", order_by="Player.joined_at")


class LiveSnapshot(db.Model):
    """What every student of a live room sees at one version of the room, built once when the
    version changes (quizgame.game.live.snapshot). Each student's stream reads this row and adds
    only what is theirs, instead of building the whole state again for every student."""

    __tablename__ = "live_snapshots"

    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The question of this version, also inside `data`: a column, so a student's answer joins on it.
    question_id: Mapped[str | None] = mapped_column(String(40))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class RoomQuestion(db.Model):
    __tablename__ = "room_questions"
    __table_args__ = (
        UniqueConstraint("room_id", "position"),
        UniqueConstraint("room_id", "question_id"),
        CheckConstraint("seconds IS NULL OR seconds BETWEEN 5 AND 600", name="seconds"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id", ondelete="RESTRICT"), index=True)
    # The teacher's time limit for this question in this room (a long passage, a quick warm-up);
    # None: the room's seconds_per_question. game.play.rules.time_limit_ms picks between them.
    seconds: Mapped[int | None] = mapped_column(Integer)

    room: Mapped[Room] = relationship(back_populates="room_questions")
    question: Mapped[Question] = relationship()


class Player(db.Model):
    __tablename__ = "players"
    __table_args__ = (
        # One seat per name among players in the room. A removed player keeps their name and roster
        # link (their answers stay theirs in the reports) but no longer holds the name: the roster
        # student can join again under it (issue 16). Rules on top of this (a removed nickname stays
        # taken in a nickname room) are the game's, in game/players.py.
        Index(
            "uq_players_room_nickname_present",
            "room_id",
            "nickname",
            unique=True,
            sqlite_where=text("NOT removed"),
            postgresql_where=text("NOT removed"),
        ),
        Index("ix_players_room_browser", "room_id", "browser_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"))
    nickname: Mapped[str] = mapped_column(String(40))
    rejoin_token: Mapped[str] = mapped_column(String(64), unique=True)
    # A random id kept in the student's signed cookie, so a removed player cannot come back renamed.
    browser_id: Mapped[str] = mapped_column(String(64))
    roster_student_id: Mapped[int | None] = mapped_column(
        ForeignKey("roster_students.id", ondelete="SET NULL"), index=True
    )
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set by the teacher for a student who lost their session (new device, cleared cookies): typed
    # once on the join page, it hands that browser this seat, points and all, then is cleared.
    rejoin_code: Mapped[str | None] = mapped_column(String(8))
    joined_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    room: Mapped[Room] = relationship(back_populates="players")
    roster_student: Mapped[RosterStudent | None] = relationship()


class Delivery(db.Model):
    """When the server first showed a question to a player: the start of that player's clock."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("player_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    player_id: Mapped[int] = mapped_column(ForeignKey("players.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"))
    delivered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    choice_order: Mapped[list[int] | None] = mapped_column(JSON)


class Answer(db.Model):
    __tablename__ = "answers"
    __table_args__ = (
        UniqueConstraint("player_id", "question_id"),
        CheckConstraint("points >= 0", name="points_non_negative"),
        CheckConstraint("credit >= 0 AND credit <= 1", name="credit_range"),
        CheckConstraint("response_ms >= 0", name="response_ms_non_negative"),
        Index("ix_answers_question", "question_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    player_id: Mapped[int] = mapped_column(ForeignKey("players.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id", ondelete="CASCADE"))
    chosen: Mapped[list[int]] = mapped_column(JSON)
    correct: Mapped[bool] = mapped_column(Boolean)
    credit: Mapped[float] = mapped_column(Float, default=0.0)
    points: Mapped[int] = mapped_column(Integer, default=0)
    response_ms: Mapped[int] = mapped_column(Integer)
    answered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    player: Mapped[Player] = relationship()
    question: Mapped[Question] = relationship()


class RateLimitCounter(db.Model):
    """One fixed-window counter per limited key. In the database, not in a process, so a limit
    holds across every gunicorn worker. `key` is a digest: no client address is stored in clear."""

    __tablename__ = "rate_limit_counters"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    # Epoch seconds: integers compare the same way on SQLite and PostgreSQL.
    window_start: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[int] = mapped_column(Integer, index=True)
    hits: Mapped[int] = mapped_column(Integer)
