"""`not_reporting`: which line is not part of the reporting? A promo (app plug, related-story link,
podcast plug) among the article's own sentences; the control has no promo, answer "None of them"."""

from __future__ import annotations

from typing import Sequence

from quizgame.content.kinds.common import (
    spread_keys,
    Coverage, nested, control_groups, shorten, evidence, make_question, question_id, reporting_sentences, seeded_order, with_controls,
)
from quizgame.content.question_files import Evidence, QuestionRecord

KIND = "not_reporting"
NONE = "None of them: every line is reporting"
PROMPT = "Which of these lines is not part of the reporting?"


def generate(item: Coverage, others: Sequence[Coverage]) -> list[QuestionRecord]:
    lines = [evidence(item, s.start, s.end) for s in reporting_sentences(item.analysis, low=6, high=35)]
    if len(lines) < 3:
        return []
    regular = []
    seen: set[str] = set()
    for promo in item.analysis.promos:
        proof = evidence(item, promo.start, promo.end)
        if not proof.text.strip() or proof.text in seen:
            continue
        seen.add(proof.text)
        qid = question_id(KIND, item.slug, proof.text)
        shown = seeded_order([proof, *seeded_order(lines, qid)[:3]], qid)
        shouting = proof.text.isupper()
        regular.append(_question(item, qid, shown, shown.index(proof), proof, (
            f'"{nested(proof.text)}" does not report anything about the story: it is '
            + ("a line in capitals that " if shouting else "a line that ")
            + "promotes something else, such as another article, the outlet's app or its podcast. "
            "Spotting promotion inside an article separates news from marketing."
        ), difficulty=1 if shouting else 2))
    controls = [
        _question(item, qid, group, len(group), group[0], (
            f'Every line here reports on the story, for example "{group[0].text}" An article may carry '
            "plugs and links, but these four lines are all part of the reporting."
        ), difficulty=2)
        for qid, group in control_groups(KIND, item.slug, lines, 4, len(regular) + 1)
    ]
    return spread_keys(with_controls(regular, controls), 1, item.slug)


def _question(
    item: Coverage, qid: str, lines: list[Evidence], answer: int, proof: Evidence, explanation: str, difficulty: int
) -> QuestionRecord:
    return make_question(
        KIND, qid, PROMPT, [*(shorten(e.text) for e in lines), NONE], [answer], explanation, proof,
        articles=[item.slug], difficulty=difficulty, control=answer == len(lines),
    )
