"""What a student is shown of a question, in both modes: one view, and the key apart from it.

A self-paced page (read as one row by quizgame.game.fast_path.question_rows) and a live room's
devices (kept in the room's snapshot, quizgame.game.live.snapshot) show a question the same way: its
prompt, its choices, the passage(s) from the article, the tap-the-word sentence. `question_view`
builds that view for one moment of play, while the question is open (`answered=False`: a "who
said it" passage has its speaker blanked) or once it is answered or revealed (the evidence marked).

The view never carries the key. `Key` (the right choices, the explanation, the evidence sentence)
is what a student may see only after answering (the self-paced feedback page); scoring reads the key
where it scores (quizgame.game.play.submit), never from a view.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from quizgame.content.question_kinds import QuestionKind, kind_of
from quizgame.game.passage import Passage, Source, shown_passages
from quizgame.game.tap_words import Token, has_no_loaded_word_choice, question_sentence


@dataclass(frozen=True)
class Key:
    """What the student may see of a question once they have answered it."""

    correct: list[int]
    explanation: str
    evidence_text: str | None


@dataclass(frozen=True)
class ShownAnswer:
    """The student's stored answer, as their result shows it."""

    chosen: list[int]
    correct: bool
    credit: float
    points: int
    response_ms: int


@dataclass(frozen=True)
class QuestionView:
    """A question as a student's screen shows it: no key, no explanation."""

    id: str
    kind: str
    prompt: str
    choices: list[str]
    multi_answer: bool  # it takes several answers (its kind says): checkboxes and a lock-in button
    passages: list[Passage] = field(default_factory=list)
    # Tap-the-word: the sentence as printed, its words the things to tap (quizgame.game.tap_words).
    tokens: list[Token] | None = None
    excerpt: str | None = None  # the quotation a passage-first question shows when it has no passage
    # The article(s) a student may read in full beside the question (self-paced pages; a live room's
    # devices show the passages only, so its snapshot keeps none).
    articles: list[Source] = field(default_factory=list)

    @property
    def question_kind(self) -> QuestionKind:
        return kind_of(self.kind)

    @property
    def passage_before_answer(self) -> bool:
        return self.question_kind.passage_first

    @property
    def no_loaded_word(self) -> bool:
        """Its last choice is "No loaded word" (a tap-the-word question's way to say there is none)."""
        return has_no_loaded_word_choice(self.choices)

    def to_data(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "prompt": self.prompt,
            "choices": self.choices,
            "multiple": self.multi_answer,
            "passages": [p.to_data() for p in self.passages],
            "tokens": None if self.tokens is None else [[t.text, list(t.indexes)] for t in self.tokens],
            "excerpt": self.excerpt,
            "articles": [[a.outlet, a.headline, a.body] for a in self.articles],
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> QuestionView:
        tokens = data["tokens"]
        return cls(
            id=data["id"],
            kind=data["kind"],
            prompt=data["prompt"],
            choices=list(data["choices"]),
            multi_answer=bool(data["multiple"]),
            passages=[Passage.from_data(p) for p in data["passages"]],
            tokens=None if tokens is None else [Token(text, tuple(indexes)) for text, indexes in tokens],
            excerpt=data.get("excerpt"),
            articles=[Source(*a) for a in data.get("articles", [])],
        )


def question_view(
    *,
    id: str,
    kind: str,
    prompt: str,
    choices: Sequence[str],
    correct: Sequence[int],
    excerpt: str | None,
    evidence_text: str | None,
    evidence_start: int | None,
    evidence_end: int | None,
    evidence: Source | None,
    compared: Sequence[Source],
    answered: bool,
    with_articles: bool,
) -> QuestionView:
    """The view of a question from its stored facts. The key is read here (what takes several
    answers, which words of a tap-the-word sentence are one tap) and left out of the view."""
    choices, correct = list(choices), list(correct)
    spec = kind_of(kind)
    articles = list(compared) or ([evidence] if evidence is not None else [])
    return QuestionView(
        id=id,
        kind=kind,
        prompt=prompt,
        choices=choices,
        multi_answer=spec.takes_several_answers(correct),
        passages=shown_passages(
            kind, prompt, evidence, evidence_start, evidence_end, compared, answered, evidence_text
        ),
        tokens=question_sentence(kind, evidence_text, choices, correct),
        # The quotation a question asks about may name its answer: shown first only by a kind that says so.
        excerpt=excerpt if answered or spec.passage_first else None,
        articles=articles if with_articles else [],
    )
