"""`unsourced_claim`: which of these claims has no source? One unsourced sentence among sourced ones;
the control shows only sourced sentences, and its answer is "None of them".

Spotting "said" must not be enough: the sourced sentences shown are preferably ones whose source
is not marked by a common verb of saying, and a claim hedged with "reportedly" or "is believed to"
(a word that sounds like a source but names none) is a key of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgame.content.analysis.model import Sentence, UnsourcedClaim
from quizgame.content.kinds import gate
from quizgame.content.kinds.attribution_type import BODY, NAMED, statements
from quizgame.content.kinds.common import (
    Coverage,
    evidence,
    make_question,
    nested,
    question_id,
    seeded_order,
    sentence_at,
    spread_keys,
    with_controls,
    word_count,
)
from quizgame.content.kinds.readable import showable
from quizgame.content.question_files import Evidence, QuestionRecord

KIND = "unsourced_claim"
NONE = "None of them: each one names its source"
PROMPT = "Which of these claims is given without any source?"
_MAX_WORDS = 45
_SOURCED_WORDS = 40
_CUE_SHARE = 0.3  # the most a cue-word player may score on an article's items (chance is 0.25)
_EXTRA_CLAUSE = re.compile(r", (which|who|where|and|but|while|although|estimated)\b|;| while |, according to")


def keyable_claim(item: Coverage, claim: UnsourcedClaim, sentence: Sentence) -> bool:
    """May this claim key an item? Sure enough, short enough, a whole sentence of prose, bare or
    hedged, and a claim rather than something seen in public."""
    if word_count(sentence.text) > _MAX_WORDS or not gate.keys_claim(claim):
        return False
    if not showable(item.body, sentence.start, sentence.end):
        return False  # a cut sentence, a blockquoted comment, a "[ca]" marker: not a claim to judge
    if not gate.hedged_claim(item.analysis, sentence) and not gate.bare_claim(
        item.analysis, item.body, sentence, item.year
    ):
        return False
    # a gathering, a speech, an order, a scene: seen or on record, no claim needing a source
    return gate.account_case(sentence.text) == "claim"


def generate(item: Coverage, others: Sequence[Coverage]) -> list[QuestionRecord]:
    sourced = _sourced_sentences(item)
    if len(sourced) < 2:
        return []
    regular = []
    for claim in item.analysis.unsourced_claims:
        sentence = sentence_at(item.analysis, claim.start)
        if sentence is None or not keyable_claim(item, claim, sentence):
            continue
        hedged = gate.hedged_claim(item.analysis, sentence)
        qid = question_id(KIND, item.slug, claim.text)
        proof = evidence(item, sentence.start, sentence.end)
        others = _distractors(sourced, qid, 2, len(proof.text))
        if all(len(e.text) <= len(proof.text) for e in others):
            continue  # the key would be the longest line: a guess a class soon learns
        lines = seeded_order([proof, *others], qid)
        regular.append(_question(qid, item, lines, lines.index(proof), proof, _lesson(proof, hedged)))
    controls = [
        _question(
            qid,
            item,
            group,
            len(group),
            group[0],
            (
                f'Each claim names its source: for example, "{nested(group[0].text)}" Careful reporting says where '
                'its claims come from, and a source need not be marked by "said".'
            ),
        )
        for qid, group in _control_groups(item.slug, sourced, len(regular) + 1)
    ]
    return spread_keys(not_by_cue_words(with_controls(regular, controls)), 1, item.slug)


def cue_guess(question: QuestionRecord) -> float:
    """How often a player who picks the only line without a cue word ("None" when every line has one)
    would be right on this question."""
    lines = question.choices[:-1]
    bare = [i for i, line in enumerate(lines) if not gate.has_cue(line)] or [len(lines)]
    return sum(1 for i in bare if i in question.answer) / len(bare)


def not_by_cue_words(questions: list[QuestionRecord], most: float = _CUE_SHARE) -> list[QuestionRecord]:
    """Keep the questions that spotting "said" does not answer, and of those it does, only as many as
    keep its expected score at `most`: a claim the cue gives away still teaches, but not every time."""
    kept: list[QuestionRecord] = []
    score = 0.0
    for question in sorted(questions, key=lambda q: (cue_guess(q), q.id)):
        guess = cue_guess(question)
        if (score + guess) / (len(kept) + 1) <= most:
            kept.append(question)
            score += guess
    return kept


def _lesson(proof: Evidence, hedged: bool) -> str:
    if hedged:
        found = gate.HEDGES.search(proof.text)
        hedge = found.group(0).lower() if found else "reportedly"
        return (
            f'"{nested(proof.text)}" sounds sourced, but its hedge "{hedge}" names no one: readers cannot tell '
            "who says so or how anyone knows. The other claims each name their source."
        )
    return (
        f'"{nested(proof.text)}" is stated in the reporter\'s own voice with no person, document or outlet behind it, '
        "while the other claims each name where they come from. Nothing in it shows whether the reporter saw this "
        "or where it comes from, so a careful reader asks how the reporter knows."
    )


def _distractors(sourced: list[Evidence], seed: str, count: int, longer_than: int = 0) -> list[Evidence]:
    """Sourced sentences, one without a common cue word first when there is one, so that the key is
    not simply "the only sentence without 'said'"; and longer ones than the key first, so that it is
    not simply the longest line."""
    shuffled = sorted(seeded_order(sourced, seed), key=lambda e: len(e.text) <= longer_than)
    quiet = [e for e in shuffled if not gate.has_cue(e.text)]
    chosen = quiet[:1]
    return chosen + [e for e in shuffled if e not in chosen][: count - len(chosen)]


def _control_groups(slug: str, sourced: list[Evidence], count: int) -> list[tuple[str, list[Evidence]]]:
    groups = []
    for n in range(count):
        group = sorted(_distractors(sourced, f"{slug}:{n}", 3), key=lambda e: e.start)
        groups.append((question_id(KIND, slug, "control", *(e.text for e in group)), group))
    return groups


def _question(
    qid: str, item: Coverage, lines: list[Evidence], answer: int, proof: Evidence, explanation: str
) -> QuestionRecord:
    # Whole sentences, never cut: a cut could drop the very source the player is looking for.
    return make_question(
        KIND,
        qid,
        PROMPT,
        [*(e.text for e in lines), NONE],
        [answer],
        explanation,
        proof,
        articles=[item.slug],
        difficulty=2,
        control=answer == len(lines),
    )


def _sourced_sentences(item: Coverage) -> list[Evidence]:
    """Sentences that name their source (a person, an organisation, a document or an outlet) in one
    way only, as the attribution question's gate found them."""
    # that the sentence names a source is what matters here, not which way (the key bands are for keys)
    spans = sorted({(s[1], s[2]) for s in statements(item, sourced_only=True) if s[3] in (NAMED, BODY)})
    found = [evidence(item, start, end) for start, end in spans]
    return [e for e in found if _plainly_sourced(e.text) and showable(item.body, e.start, e.end)]


def _plainly_sourced(text: str) -> bool:
    """A line whose source a student can see, with no second clause that could stand unsourced
    ("..., which was damaged by the quake, ...")."""
    return word_count(text) <= _SOURCED_WORDS and gate.has_source_word(text) and not _EXTRA_CLAUSE.search(text)
