"""Attributions: every direct quotation and reported statement, with its speaker and cue.

Quotations are tied to the cue in their own sentence ("...," she said / she added, "..."); a
quotation with no cue of its own continues the previous speaker in the paragraph (or the
previous paragraph, when it opens its paragraph). Reported speech is the content a verb of
saying governs. Short quoted terms inside reported content are part of that content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgame.content.analysis.cues import Cue, find_cues
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.model import Attribution
from quizgame.content.analysis.quotes import Quote
from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.speakers import People, resolve

_SENTENCE_END = re.compile(r"[.!?]")
_MIN_QUOTE_WORDS = 3
_DIRECT_SHARE = 0.8


@dataclass(frozen=True)
class Found:
    attribution: Attribution
    content: tuple[int, int]
    via_outlet: str | None
    cue: Cue


def find_attributions(reading: Reading, people: People, lexicon: Lexicon) -> list[Found]:
    cues = find_cues(reading, lexicon, {p.surname for p in people.people})
    text = reading.text
    quotes = [q for q in reading.quotes.quotes if not _embedded(q, cues, text) and _is_speech(text, q)]
    found: list[Found] = []
    used: set[int] = set()
    for index, quote in enumerate(quotes):
        previous_end = quotes[index - 1].end if index else 0
        next_start = quotes[index + 1].start if index + 1 < len(quotes) else len(text)
        cue = _cue_after(quote, next_start, cues, reading) or _cue_before(quote, previous_end, cues, reading)
        if cue is not None:
            used.add(cue.verb.i)
            made = _make(reading, people, lexicon, cue, quote.inner, direct=True, extra=(quote.start, quote.end))
        else:
            made = _continuation(reading, found, quote)
        if made is not None:
            found.append(made)
    for cue in cues:
        if cue.verb.i in used or cue.content is None:
            continue
        share = _quoted_share(reading, cue.content)
        if cue.weak and not _holds_speech(reading, cue.content):
            continue
        if share >= _DIRECT_SHARE and _covered(cue.content, found):
            continue
        made = _make(reading, people, lexicon, cue, cue.content, direct=share >= _DIRECT_SHARE, extra=None)
        if made is not None:
            found.append(made)
    return sorted(found, key=lambda f: f.attribution.start)


def _is_speech(text: str, quote: Quote) -> bool:
    """Words someone said, not a quoted name ("Capitol Hill Autonomous Zone") or a scare-quoted term."""
    words = text[quote.start : quote.end].strip("\"“”.,!? ").split()
    if len(words) < _MIN_QUOTE_WORDS:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalised / len(words) < 0.75


def _embedded(quote: Quote, cues: list[Cue], text: str) -> bool:
    """A quoted term inside reported content ('had "solid information..."') belongs to that content."""
    for cue in cues:
        if cue.content is None:
            continue
        start, end = cue.content
        if start <= quote.start + 1 and not text[end : quote.end].strip(" .,!?”\"'’"):
            outside = len(text[start:quote.start].strip(" “\"")) + len(text[quote.end:end].strip(" .,”\"'’"))
            if outside > 0:
                return True
    return False


def _cue_after(quote: Quote, limit: int, cues: list[Cue], reading: Reading) -> Cue | None:
    paragraph = reading.paragraph_of(quote.start)
    for cue in cues:
        if quote.end <= cue.offset < limit and reading.paragraph_of(cue.offset) == paragraph:
            between = reading.text[quote.end : cue.offset]
            if not _SENTENCE_END.search(between):
                return cue
    return None


def _cue_before(quote: Quote, limit: int, cues: list[Cue], reading: Reading) -> Cue | None:
    paragraph = reading.paragraph_of(quote.start)
    for cue in reversed(cues):
        if limit <= cue.offset < quote.start and reading.paragraph_of(cue.offset) == paragraph:
            between = reading.text[cue.offset : quote.start]
            if not _SENTENCE_END.search(between) and (cue.content is None or cue.content[1] >= quote.start - 2):
                return cue
            return None
    return None


def _continuation(reading: Reading, found: list[Found], quote: Quote) -> Found | None:
    """'"...," she said. "More words."' The second quotation is still hers."""
    if not found:
        return None
    last = found[-1]
    paragraph = reading.paragraph_of(quote.start)
    last_paragraph = reading.paragraph_of(last.attribution.start)
    opens_paragraph = reading.paragraph_starts[paragraph] >= quote.start - 1
    if last_paragraph != paragraph and not (last_paragraph == paragraph - 1 and opens_paragraph):
        return None
    start, end = quote.inner
    previous = last.attribution
    attribution = Attribution(
        speaker=previous.speaker,
        speaker_kind=previous.speaker_kind,
        cue=previous.cue,
        quote=_clean(reading.body[start:end]),
        direct=True,
        start=quote.start,
        end=quote.end,
        sentence_start=quote.start,
        sentence_end=quote.end,
    )
    return Found(attribution, (start, end), last.via_outlet, last.cue)


def _make(
    reading: Reading,
    people: People,
    lexicon: Lexicon,
    cue: Cue,
    content: tuple[int, int],
    direct: bool,
    extra: tuple[int, int] | None,
) -> Found | None:
    if cue.speaker is None:
        return None
    resolved = resolve(cue.speaker, people, lexicon)
    if resolved is None:
        return None
    speaker, kind = resolved
    if cue.kind_hint is not None:
        kind = cue.kind_hint
    sentence = cue.verb.sent
    start = min(content[0], cue.speaker.left_edge.idx if cue.speaker.sent == sentence else sentence.start_char, cue.offset)
    end = max(content[1], cue.offset + len(cue.verb.text))
    if extra is not None:
        start, end = min(start, extra[0]), max(end, extra[1])
    attribution = Attribution(
        speaker=speaker,
        speaker_kind=kind,
        cue=cue.text,
        quote=_clean(reading.body[content[0] : content[1]]),
        direct=direct,
        start=start,
        end=end,
        sentence_start=min(start, sentence.start_char),
        sentence_end=max(end, sentence.end_char),
    )
    return Found(attribution, content, cue.via_outlet, cue)


def _quoted_share(reading: Reading, span: tuple[int, int]) -> float:
    start, end = span
    if end <= start:
        return 0.0
    inside = 0
    for quote in reading.quotes.quotes:
        overlap = min(end, quote.end) - max(start, quote.start)
        if overlap > 0:
            inside += overlap
    return inside / (end - start)


def _holds_speech(reading: Reading, span: tuple[int, int]) -> bool:
    return any(span[0] <= q.start < span[1] and _is_speech(reading.text, q) for q in reading.quotes.quotes)


def _covered(span: tuple[int, int], found: list[Found]) -> bool:
    return any(f.attribution.start <= span[0] and span[1] <= f.attribution.end for f in found)


def _clean(text: str) -> str:
    return text.strip().strip("\"“”").strip().rstrip(",").strip()
