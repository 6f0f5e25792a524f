"""The question generators, one small pure function per kind, in the module named after the kind
and registered with it in quizgame.content.question_kinds.

An article generator reads one article's coverage (and the other outlets' coverage of the same
event, for distractors); an event generator reads all coverage of one event."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from quizgame.content.kinds import trace
from quizgame.content.kinds.common import Coverage
from quizgame.content.kinds.teaching_points import one_per_teaching_point
from quizgame.content.question_files import QuestionRecord
from quizgame.content.question_kinds import generated_from, kind_of

ArticleGenerator = Callable[[Coverage, Sequence[Coverage]], list[QuestionRecord]]
EventGenerator = Callable[[Sequence[Coverage]], list[QuestionRecord]]

ARTICLE_GENERATORS: dict[str, ArticleGenerator] = {kind.name: kind.generate for kind in generated_from("article")}
EVENT_GENERATORS: dict[str, EventGenerator] = {kind.name: kind.generate for kind in generated_from("event")}

__all__ = ["ARTICLE_GENERATORS", "EVENT_GENERATORS", "Coverage", "article_questions", "event_questions"]


def article_questions(item: Coverage, others: Sequence[Coverage] = ()) -> list[QuestionRecord]:
    made = distinct([q for generate in ARTICLE_GENERATORS.values() for q in generate(item, others) if playable(q)])
    kept = one_per_teaching_point(made, item.body)
    for question in made:
        if question not in kept:
            trace.drop(
                item.slug, question.kind, question.prompt, "same teaching point as another item (teaching_points)"
            )
    return kept


def event_questions(coverage: Sequence[Coverage]) -> list[QuestionRecord]:
    return distinct([q for generate in EVENT_GENERATORS.values() for q in generate(coverage) if playable(q)])


def distinct(questions: Sequence[QuestionRecord]) -> list[QuestionRecord]:
    """One question per id, the first made: two findings about one sentence (a source found twice, say)
    yield the same question, and a player must not be asked it twice."""
    seen: set[str] = set()
    return [q for q in questions if not (q.id in seen or seen.add(q.id))]


def playable(question: QuestionRecord) -> bool:
    """A last guard against findings that contradict each other (one sentence both sourced and
    unsourced, say): two identical choices would make a question unanswerable."""
    return kind_of(question.kind).choices_distinct(question.choices)
