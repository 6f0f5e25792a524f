"""`attribution_type`: how is this statement attributed? Named person, anonymous source, another
outlet, a social-media post, or not at all. A statement pinned on a named person is the control."""

from __future__ import annotations

from typing import Sequence

from quizgame.content.kinds.common import (
    Coverage, attribution_span, clip, evidence, make_question, question_id, sentence_at, with_controls,
)
from quizgame.content.question_files import QuestionRecord

KIND = "attribution_type"
CHOICES = (
    "To a named person",
    "To an anonymous source",
    "To another news outlet",
    "To a social-media post",
    "It is not attributed at all",
)
NAMED, ANONYMOUS, OUTLET, SOCIAL, NONE = range(5)
_MIN_WORDS = 4  # a statement of a word or two ("never") cannot be recognised in a prompt
_BY_SPEAKER_KIND = {"named": NAMED, "anonymous": ANONYMOUS, "outlet": OUTLET, "social_media": SOCIAL}

_LESSON = {
    NAMED: "A statement pinned on a named person is properly attributed: readers know who is "
    "responsible for it and can weigh what that person knows.",
    ANONYMOUS: "The source is not named, so readers cannot check who is speaking or why they know.",
    OUTLET: "The reporter did not check this first-hand but passes on what another outlet reported: "
    "the claim is only as good as that outlet's reporting.",
    SOCIAL: "The words come from a post online, not from an interview or a press conference.",
    NONE: "The reporter states it as fact and names no person, document or outlet, so readers "
    "have no way to check where it comes from.",
}


def generate(item: Coverage, others: Sequence[Coverage]) -> list[QuestionRecord]:
    statements: list[tuple[str, int, int, int, str]] = []  # (statement, start, end, answer, who)
    for a in item.analysis.attributions:
        if a.speaker_kind in _BY_SPEAKER_KIND and len(a.quote.split()) >= _MIN_WORDS:
            statements.append((a.quote, *attribution_span(a), _BY_SPEAKER_KIND[a.speaker_kind], a.speaker))
    for s in item.analysis.secondhand:
        sentence = sentence_at(item.analysis, s.start)
        start, end = (sentence.start, sentence.end) if sentence else (s.start, s.end)
        statements.append((s.claim, start, end, OUTLET, s.outlet))
    for c in item.analysis.unsourced_claims:
        statements.append((c.text, c.start, c.end, NONE, ""))
    regular: list[QuestionRecord] = []
    controls: list[QuestionRecord] = []
    used_sentences: set[tuple[int, int]] = set()
    for statement, start, end, answer, who in statements:
        if (start, end) in used_sentences or not clip(statement):
            continue
        used_sentences.add((start, end))
        question = _question(item, statement, start, end, answer, who)
        (controls if question.control else regular).append(question)
    return with_controls(regular, controls)


def _question(item: Coverage, statement: str, start: int, end: int, answer: int, who: str) -> QuestionRecord:
    proof = evidence(item, start, end)
    credited = f" It is credited to {who}." if who and answer != NONE else ""
    return make_question(
        KIND,
        question_id(KIND, item.slug, statement),
        f'How is this statement attributed: "{clip(statement)}"?',
        CHOICES,
        [answer],
        f'The article reads: "{proof.text}"{credited} {_LESSON[answer]}',
        proof,
        articles=[item.slug],
        difficulty=1 if answer in (NAMED, SOCIAL) else 2,
        control=answer == NAMED,
    )
