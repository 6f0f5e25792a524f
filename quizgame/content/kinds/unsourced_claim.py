"""`unsourced_claim`: which of these claims has no source? One unsourced sentence among sourced ones;
the control shows only sourced sentences, and its answer is "None of them"."""

from __future__ import annotations

from typing import Sequence

from quizgame.content.kinds.common import (
    Coverage, attribution_span, control_groups, evidence, overlaps, make_question, question_id, seeded_order, sentence_at,
    with_controls, word_count,
)
from quizgame.content.question_files import Evidence, QuestionRecord

KIND = "unsourced_claim"
NONE = "None of them: each one names its source"
PROMPT = "Which of these claims is given without any source?"
_MAX_WORDS = 45


def generate(item: Coverage, others: Sequence[Coverage]) -> list[QuestionRecord]:
    sourced = _sourced_sentences(item)
    if len(sourced) < 3:
        return []
    regular = []
    for claim in item.analysis.unsourced_claims:
        if word_count(claim.text) > _MAX_WORDS:
            continue
        qid = question_id(KIND, item.slug, claim.text)
        proof = evidence(item, claim.start, claim.end)
        lines = seeded_order([proof, *seeded_order(sourced, qid)[:2]], qid)
        regular.append(_question(qid, item, lines, lines.index(proof), proof, (
            f'"{proof.text}" is stated in the reporter\'s own voice with no person, document or outlet '
            "behind it. The other claims each name where they come from. An unsourced claim asks "
            "readers to take the reporter's word for it."
        )))
    controls = [
        _question(qid, item, group, len(group), group[0], (
            f'Each claim names its source: for example, "{group[0].text}" Careful reporting says where '
            "every claim comes from; not every news sentence hides its source."
        ))
        for qid, group in control_groups(KIND, item.slug, sourced, 3, len(regular) + 1)
    ]
    return with_controls(regular, controls)


def _question(
    qid: str, item: Coverage, lines: list[Evidence], answer: int, proof: Evidence, explanation: str
) -> QuestionRecord:
    # Whole sentences, never cut: a cut could drop the very source the player is looking for.
    return make_question(
        KIND, qid, PROMPT, [*(e.text for e in lines), NONE], [answer], explanation, proof,
        articles=[item.slug], difficulty=2, control=answer == len(lines),
    )


def _sourced_sentences(item: Coverage) -> list[Evidence]:
    """Sentences that name their source: a named person, or another outlet."""
    spans = {attribution_span(a) for a in item.analysis.attributions if a.speaker_kind in ("named", "outlet")}
    for s in item.analysis.secondhand:
        sentence = sentence_at(item.analysis, s.start)
        if sentence is not None:
            spans.add((sentence.start, sentence.end))
    unsourced = [(c.start, c.end) for c in item.analysis.unsourced_claims]
    found = [
        evidence(item, start, end) for start, end in sorted(spans)
        if not any(overlaps(start, end, *claim) for claim in unsourced)  # the analysis may call a sentence both
    ]
    return [e for e in found if word_count(e.text) <= _MAX_WORDS and not e.text.lstrip().startswith(("\"", "“"))]
