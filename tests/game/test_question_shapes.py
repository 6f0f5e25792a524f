"""Every shape of a question a page or report reads (the ORM Question, the student's QuestionView in
both modes, a report's QuestionRow) says the same of it as its kind does: whether it takes several
answers and whether its passage comes first. The ORM Question and QuestionRow share one mixin; the
view, which carries no key, is built by the same rule."""

from __future__ import annotations

import pytest

from quizgame.content.question_kinds import REGISTERED, AsksItsKind, QuestionKind
from quizgame.game.question_view import QuestionView, question_view
from quizgame.game.report_rows import QuestionRow
from quizgame.models import Question


def _view(kind: str, choices: list[str], correct: list[int], answered: bool) -> QuestionView:
    return question_view(
        id="q",
        kind=kind,
        prompt="p",
        choices=choices,
        correct=correct,
        excerpt=None,
        evidence_text=None,
        evidence_start=None,
        evidence_end=None,
        evidence=None,
        compared=[],
        answered=answered,
        with_articles=False,
    )


def _shapes(kind: str, correct: list[int]) -> list[AsksItsKind | QuestionView]:
    choices = ["a", "b", "c", "d"]
    return [
        Question(id="q", kind=kind, prompt="p", choices=choices, correct=correct),
        _view(kind, choices, correct, answered=False),
        _view(kind, choices, correct, answered=True),
        QuestionRow("q", kind, "sourcing", "p", choices, correct, False),
    ]


@pytest.mark.parametrize("kind", REGISTERED, ids=lambda k: k.name)
@pytest.mark.parametrize("correct", [[0], [0, 2]], ids=["one key", "two keys"])
def test_each_shape_asks_the_kind(kind: QuestionKind, correct: list[int]):
    for shape in _shapes(kind.name, correct):
        assert shape.question_kind is kind
        assert shape.multi_answer == (kind.tap or len(correct) > 1)
        assert shape.passage_before_answer == kind.passage_first


def test_tap_the_word_takes_several_answers_even_with_one_key():
    tap = next(kind for kind in REGISTERED if kind.tap)
    assert all(shape.multi_answer for shape in _shapes(tap.name, [1]))
