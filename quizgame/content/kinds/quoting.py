"""Where the speaker's own words are: one quotation detector for the analysis and the questions.

The spans come from the analysis (quizgame/content/analysis/quotes.py): a curly mark opens or closes
by its shape, a straight one by its neighbours, and a quotation never runs past its paragraph. The
generators once had a detector of their own (any mark toggled, a line break closed); on the tuned
folders the two disagreed on 86 of 45,430 words and no generated question changed with the switch."""

from __future__ import annotations

import functools
import re

from quizgame.content.analysis.quotes import QuoteIndex, find_quotes
from quizgame.content.kinds.wording import words

_QUOTES = '"“”'


def has_quotation(text: str) -> bool:
    return any(mark in text for mark in _QUOTES)


@functools.lru_cache(maxsize=64)
def _quotes(body: str) -> QuoteIndex:
    """The quotations of a body, found once per text (the generators ask about one article thousands of times)."""
    return QuoteIndex(find_quotes(body))


def in_quotation(body: str, offset: int) -> bool:
    """Is body[offset] inside quotation marks (the marks themselves are not)?"""
    quote = _quotes(body).containing(offset)
    return quote is not None and quote.start < offset


@functools.lru_cache(maxsize=64)
def reporter_vocabulary(body: str) -> frozenset[str]:
    """Every word (lower-cased) the reporter uses outside quotation marks."""
    found: set[str] = set()
    for w in words(body, 0, len(body)):
        if not in_quotation(body, w.start):
            found.add(w.text.lower())
            found.update(re.split(r"[’']", w.text.lower()))  # "Floyd’s" is a use of "floyd" too
    return frozenset(found)
