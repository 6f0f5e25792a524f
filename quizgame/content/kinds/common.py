"""What every question generator shares: the input it reads, stable ids, evidence, seeded order, words.

Generators are pure: an article and its analysis in, question candidates out. Ids come from what a
question is about (its kind, article and subject), not from its wording, so a reviewer's decision
stays attached to the question when the generator's phrasing or distractors change.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from quizgame.content.analysis.model import ArticleAnalysis, Attribution, Sentence
from quizgame.content.articles import ArticleFile
from quizgame.content.kinds.readable import showable
from quizgame.content.question_files import Evidence, QuestionRecord
from quizgame.content.question_kinds import skill_of

T = TypeVar("T")

# Characters trimmed from the edges of a word so that a tap on "zone." or “cop picks the word itself.
_EDGE_PUNCTUATION = "\"'“”‘’«».,;:!?()[]{}…—–-*"
_QUOTES = '"“”'
# A dateline opening a story ("WASHINGTON, D.C. — "): the place it was filed from, not the statement.
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}\s[—–-]+\s")


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


@dataclass(frozen=True)
class Word:
    text: str
    start: int  # offsets into the article body
    end: int


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


def seeded_order(items: Iterable[T], seed: str) -> list[T]:
    """A shuffle that is the same on every run: seeded from the question's id."""
    ordered = list(items)
    random.Random(seed).shuffle(ordered)
    return ordered


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


def with_controls(
    regular: list[QuestionRecord], controls: list[QuestionRecord], every: int = 3, least: int = 1
) -> list[QuestionRecord]:
    """Keep about one control for every `every` regular items (at least `least` when there is anything
    to ask), so a player who suspects everything loses points."""
    return with_lazy_controls(regular, [(q.id, lambda q=q: q) for q in controls], every, least)


def with_lazy_controls(
    regular: list[QuestionRecord],
    candidates: Iterable[tuple[str, Callable[[], QuestionRecord | None]]],
    every: int = 3,
    least: int = 1,
) -> list[QuestionRecord]:
    """`with_controls` for candidates given as (id, how to build it): only the chosen few are built,
    in id order, skipping any that turn out unusable."""
    wanted = max(least, len(regular) // every) if regular else 0
    chosen: list[QuestionRecord] = []
    for _, build in sorted(candidates, key=lambda c: c[0]):
        if len(chosen) == wanted:
            break
        question = build()
        if question is not None:
            chosen.append(question)
    return regular + chosen


def words(body: str, start: int, end: int) -> list[Word]:
    """The words of body[start:end] in order, with surrounding punctuation trimmed."""
    found: list[Word] = []
    for match in re.finditer(r"\S+", body[start:end]):
        token = match.group()
        left = len(token) - len(token.lstrip(_EDGE_PUNCTUATION))
        right = len(token.rstrip(_EDGE_PUNCTUATION))
        if left >= right:
            continue
        found.append(Word(token[left:right], start + match.start() + left, start + match.start() + right))
    return found


def word_count(text: str) -> int:
    return len(text.split())


def clip(text: str, limit: int = 90) -> str:
    """A quotation short enough for a prompt, cut at a word boundary, its own outer marks dropped and
    inner marks made single, so that it reads cleanly inside the prompt's quotation marks."""
    text = _DATELINE.sub("", text.strip())
    return inner(shorten(text.strip(_QUOTES + " "), limit).rstrip(","))


def shorten(text: str, limit: int = 200) -> str:
    """A line short enough for a choice, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def inner(text: str) -> str:
    """Double quotation marks inside a quotation become single ones."""
    return text.translate(str.maketrans({'"': "'", "“": "‘", "”": "’"}))


def nested(text: str) -> str:
    """`text` ready to sit inside our own double quotation marks: its marks become single ones when
    they pair up, or when one touches our own (students read '""I'm standing ...""', issue 16: 9).
    A sentence cut from a longer quotation keeps its odd marks: made single, they would look like
    apostrophes."""
    touching = text[:1] in QUOTE_MARKS or text[-1:] in QUOTE_MARKS
    return inner(text) if touching or _paired(text) else text


QUOTE_MARKS = '"“”'


def _paired(text: str) -> bool:
    """Every mark opens (after a space or at the start) and closes in turn."""
    opening = True
    for at, mark in enumerate(text):
        if mark not in QUOTE_MARKS:
            continue
        starts = at == 0 or text[at - 1] in " ([—-"
        if mark == "“" or (mark == '"' and opening):
            if not (opening and starts and mark != "”"):
                return False
        elif mark == "”" and opening:
            return False
        opening = not opening
    return opening


def sentence_at(analysis: ArticleAnalysis, offset: int) -> Sentence | None:
    for sentence in analysis.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def has_quotation(text: str) -> bool:
    return any(mark in text for mark in _QUOTES)


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


def in_quotation(body: str, offset: int) -> bool:
    """Is body[offset] inside quotation marks?"""
    spans = quoted_spans(body)
    at = bisect.bisect_right(spans, (offset, len(body) + 1)) - 1
    return at >= 0 and spans[at][0] <= offset < spans[at][1]


@functools.lru_cache(maxsize=64)
def quoted_spans(body: str) -> list[tuple[int, int]]:
    """The stretches of `body` inside quotation marks, in order, found in one pass and kept per text
    (the generators ask about the same article thousands of times). Outlets mix straight and curly
    marks within one quotation, so any mark toggles; a paragraph break closes whatever was open."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for match in re.finditer(r'["“”\n]', body):
        mark, at = match.group(), match.start()
        if opened is not None:
            spans.append((opened, at + 1 if mark != "\n" else at))
            opened = None
        elif mark != "\n":
            opened = at + 1
    if opened is not None:
        spans.append((opened, len(body)))
    return spans


@functools.lru_cache(maxsize=64)
def reporter_vocabulary(body: str) -> frozenset[str]:
    """Every word (lower-cased) the reporter uses outside quotation marks."""
    found: set[str] = set()
    for w in words(body, 0, len(body)):
        if not in_quotation(body, w.start):
            found.add(w.text.lower())
            found.update(re.split(r"[’']", w.text.lower()))  # "Floyd’s" is a use of "floyd" too
    return frozenset(found)


def window(body: str, start: int, end: int, span_start: int, span_end: int, reach: int = 7) -> str:
    """A few words either side of body[span_start:span_end], within the sentence body[start:end],
    with the text's own spacing and punctuation."""
    before = [m.start() for m in re.finditer(r"\S+", body[start:span_start])]
    after = [m.end() for m in re.finditer(r"\S+", body[span_end:end])]
    left = start + before[-reach] if len(before) > reach else start
    right = span_end + after[reach - 1] if len(after) > reach else end
    text = " ".join(body[left:right].split())
    return ("… " if left > start else "") + text + (" …" if right < end else "")


def display_name(name: str) -> str:
    """ "one protester" as a choice reads "One protester"."""
    name = " ".join(name.split())
    return name[:1].upper() + name[1:]


def surname(name: str) -> str:
    """Who a name refers to across mentions: "Jenny Durkan", "Mayor Durkan" and "Durkan" agree."""
    parts = name.lower().split()
    return parts[-1] if parts else ""


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


def spread_keys(
    questions: Sequence[QuestionRecord], fixed_tail: int, seed: str, first: int = 0
) -> list[QuestionRecord]:
    """Move each single key among the first choices (all but the last `fixed_tail`, such as "None of
    them"), and after the first `first` (a fixed head such as "The reporter's"), so that an article's
    keys take the positions in turn: a shuffle alone leaves runs that a class notices ("it's always the
    first name"). Questions keyed on a fixed option stay as they are."""
    result: list[QuestionRecord] = []
    turn = int(hashlib.sha256(seed.encode("utf-8")).hexdigest(), 16) % 4
    for question in questions:
        movable = len(question.choices) - fixed_tail - first
        key = question.answer[0] if len(question.answer) == 1 else -1
        if not first <= key < first + movable or movable < 2:
            result.append(question)
            continue
        target = first + turn % movable
        turn += 1
        choices = list(question.choices)
        choices[key], choices[target] = choices[target], choices[key]
        result.append(dataclasses.replace(question, choices=choices, answer=[target]))
    return result
