"""Finding the generated question about a given passage, for the per-kind tests."""

from __future__ import annotations

from quizgame.content.kinds import ARTICLE_GENERATORS
from quizgame.content.question_files import QuestionRecord
from tests.content.kinds.seed_analysis import seed_coverage

COVERAGE = {c.slug: c for c in seed_coverage()}


def generated(kind: str, slug: str) -> list[QuestionRecord]:
    item = COVERAGE[slug]
    return ARTICLE_GENERATORS[kind](item, [c for c in COVERAGE.values() if c is not item])


def about(questions: list[QuestionRecord], text: str) -> QuestionRecord:
    """The one question whose prompt or evidence holds `text`."""
    found = [q for q in questions if text in q.prompt or (q.evidence and text in q.evidence.text)]
    assert len(found) == 1, f"{len(found)} questions about {text!r}"
    return found[0]


def answers(question: QuestionRecord) -> list[str]:
    return [question.choices[i] for i in question.answer]
