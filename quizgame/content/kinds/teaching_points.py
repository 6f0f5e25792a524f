"""One question per teaching point among one article's candidates.

A teacher reading the candidates found the same lesson taught twice (issue 21 item 3): tap "claimed"
(loaded_word) and rewrite "claimed" (neutral_rewrite) on one sentence; "who said it" and "whose word
is it" on one quotation; two "not part of the reporting" items keyed on the two sentences of one VOA
contact paragraph; three "who said it" items whose key is the same person. A class answers the second
from the first, so of every group that teaches one thing, one question stays.

What is one teaching point:
- the sentence a question keys on (its evidence), for one lesson (`lesson`: whose account it is, or
  which word takes sides), except the controls of kinds whose choices are lines of the article (their
  evidence is only one line among the choices). The two lessons of one sentence ("not attributed at
  all" and "tap 'seized'") may both stay: a room never picks two items keyed on one sentence;
- for "not part of the reporting", the block of the keyed line (its paragraph and the ones beside it);
- for "who said it", the speaker.

Which question stays: one that teaches (not a control) before a control; then the question of the
kind this article has fewest of so far, so that a kind made only where another is (a neutral rewrite
exists only for a loaded word) is not always the one dropped, and every kind stays present across a
corpus; then the kind generators make least often (`_SCARCE_FIRST`), then the id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from quizgame.content.kinds import (
    attribution_type,
    loaded_word,
    neutral_rewrite,
    not_reporting,
    unsourced_claim,
    who_said,
    whose_words,
)
from quizgame.content.kinds.whose_words import REPORTER
from quizgame.content.question_files import QuestionRecord
from quizgame.content.question_kinds import GENERATED_KINDS, kind_of

# Ties go to the kind generators make least often (candidates on the tuned folders, 2026-12-06: neutral
# rewrite 9, whose words 16, who said 21, unsourced claim 17, not reporting 23, loaded word 24,
# attribution type 39): a neutral rewrite exists only where a loaded word does, so a tie settled the
# other way would remove the kind from most articles.
_SCARCE_FIRST = (
    neutral_rewrite.KIND,
    whose_words.KIND,
    unsourced_claim.KIND,
    who_said.KIND,
    not_reporting.KIND,
    loaded_word.KIND,
    attribution_type.KIND,
)
_ORDER = {name: n for n, name in enumerate([*_SCARCE_FIRST, *(k for k in GENERATED_KINDS if k not in _SCARCE_FIRST)])}


def one_per_teaching_point(questions: Sequence[QuestionRecord], body: str = "") -> list[QuestionRecord]:
    """The questions with at most one per teaching point, in their original order."""
    kept: list[QuestionRecord] = []
    counts: Counter[str] = Counter()
    # Questions that share a point with none are kept first and counted, so that the choice between
    # two kinds on one sentence knows what the article already has.
    clashing = {q.id for q in questions if any(q is not o and same_point(q, o, body) for o in questions)}
    for question in questions:
        if question.id not in clashing:
            kept.append(question)
            counts[question.kind] += not question.control
    for question in sorted((q for q in questions if q.id in clashing), key=lambda q: _rank(q, counts)):
        if any(same_point(question, k, body) for k in kept):
            continue
        kept.append(question)
        counts[question.kind] += not question.control
    ids = {q.id for q in kept}
    return [q for q in questions if q.id in ids]


def _rank(question: QuestionRecord, counts: Counter[str]) -> tuple[bool, int, int, str]:
    return question.control, counts[question.kind], _ORDER.get(question.kind, len(_ORDER)), question.id


def same_point(a: QuestionRecord, b: QuestionRecord, body: str = "") -> bool:
    """Do two questions about one article teach the same thing?"""
    if a.evidence is None or b.evidence is None or a.evidence.article != b.evidence.article:
        return False
    if a.kind == b.kind == who_said.KIND and _key(a) and _key(a) == _key(b):
        return True
    if lesson(a) != lesson(b) or not (_keys_its_evidence(a) and _keys_its_evidence(b)):
        return False
    if a.kind == b.kind == not_reporting.KIND and body:
        # One block of housekeeping: the same paragraph, or the next one ("featured in ... 'Start
        # Here'" and then "'Start Here' offers ..."), with no reporting between the two keyed lines.
        return abs(_paragraph(body, a.evidence.start) - _paragraph(body, b.evidence.start)) <= 1
    return a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end


def lesson(question: QuestionRecord) -> str:
    """What a question teaches about its sentence: whose account it is ("source": who said it, how it
    is attributed, that it has no source, that it is not reporting, or that a word inside a quotation
    is the speaker's) or that a word takes sides ("loaded": tap it, rewrite it, or see that the
    reporter chose it)."""
    if question.kind in (loaded_word.KIND, neutral_rewrite.KIND):
        return "loaded"
    if question.kind == whose_words.KIND:
        return "loaded" if _key(question) == REPORTER.lower() else "source"
    return "source"


def _keys_its_evidence(question: QuestionRecord) -> bool:
    """Is the question's evidence what it teaches? Not for the control of a kind whose choices are
    lines of the article ("none of them"): its evidence is one line of several, none of them keyed."""
    return kind_of(question.kind).passage_first or not question.control


def _key(question: QuestionRecord) -> str:
    return " | ".join(question.choices[i] for i in question.answer).lower()


def _paragraph(body: str, offset: int) -> int:
    """Which paragraph of the body holds `offset` (paragraphs end at a blank line)."""
    return body.count("\n\n", 0, offset)
