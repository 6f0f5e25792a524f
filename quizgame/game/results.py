"""A student's own answers at the end of a game, with the right answers and the explanations:
the page they keep (print it or save it) to go over what they learnt."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizgame.game.play.rules import time_limit_ms
from quizgame.game.progress import question_order
from quizgame.models import Answer, Player, Room


@dataclass(frozen=True)
class ReviewedAnswer:
    number: int
    prompt: str
    chosen: list[str]
    right: list[str]
    correct: bool
    partly: bool
    points: int
    late: bool
    explanation: str | None  # None when the room does not show explanations


def answer_review(session: Session, room: Room, player: Player) -> list[ReviewedAnswer]:
    """The player's answered questions in the order they met them."""
    answers = {a.question_id: a for a in session.scalars(select(Answer).where(Answer.player_id == player.id))}
    reviewed = []
    for number, room_question in enumerate(question_order(room, player), start=1):
        answer = answers.get(room_question.question_id)
        if answer is None:
            continue
        question = room_question.question
        reviewed.append(
            ReviewedAnswer(
                number=number,
                prompt=question.prompt,
                chosen=[question.choices[i] for i in answer.chosen if 0 <= i < len(question.choices)],
                right=[question.choices[i] for i in question.correct],
                correct=answer.correct,
                partly=not answer.correct and answer.credit > 0,
                points=answer.points,
                late=answer.response_ms > time_limit_ms(room.seconds_per_question, room_question.seconds),
                explanation=question.explanation if room.show_explanations else None,
            )
        )
    return reviewed
