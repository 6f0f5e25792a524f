"""The question a live room is on, read with the ORM, and what its screens show of it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ScalarSelect, func, select
from sqlalchemy.orm import Session

from quizgame.game.passage import Passage, Source, shown_passages
from quizgame.game.tap_words import Token, question_sentence
from quizgame.models import Question, RoomQuestion


def question_at(session: Session, room_id: int, position: int | None) -> Question | None:
    if position is None:
        return None
    return session.scalar(
        select(Question).join(RoomQuestion).where(RoomQuestion.room_id == room_id, RoomQuestion.position == position)
    )


def _count_questions(room_id: int) -> ScalarSelect[int]:
    return select(func.count()).select_from(RoomQuestion).where(RoomQuestion.room_id == room_id).scalar_subquery()


def question_count(session: Session, room_id: int) -> int:
    return session.scalar(select(_count_questions(room_id))) or 0


def question_passages(question: Question, answered: bool) -> list[Passage]:
    """The passages of a question (quizgame.game.passage), read from its ORM articles."""
    article = question.evidence_article
    evidence = Source(article.outlet, article.headline, article.body) if article is not None else None
    compared = (
        [Source(a.outlet, a.headline, a.body) for a in sorted(question.articles, key=lambda a: (a.outlet, a.id))]
        if question.question_kind.compares_outlets
        else []
    )
    return shown_passages(
        question.kind,
        question.prompt,
        evidence,
        question.evidence_start,
        question.evidence_end,
        compared,
        answered,
        question.evidence_text,
    )


def tap_tokens(question: Question) -> list[Token] | None:
    """A tap-the-word question's sentence as printed (quizgame.game.tap_words); None for other kinds."""
    return question_sentence(question.kind, question.evidence_text, list(question.choices), list(question.correct))


def tap_tokens_data(question: Question) -> list[list[Any]] | None:
    """tap_tokens as JSON data: [text, [word indexes]] per token."""
    tokens = tap_tokens(question)
    return None if tokens is None else [[t.text, list(t.indexes)] for t in tokens]
