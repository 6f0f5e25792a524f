"""Quotation spans in the text: where the speaker's own words are.

Outlets mix straight and curly marks (“...," and "...”), so every double quotation mark is a
candidate and its role is read from its neighbours. A quotation never runs past its paragraph:
a paragraph that ends inside an open quotation (the convention for a quotation continued in the
next paragraph) closes it there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_OPENING = "“"
_CLOSING = "”"
_STRAIGHT = '"'


@dataclass(frozen=True)
class Quote:
    start: int  # the opening mark
    end: int  # just after the closing mark (or the paragraph's end)

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, max(self.start + 1, self.end - 1)


def find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch == "\n" and open_at is not None and i + 1 < len(text) and text[i + 1] == "\n":
            quotes.append(Quote(open_at, i))
            open_at = None
        elif ch == _OPENING:
            if open_at is None:
                open_at = i
        elif ch == _CLOSING:
            if open_at is not None:
                quotes.append(Quote(open_at, i + 1))
                open_at = None
        elif ch == _STRAIGHT:
            if open_at is None:
                if _looks_like_opening(text, i):
                    open_at = i
            else:
                quotes.append(Quote(open_at, i + 1))
                open_at = None
    if open_at is not None:
        quotes.append(Quote(open_at, len(text.rstrip())))
    return quotes


def _looks_like_opening(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isspace()


class QuoteIndex:
    """Answers 'is this offset inside a quotation?' in O(log n)."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self._starts = [q.start for q in quotes]

    def containing(self, offset: int) -> Quote | None:
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.quotes[i].start <= offset < self.quotes[i].end:
            return self.quotes[i]
        return None

    def inside(self, start: int, end: int) -> bool:
        quote = self.containing(start)
        return quote is not None and end <= quote.end


def stands_as_sentence(text: str, quote: Quote) -> bool:
    """'"I told the police about it," Delgado said. "Nobody listened."', 'Ellison said: "Absolutely."': a
    quotation that opens a sentence (or follows a colon) and closes on its own full stop, question or
    exclamation mark is a whole sentence someone said, however short; a quoted name or term is not closed so."""
    inner = text[quote.start + 1 : quote.end].rstrip('"”')
    before = text[: quote.start].rstrip(" \t")
    opens = not before or before[-1] in ".!?:\n" or before.endswith(('."', ".”", '?"', "?”", '!"', "!”"))
    return opens and inner[:1].isupper() and inner.endswith((".", "!", "?")) and not inner.endswith("..")


_TITLING = re.compile(r"\b(?:entitled|titled|headlined|subtitled)\s*$", re.IGNORECASE)


def is_titled(text: str, quote: Quote) -> bool:
    """'in an article on africultures.com entitled "La caricature à Maurice, 170 ans d'histoire"': what
    follows 'entitled' or 'headlined' is the name of a piece of writing, not words anyone said."""
    return bool(_TITLING.search(text[max(0, quote.start - 40) : quote.start]))
