"""What every question generator shares: the input it reads, stable ids, evidence, seeded order, words.

Generators are pure: an article and its analysis in, question candidates out. Ids come from what a
question is about (its kind, article and subject), not from its wording, so a reviewer's decision
stays attached to the question when the generator's phrasing or distractors change.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from quizgame.content.analysis.model import ArticleAnalysis, Attribution, Sentence
from quizgame.content.articles import ArticleFile

# What generators share lives by idea (ordering.py, quoting.py, wording.py); they import it from here.
from quizgame.content.kinds.ordering import seeded_order, spread_keys, with_controls, with_lazy_controls
from quizgame.content.kinds.quoting import has_quotation, in_quotation, reporter_vocabulary
from quizgame.content.kinds.readable import showable
from quizgame.content.kinds.wording import (
    QUOTE_MARKS,
    Word,
    clip,
    display_name,
    inner,
    nested,
    shorten,
    surname,
    window,
    word_count,
    words,
)
from quizgame.content.question_files import Evidence, QuestionRecord
from quizgame.content.question_kinds import skill_of

__all__ = [
    "QUOTE_MARKS",
    "Checks",
    "Coverage",
    "Word",
    "attribution_span",
    "clip",
    "control_groups",
    "display_name",
    "evidence",
    "has_quotation",
    "in_quotation",
    "inner",
    "make_question",
    "nested",
    "once",
    "overlaps",
    "question_id",
    "reporter_vocabulary",
    "reporting_sentences",
    "seeded_order",
    "sentence_at",
    "shorten",
    "spread_keys",
    "surname",
    "window",
    "with_controls",
    "with_lazy_controls",
    "word_count",
    "words",
]


@dataclass(frozen=True)
class Coverage:
    """One article with its analysis: what a generator reads."""

    article: ArticleFile
    analysis: ArticleAnalysis

    @property
    def slug(self) -> str:
        return self.article.slug

    @property
    def body(self) -> str:
        return self.article.body

    @property
    def year(self) -> int | None:
        return self.article.published.year if self.article.published else None


# The checks of one name in one article's body (`speakers.clean`, `bygone.could_have_spoken`, ...) give
# the same answer for every item of the article: a generator run keeps them here, by check, article and
# name, instead of scanning the body again for each item's options. Never kept past the run.
Checks = dict[tuple[Any, ...], Any]


def once(checks: Checks, check: Callable[..., Any], source: Coverage, name: str, *args: Any) -> Any:
    """check(*args), asked about `name` in `source`, computed once per `checks` and arguments: `is_person`'s
    institutions are the asking article's, so another article asking about the same name asks anew."""
    # `source` and the other objects live as long as the run that holds `checks`; strings and frozensets by value
    key = (check, id(source), name, *(a if isinstance(a, str | frozenset) else id(a) for a in args))
    if key not in checks:
        checks[key] = check(*args)
    return checks[key]


def question_id(kind: str, scope: str, *subject: str) -> str:
    digest = hashlib.sha256("\x1f".join((kind, scope, *subject)).encode("utf-8")).hexdigest()
    return "q-" + digest[:10]


def evidence(item: Coverage, start: int, end: int) -> Evidence:
    """body[start:end] as evidence, tidied: a sentence splitter may run a span across a paragraph
    break or over an inline promo, so keep the longest paragraph, cut promos off, trim spaces."""
    for promo in item.analysis.promos:
        if start < promo.start < end:
            end = promo.start
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", item.body[start:end])]
    if pieces:
        low, high = max(pieces, key=lambda p: p[1] - p[0])
        start, end = start + low, start + high
    text = item.body[start:end]
    start += len(text) - len(text.lstrip())
    end -= len(text) - len(text.rstrip())
    # A blockquote's marker ("> ") is markup, not the quoted words: never in an excerpt or explanation.
    marker = (
        re.match(r">[ \t]*", item.body[start:end])
        if item.body.rfind("\n", 0, start) + 1 == start or start == 0
        else None
    )
    if marker and marker.end() < end - start:
        start += marker.end()
    # A splitter may end a sentence on the mark that opens the next one ('... he said. "'): not ours.
    dangling = re.search(r"\s+[\"“]$", item.body[start:end])
    if dangling and dangling.start() > 0:
        end = start + dangling.start()
    return Evidence(item.slug, start, end, item.body[start:end])


def make_question(
    kind: str,
    qid: str,
    prompt: str,
    choices: Sequence[str],
    answer: Iterable[int],
    explanation: str,
    proof: Evidence,
    *,
    articles: Sequence[str],
    difficulty: int,
    control: bool,
    excerpt: str | None = None,
) -> QuestionRecord:
    return QuestionRecord(
        id=qid,
        kind=kind,
        skill=skill_of(kind),
        prompt=prompt,
        choices=list(choices),
        answer=sorted(answer),
        explanation=explanation,
        evidence=proof,
        articles=list(articles),
        difficulty=difficulty,
        control=control,
        status="candidate",
        excerpt=excerpt if excerpt is not None else proof.text,
    )


def sentence_at(analysis: ArticleAnalysis, offset: int) -> Sentence | None:
    for sentence in analysis.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def reporting_sentences(item: Coverage, low: int = 8, high: int = 45) -> list[Sentence]:
    """Whole sentences in the reporter's own voice (no quotation, no blockquote, no language marker:
    `readable.showable`), of a length that reads well as a choice."""
    return [
        s
        for s in item.analysis.sentences
        if not s.in_quote
        and not has_quotation(s.text)
        and low <= word_count(s.text) <= high
        and showable(item.body, s.start, s.end)
    ]


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def attribution_span(attribution: Attribution) -> tuple[int, int]:
    """The sentence(s) holding an attributed statement: the evidence a question quotes."""
    if attribution.sentence_end > attribution.sentence_start:
        return attribution.sentence_start, attribution.sentence_end
    return attribution.start, attribution.end


def control_groups(
    kind: str, slug: str, lines: Sequence[Evidence], size: int, count: int
) -> list[tuple[str, list[Evidence]]]:
    """`count` different groups of `size` lines, in article order, with the id each control would
    have: the candidates for an "odd one out" question with no odd one out."""
    groups = []
    for n in range(count):
        group = sorted(seeded_order(lines, f"{slug}:{n}")[:size], key=lambda e: e.start)
        groups.append((question_id(kind, slug, "control", *(e.text for e in group)), group))
    return groups
