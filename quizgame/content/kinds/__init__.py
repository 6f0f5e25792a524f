"""The question generators, one small pure function per kind, registered here.

An article generator reads one article's coverage (and the other outlets' coverage of the same
event, for distractors); an event generator reads all coverage of one event."""

from __future__ import annotations

from typing import Callable, Sequence

from quizgame.content.kinds import (
    attribution_type, loaded_word, neutral_rewrite, not_reporting, outlet_compare, unsourced_claim,
    who_said, whose_words,
)
from quizgame.content.kinds.common import Coverage
from quizgame.content.question_files import QuestionRecord

ArticleGenerator = Callable[[Coverage, Sequence[Coverage]], list[QuestionRecord]]
EventGenerator = Callable[[Sequence[Coverage]], list[QuestionRecord]]

ARTICLE_GENERATORS: dict[str, ArticleGenerator] = {
    "who_said": who_said.generate,
    "attribution_type": attribution_type.generate,
    "unsourced_claim": unsourced_claim.generate,
    "loaded_word": loaded_word.generate,
    "neutral_rewrite": neutral_rewrite.generate,
    "whose_words": whose_words.generate,
    "not_reporting": not_reporting.generate,
}
EVENT_GENERATORS: dict[str, EventGenerator] = {
    "outlet_compare": outlet_compare.generate,
}

__all__ = ["ARTICLE_GENERATORS", "EVENT_GENERATORS", "Coverage", "article_questions", "event_questions"]


def article_questions(item: Coverage, others: Sequence[Coverage] = ()) -> list[QuestionRecord]:
    return [q for generate in ARTICLE_GENERATORS.values() for q in generate(item, others) if playable(q)]


def event_questions(coverage: Sequence[Coverage]) -> list[QuestionRecord]:
    return [q for generate in EVENT_GENERATORS.values() for q in generate(coverage) if playable(q)]


def playable(question: QuestionRecord) -> bool:
    """A last guard against findings that contradict each other (one sentence both sourced and
    unsourced, say): two identical choices would make a question unanswerable."""
    return question.kind == "loaded_word" or len(set(question.choices)) == len(question.choices)
