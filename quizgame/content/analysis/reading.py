"""One article prepared for the finders: promos blanked, parsed once, quotations and paragraphs known."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from quizgame.content.analysis.model import Promo
from quizgame.content.analysis.quotes import QuoteIndex

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass
class Reading:
    slug: str
    outlet: str
    body: str  # the article body, byte for byte
    text: str  # the body with promos blanked: what was parsed
    doc: Doc
    promos: list[Promo]
    quotes: QuoteIndex

    @cached_property
    def paragraph_starts(self) -> list[int]:
        starts = [0] + [m.end() for m in _PARAGRAPH_BREAK.finditer(self.text)]
        return starts

    def paragraph_of(self, offset: int) -> int:
        return bisect_right(self.paragraph_starts, offset) - 1

    def token_at(self, offset: int) -> Token | None:
        """The token covering the character at `offset`, or the nearest one a space ends at."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def in_quote(self, token: Token) -> bool:
        return self.quotes.containing(token.idx) is not None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    def sentence_index(self, i: int) -> int | None:
        """The index in `sentences` of the sentence holding token `i`; None for a line's blank edges."""
        at = bisect_right(self._sentence_starts, i) - 1
        return at if at >= 0 and i < self.sentences[at].end else None

    @cached_property
    def sentences(self) -> list[Span]:
        """spaCy's sentences, cut again at line breaks (a headline or caption has no full stop)."""
        result: list[Span] = []
        for sent in self.doc.sents:
            start = sent.start
            for token in sent:
                if "\n" in token.text or "\n" in token.whitespace_:
                    end = token.i if token.is_space else token.i + 1
                    _append(result, self.doc, start, end)
                    start = token.i + 1
            _append(result, self.doc, start, sent.end)
        return result


def _append(result: list[Span], doc: Doc, start: int, end: int) -> None:
    while start < end and (doc[start].is_space or not doc[start].text.strip()):
        start += 1
    while end > start and (doc[end - 1].is_space or not doc[end - 1].text.strip()):
        end -= 1
    if start < end:
        result.append(doc[start:end])


def token_span(tokens: list[Token]) -> tuple[int, int]:
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def same_token(a: Token | None, b: Token | None) -> bool:
    """spaCy makes a new Token object at every access (`doc[i]`, `.head`, `.children`), so `a is b` is False
    even for one token: compare positions (both tokens of one doc)."""
    if a is None or b is None:
        return a is b
    return a.i == b.i
