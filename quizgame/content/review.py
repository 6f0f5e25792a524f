"""A teacher's review of question candidates: approve, reject, reset or edit, each recorded.

Every action writes a ReviewAction naming the teacher, the time and a field-level diff
(`{"field": {"from": old, "to": new}}`). The rules an edit must keep are here, in plain Python,
so the edit form and any other caller check exactly the same things. Callers commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from quizgame.models import Question, ReviewAction, utcnow

STATUS_OF = {"approve": "approved", "reject": "rejected", "reset": "candidate"}
_EDGE = "\"'“”‘’«».,;:!?()[]{}…—–-*"


class InvalidEdit(ValueError):
    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))


@dataclass(frozen=True)
class QuestionEdit:
    prompt: str
    choices: list[str]
    answers: list[str]  # the correct choices (or, for tap-the-word, words), as the teacher wrote them
    explanation: str
    difficulty: int


def is_tap(question: Question) -> bool:
    """Tap-the-word: the choices are the sentence's words and may repeat ("the", "the")."""
    return question.question_kind.tap


def answer_lines(question: Question) -> list[str]:
    return [question.choices[i] for i in question.correct]


def _word(text: str) -> str:
    return text.strip().strip(_EDGE).casefold()


def resolve(question: Question, edit: QuestionEdit) -> tuple[list[str], list[int], dict[str, str]]:
    """The edit's choices and answer indexes, and a message for each field that breaks a rule."""
    problems: dict[str, str] = {}
    if not edit.prompt.strip():
        problems["prompt"] = "The question needs a prompt."
    if not edit.explanation.strip():
        problems["explanation"] = "The explanation is required: it is what students learn from."
    choices = list(question.choices) if is_tap(question) else [c.strip() for c in edit.choices if c.strip()]
    if not is_tap(question):
        if len(choices) < 2:
            problems["choices"] = "Give at least two choices, one per line."
        elif len({c.casefold() for c in choices}) != len(choices):
            problems["choices"] = "The choices must be distinct."
    answers = [a.strip() for a in edit.answers if a.strip()]
    correct: list[int] = []
    for answer in answers:
        index = _find(question, choices, answer, correct)
        if index is None:
            problems["answers"] = (
                f"“{answer}” is not a word of the sentence."
                if is_tap(question)
                else f"“{answer}” is not one of the choices."
            )
            break
        correct.append(index)
    if "answers" not in problems:
        if not correct:
            problems["answers"] = "Name the correct answer."
        elif not is_tap(question) and len(question.correct) == 1 and len(correct) != 1:
            problems["answers"] = "This is a single-answer question: exactly one choice must be correct."
    if edit.difficulty not in (1, 2, 3):
        problems["difficulty"] = "Difficulty is 1, 2 or 3."
    return choices, sorted(correct), problems


def _find(question: Question, choices: list[str], answer: str, taken: list[int]) -> int | None:
    if is_tap(question):
        # A repeated word: the first occurrence not already named.
        matches = [i for i, c in enumerate(choices) if _word(c) == _word(answer) and i not in taken]
    else:
        matches = [i for i, c in enumerate(choices) if c.casefold() == answer.casefold()]
    return matches[0] if matches else None


def _record(
    session: Session, question: Question, teacher_id: int, action: str, changes: dict[str, Any]
) -> ReviewAction:
    entry = ReviewAction(question_id=question.id, teacher_id=teacher_id, action=action, changes=changes, at=utcnow())
    session.add(entry)
    return entry


def _apply(question: Question, values: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name, value in values.items():
        old = getattr(question, name)
        if old != value:
            changes[name] = {"from": old, "to": value}
            setattr(question, name, value)
    return changes


def set_status(session: Session, question: Question, teacher_id: int, action: str) -> ReviewAction:
    """Approve, reject or reset to candidate."""
    if action not in STATUS_OF:
        raise ValueError(f"unknown review action {action!r}")
    return _record(session, question, teacher_id, action, _apply(question, {"status": STATUS_OF[action]}))


def edit(session: Session, question: Question, teacher_id: int, change: QuestionEdit) -> ReviewAction | None:
    """Apply an edit that keeps the rules (else InvalidEdit); None when nothing changed."""
    choices, correct, problems = resolve(question, change)
    if problems:
        raise InvalidEdit(problems)
    changes = _apply(
        question,
        {
            "prompt": change.prompt.strip(),
            "choices": choices,
            "correct": correct,
            "explanation": change.explanation.strip(),
            "difficulty": change.difficulty,
        },
    )
    return _record(session, question, teacher_id, "edit", changes) if changes else None
