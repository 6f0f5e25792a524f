"""Which quotations are words someone said, and which belong to a cue's reported content.

A quoted name or a capitalised title ("Capitol Hill Autonomous Zone") is not speech, nor a scare-quoted term of
one or two words unless it stands as a sentence; a quoted term inside a cue's content ('had "solid information"')
is part of what that cue reports; a weak cue counts only when its content holds a quotation someone used.
attributions.py asks here.
"""

from __future__ import annotations

import re

from quizgame.content.analysis.cue_parts import Cue
from quizgame.content.analysis.quotes import Quote, is_titled, stands_as_sentence
from quizgame.content.analysis.reading import Reading

_MIN_QUOTE_WORDS = 3


def is_speech(text: str, quote: Quote) -> bool:
    """Words someone said, not a quoted name ("Capitol Hill Autonomous Zone") or a scare-quoted term."""
    words = text[quote.start : quote.end].strip('"“”.,!? ').split()
    if is_titled(text, quote):
        return False
    if 0 < len(words) < _MIN_QUOTE_WORDS and stands_as_sentence(text, quote):
        return True  # 'Delgado said. "Nobody listened."': a whole sentence, however short
    return len(words) >= _MIN_QUOTE_WORDS and not _title_case(words)


def _title_case(words: list[str]) -> bool:
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalised / len(words) >= 0.75


def embedded(quote: Quote, cues: list[Cue], text: str) -> bool:
    """A quoted term inside reported content ('had "solid information..."') belongs to that content."""
    for cue in cues:
        if cue.content is None:
            continue
        start, end = cue.content
        if _split_by(cue, text):
            continue
        if start <= quote.start + 1 and not text[end : quote.end].strip(" .,!?”\"'’"):
            before = "" if _LINE_LABEL.match(text[start : quote.start]) else text[start : quote.start]
            outside = len(before.strip(' “"')) + len(text[quote.end : end].strip(" .,”\"'’"))
            if outside > 0:
                return True
    return False


# 'Update (May 3): "We found them," the park service said.': a line's label, not words of the statement
_LINE_LABEL = re.compile(r"^\s*(?:update|correction|clarification|editor's note)\b[^:\n]{0,40}:\s*[\"“]?\s*$", re.I)


def _split_by(cue: Cue, text: str) -> bool:
    """'"We will rebuild," Mayor Ruiz said, "and soon."': the parse gives the cue both parts of the quotation
    it stands between as its content; they are quotations linked to it, not terms inside its content."""
    assert cue.content is not None
    start, end = cue.content
    opens = text[max(0, start - 1) : start + 1].lstrip()[:1] in ('"', "“")
    closes = any(mark in text[start : cue.offset] for mark in ('"', "”"))
    return start < cue.offset < end and opens and closes and any(m in text[cue.offset : end] for m in ('"', "“"))


def holds_quoted_term(reading: Reading, cue: Cue, short: bool) -> bool:
    """A quotation in the cue's own content that is words someone used: a sentence or, after a verb of
    naming, a short term ("called it "unexpected""); not a quoted title ("the "Capitol Hill Autonomous
    Zone"") nor a quotation in a clause with a speaker of its own ("..., which Ross called "a stunt"")."""
    text = reading.text
    span = cue.content
    assert span is not None
    for quote in reading.quotes.quotes:
        if not span[0] <= quote.start < span[1] or _own_clause(reading, cue, quote):
            continue
        words = text[quote.start : quote.end].strip('"“”.,!? ').split()
        if words and (short and len(words) < _MIN_QUOTE_WORDS and words[0][:1].islower() or is_speech(text, quote)):
            return True
    return False


def _own_clause(reading: Reading, cue: Cue, quote: Quote) -> bool:
    span = reading.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span[len(span) // 2]
    while token.i != cue.verb.i and token.head.i != token.i:
        outside = not quote.start <= token.idx < quote.end  # a relative clause in the quoted words is theirs
        if outside and token.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in token.children):
            return True
        token = token.head
    return False
