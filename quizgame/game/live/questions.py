"""The question a live room is on, read with the ORM, and what its screens show of it."""

from __future__ import annotations

from sqlalchemy import ScalarSelect, func, select
from sqlalchemy.orm import Session

from quizgame.game.passage import Passage, Source, shown_passages
from quizgame.game.question_view import QuestionView, question_view
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


def _evidence(question: Question) -> Source | None:
    article = question.evidence_article
    return Source(article.outlet, article.headline, article.body) if article is not None else None


def _compared(question: Question) -> list[Source]:
    if not question.question_kind.compares_outlets:
        return []
    return [Source(a.outlet, a.headline, a.body) for a in sorted(question.articles, key=lambda a: (a.outlet, a.id))]


def student_question(question: Question, answered: bool) -> QuestionView:
    """What every student's device is shown of the question (quizgame.game.question_view), open or
    revealed: the passages, never the whole article (the projector shows the room what to read)."""
    return question_view(
        id=question.id,
        kind=question.kind,
        prompt=question.prompt,
        choices=question.choices,
        correct=question.correct,
        excerpt=question.excerpt,
        evidence_text=question.evidence_text,
        evidence_start=question.evidence_start,
        evidence_end=question.evidence_end,
        evidence=_evidence(question),
        compared=_compared(question),
        answered=answered,
        with_articles=False,
    )


def question_passages(question: Question, answered: bool) -> list[Passage]:
    """The passages of a question (quizgame.game.passage), read from its ORM articles: the presenter's."""
    evidence, compared = _evidence(question), _compared(question)
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
