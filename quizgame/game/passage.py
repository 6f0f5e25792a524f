"""The passage a question shows: the paragraph around its evidence, taken from the article body at
display time (questions store only the evidence's offsets and text).

A student must be able to answer from the screen, so the passage carries what the key depends on:
- the paragraph that holds the evidence, and the one before it when this one names its speaker only
  by a pronoun ("..., she added."), so the attribution the question is about is on screen;
- for a rewrite of "this sentence" before the answer, the sentence alone (`sentence_only`);
- for "who said it" before the answer, only the quotations of the evidence (the sentence whose speaker
  is asked for): the speaker, the cue and the rest of the paragraph are blanked, or the passage would
  give the answer away, or string another speaker's words together with the key's;
- for a comparison of outlets, each outlet's paragraphs that use the phrase or name the person the
  question asks about (the evidence paragraph always, for its own outlet).
After the answer, the evidence is marked in the full paragraphs. Plain data, no markup: templates
escape every piece (quizgame.web templates), so no article text can become HTML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from quizgame.content.question_kinds import kind_of
from quizgame.game.paragraphs import (
    PARAGRAPH_BREAK,
    QUOTE_MARKS,
    is_blockquote,
    paragraph_spans,
    quotation_spans,
    unmarked,
)

BLANK = "[…]"
MAX_COMPARED_PARAGRAPHS = 3
# "..., she added." / "She also said ...": the paragraph names its speaker by pronoun only.
_PRONOUN_CUE = re.compile(
    r"^\W*(she|he|they)\b|[,.?!]\W*\s+(she|he|they)\s+(said|added|told|wrote|stressed|claimed|insisted|continued)\b",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"^[ \t]*@\w+:?", re.MULTILINE)
_QUOTED_PHRASE = re.compile(r'"([^"]+)"|“([^”]+)”')
_QUOTED_PERSON = re.compile(r"\bquoted (.+?)\?\s*$")
_CITED_SOURCE = re.compile(r"\bcited (.+?) as a source\b")


@dataclass(frozen=True)
class Piece:
    text: str
    marked: bool = False  # the evidence, highlighted once the question is answered


@dataclass(frozen=True)
class Passage:
    outlet: str
    headline: str
    paragraphs: tuple[tuple[Piece, ...], ...]
    subject: str | None = None  # for comparisons: the phrase or person looked for in this outlet

    @property
    def text(self) -> str:
        return PARAGRAPH_BREAK.join("".join(p.text for p in paragraph) for paragraph in self.paragraphs)

    def to_data(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet,
            "headline": self.headline,
            "subject": self.subject,
            "paragraphs": [[[p.text, p.marked] for p in paragraph] for paragraph in self.paragraphs],
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Passage:
        paragraphs = tuple(
            tuple(Piece(text, bool(marked)) for text, marked in paragraph) for paragraph in data["paragraphs"]
        )
        return cls(data["outlet"], data["headline"], paragraphs, data.get("subject"))


@dataclass(frozen=True)
class Source:
    """An article as a passage needs it."""

    outlet: str
    headline: str
    body: str


def evidence_paragraphs(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs the evidence lies in, with the one before when the first names its speaker by
    a pronoun only."""
    spans = paragraph_spans(body)
    chosen = [i for i, (s, e) in enumerate(spans) if s < max(end, start + 1) and start < e]
    if not chosen:
        return []
    first = chosen[0]
    if first > 0 and _PRONOUN_CUE.search(body[spans[first][0] : spans[first][1]]):
        chosen.insert(0, first - 1)
    # A blockquote (a blogger's comment, a speech) is introduced by the paragraph before it ("Larry
    # Smith at Bahama Pundit commented:"): without that line, who is speaking is not on screen.
    while chosen[0] > 0 and is_blockquote(body[spans[chosen[0]][0] : spans[chosen[0]][1]]):
        chosen.insert(0, chosen[0] - 1)
    return [spans[i] for i in chosen]


def _marked(body: str, span: tuple[int, int], start: int, end: int) -> tuple[Piece, ...]:
    s, e = span
    lo, hi = max(s, start), min(e, end)
    if lo >= hi:
        return (Piece(unmarked(body[s:e].rstrip())),)
    pieces = [
        Piece(unmarked(body[s:lo])),
        Piece(unmarked(body[lo:hi]), marked=True),
        Piece(unmarked(body[hi:e].rstrip())),
    ]
    return tuple(p for p in pieces if p.text)


def _blanked(text: str, low: int = 0, high: int | None = None) -> tuple[Piece, ...] | None:
    """The quotations of a paragraph that lie in text[low:high] (the evidence: the sentence whose
    speaker is asked for), with "[…]" wherever other words stood (the speaker, the cue, and the rest
    of the paragraph, where another speaker may be quoted: two speakers' words side by side would
    read as one speaker's). A blockquote is all quotation: it is shown whole."""
    if is_blockquote(text):
        # A tweet opens with its author's handle ("@mperez: ..."): the speaker, blanked like a name.
        return (Piece(_HANDLE.sub(BLANK + ":", unmarked(text)).rstrip()),)
    high = len(text) if high is None else high
    if not any(mark in text for mark in QUOTE_MARKS):
        return _unquoted_answer(text, low, high)
    spans = [(a, b) for a, b in quotation_spans(text) if a < high and low < b]
    if not spans:
        return None
    shown: list[str] = []
    at = 0
    for start, end in spans:
        if re.search(r"\w", text[at:start]):
            shown.append(BLANK)
        shown.append(text[start:end])
        at = end
    if re.search(r"\w", text[at:]):
        shown.append(BLANK)
    return (Piece(" ".join(shown)),)


# An interview's speaker label ("((Philipp Hagemeister))", "Q:", "Hagemeister:"), the speaker's name.
_LABEL = re.compile(r"^\s*(\(\([^)]*\)\)|[A-Z][\w.' -]{0,40}:)\s*")


def _unquoted_answer(text: str, low: int, high: int) -> tuple[Piece, ...] | None:
    """Words asked about with no quotation marks around them: an interview's answer under a speaker's
    label (reading4's youtube-dl interview had shown an empty passage). The evidence is shown, its label
    and the rest of the paragraph blanked."""
    words = _LABEL.sub("", text[max(low, 0) : high]).strip()
    if not words:
        return None
    before = BLANK + " " if re.search(r"\w", _LABEL.sub("", text[: max(low, 0)])) or _LABEL.match(text) else ""
    after = " " + BLANK if re.search(r"\w", text[high:]) else ""
    return (Piece(before + words + after),)


def question_passage(kind: str, source: Source, start: int, end: int, answered: bool) -> Passage:
    """The passage of a question about one article: the speaker blanked for "who said it" until the
    question is answered, the evidence marked once it is."""
    if kind_of(kind).sentence_only and not answered:
        return Passage(source.outlet, source.headline, ((Piece(unmarked(source.body[start:end]).strip()),),))
    spans = evidence_paragraphs(source.body, start, end)
    if kind_of(kind).blanks_speaker and not answered:
        # The paragraph a pronoun points back to would be all blanks: only the evidence's own.
        own = [span for span in spans if span[0] < max(end, start + 1) and start < span[1]]
        paragraphs = tuple(p for p in (_blanked(source.body[s:e], start - s, end - s) for s, e in own) if p)
    else:
        paragraphs = tuple(
            _marked(source.body, span, start, end)
            # a paragraph of two sentences over a tap strip of one (reading4): the sentence to tap is marked
            if answered or kind_of(kind).tap
            else (Piece(unmarked(source.body[span[0] : span[1]]).rstrip()),)
            for span in spans
        )
    return Passage(source.outlet, source.headline, paragraphs)


def comparison_subject(prompt: str) -> str | None:
    """What a comparison question looks for in each outlet: the phrase it quotes, or the surname of
    the person it asks about, or the source it names."""
    phrase = _QUOTED_PHRASE.search(prompt)
    if phrase:
        return phrase.group(1) or phrase.group(2)
    source = _CITED_SOURCE.search(prompt)
    if source:
        return source.group(1).strip()
    person = _QUOTED_PERSON.search(prompt)
    if person:
        return person.group(1).split(",")[-1].split()[-1]
    return None


def _mentions(text: str, subject: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(subject)}(?![\w-])", text, re.IGNORECASE) is not None


def comparison_passages(
    prompt: str,
    sources: Sequence[Source],
    evidence_source: int | None,
    start: int | None,
    end: int | None,
    answered: bool,
) -> list[Passage]:
    """Each outlet's passage for a comparison question: its paragraphs that use the phrase or name
    the person asked about (at most three, the evidence paragraph first), the evidence marked once
    the question is answered."""
    subject = comparison_subject(prompt)
    passages = []
    for index, source in enumerate(sources):
        chosen: list[tuple[int, int]] = []
        if index == evidence_source and start is not None and end is not None:
            chosen = evidence_paragraphs(source.body, start, end)
        if subject:
            chosen += [
                span
                for span in paragraph_spans(source.body)
                if span not in chosen and _mentions(source.body[span[0] : span[1]], subject)
            ]
        chosen = sorted(chosen[:MAX_COMPARED_PARAGRAPHS])
        paragraphs = tuple(
            _marked(source.body, span, start, end)
            if answered and index == evidence_source and start is not None and end is not None
            else (Piece(unmarked(source.body[span[0] : span[1]]).rstrip()),)
            for span in chosen
        )
        passages.append(Passage(source.outlet, source.headline, paragraphs, subject))
    return passages


def article_paragraphs(body: str) -> list[str]:
    """The whole article as paragraphs, for the "Read the article" view."""
    return [unmarked(body[s:e]).strip() for s, e in paragraph_spans(body)]


def shown_passages(
    kind: str,
    prompt: str,
    evidence: Source | None,
    start: int | None,
    end: int | None,
    compared: Sequence[Source],
    answered: bool,
    evidence_text: str | None = None,
) -> list[Passage]:
    """What a question shows above its choices (answered=False) or with its result (answered=True).
    Offsets that no longer point at the stored evidence text (an article edited since) are found
    again by the text, or nothing is shown."""
    if evidence is not None and evidence_text and start is not None and evidence.body[start:end] != evidence_text:
        found = evidence.body.find(evidence_text)
        start, end = (found, found + len(evidence_text)) if found != -1 else (None, None)
    spec = kind_of(kind)
    if spec.compares_outlets and compared:
        index = next(
            (
                i
                for i, s in enumerate(compared)
                if evidence is not None and (s.outlet, s.body) == (evidence.outlet, evidence.body)
            ),
            None,
        )
        return comparison_passages(prompt, compared, index, start, end, answered)
    if evidence is None or start is None or end is None or not 0 <= start <= end <= len(evidence.body):
        return []
    if not answered and not spec.passage_first:
        return []
    passage = question_passage(kind, evidence, start, end, answered)
    if spec.tap and not answered and passage.text.strip() == evidence.body[start:end].strip():
        return []  # the sentence to tap is the whole paragraph: it is on screen already
    return [passage]
