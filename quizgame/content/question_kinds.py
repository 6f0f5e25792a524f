"""The question kinds, registered once: what each practises, how it is shown and answered, and
which generator makes it. Code and templates ask a kind (`kind_of(question.kind).tap`), never
compare its name.

A leaf module: the question file format checks kinds against it and every generator writes
through that format, so a kind names its generator (`generate` in the module of its name in
quizgame/content/kinds) and imports it only when asked, instead of importing them all here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

# What a question practises: reports count accuracy per skill.
SKILLS = ("attribution", "sourcing", "loaded_language", "comparison")


@dataclass(frozen=True)
class QuestionKind:
    name: str
    # None for a teacher's own question: the teacher names its skill when bringing the file in.
    skill: str | None
    # What its generator reads: one article's coverage ("article") or all coverage of an event
    # ("event"); None if no generator makes it.
    generated_from: Literal["article", "event"] | None
    # Tap-the-word: the choices are the words of one sentence, in order, and may repeat ("the",
    # "the"); they are never shuffled, a term of several words is one pick, and it takes several taps.
    tap: bool = False
    # Whether its passage is shown above the prompt. Not when the choices are passages of the
    # article or its outlets: the passage would give the answer away, so it comes with the feedback.
    passage_first: bool = True
    # "Who said it": the passage shows only the quotations until the question is answered.
    blanks_speaker: bool = False
    # Its passages are each outlet's paragraphs about the subject, not one article's.
    compares_outlets: bool = False
    # Its prompt asks about "this sentence" (a rewrite of it): the passage before the answer is that
    # sentence alone, not its paragraph, where a student would have to guess which sentence is meant
    # (a teacher's reading of styles8: a whole paragraph shown under "this sentence"). The feedback
    # shows the paragraph with the sentence marked.
    sentence_only: bool = False
    # Its options keep one wording across questions (the ways of attributing): a key is its text.
    fixed_options: bool = False
    # False for a teacher's own question from another tool's file: tied to no article, and pages say so.
    about_article: bool = True
    # What a student is told to do, where the kind asks something other than picking choices.
    hint: str | None = None

    @property
    def label(self) -> str:
        return self.name.replace("_", " ")

    @property
    def shuffles_choices(self) -> bool:
        """Whether a room may show the choices in another order (a sentence's words keep theirs)."""
        return not self.tap

    def takes_several_answers(self, correct: Sequence[int]) -> bool:
        """Checkboxes and a lock-in rather than one pick: several right answers, or tap-the-word
        (one term may be several words), the same in both modes."""
        return self.tap or len(correct) > 1

    def choices_distinct(self, choices: Sequence[str]) -> bool:
        """Two identical choices make a question unanswerable, except a sentence's repeated words."""
        return self.tap or len(set(choices)) == len(choices)

    @property
    def generate(self) -> Callable[..., Any]:
        """Its generator: (coverage, other outlets' coverage) for an article kind, (all coverage of
        the event) for an event kind; each returns question records."""
        if self.generated_from is None:
            raise LookupError(f"no generator makes '{self.name}' questions")
        return importlib.import_module(f"quizgame.content.kinds.{self.name}").generate


_TAP_HINT = "Tap every loaded word or phrase in the sentence, or “No loaded word”."

# Each kind once, in the order generators run and pages list them.
REGISTERED = (
    QuestionKind("who_said", "attribution", "article", blanks_speaker=True),
    QuestionKind("attribution_type", "sourcing", "article", fixed_options=True),
    QuestionKind("unsourced_claim", "sourcing", "article", passage_first=False),
    QuestionKind("loaded_word", "loaded_language", "article", tap=True, hint=_TAP_HINT),
    QuestionKind("neutral_rewrite", "loaded_language", "article", sentence_only=True),
    QuestionKind("whose_words", "loaded_language", "article"),
    QuestionKind("not_reporting", "sourcing", "article", passage_first=False),
    QuestionKind("outlet_compare", "comparison", "event", passage_first=False, compares_outlets=True),
    # A teacher's own question, brought in from another tool's file (quizgame/content/portable.py).
    QuestionKind("own", None, None, about_article=False),
)

# Every kind by name.
KINDS: dict[str, QuestionKind] = {kind.name: kind for kind in REGISTERED}
# The kinds the generators make and the question files hold (content/README.md).
GENERATED_KINDS: dict[str, QuestionKind] = {k.name: k for k in REGISTERED if k.generated_from is not None}
OWN = KINDS["own"]


def kind_of(name: str) -> QuestionKind:
    try:
        return KINDS[name]
    except KeyError:
        raise LookupError(f"'{name}' is not a question kind ({', '.join(KINDS)})") from None


class _KindAndKey(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def correct(self) -> Sequence[int]: ...


class AsksItsKind:
    """What a question's kind says of it, for every shape of a question that has `kind` and
    `correct` (the ORM Question, a report's QuestionRow; the student's QuestionView, which has no
    key, stores the result): written once, so "takes several answers" and "passage first" cannot
    drift apart between them."""

    __slots__ = ()

    @property
    def question_kind(self: _KindAndKey) -> QuestionKind:
        return kind_of(self.kind)

    @property
    def multi_answer(self: _KindAndKey) -> bool:
        return kind_of(self.kind).takes_several_answers(self.correct)

    @property
    def passage_before_answer(self: _KindAndKey) -> bool:
        return kind_of(self.kind).passage_first


def generated_from(scope: Literal["article", "event"]) -> list[QuestionKind]:
    return [kind for kind in GENERATED_KINDS.values() if kind.generated_from == scope]


def skill_of(name: str) -> str:
    """The skill every question of a generated kind practises."""
    skill = kind_of(name).skill
    if skill is None:
        raise LookupError(f"'{name}' questions have no skill of their own: each names one")
    return skill
