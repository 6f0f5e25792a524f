"""The claim a secondhand statement makes: the reported content, run on where the parse cut it short."""

from __future__ import annotations

import re

from spacy.tokens import Span

from quizgame.content.analysis.found import Found
from quizgame.content.analysis.reading import Reading

_MIN_CLAIM_WORDS = 4
_ABBREVIATION = re.compile(r"^(?:Kft|Inc|Ltd|Co|Corp|Bhd|Pty|Pvt|GmbH|AG|SA|Jr|Sr|St|Dr)\.$")


def claim_of(reading: Reading, item: Found, sentence: Span) -> str:
    """The reported content; a stub the parse cut short ('reported Monday's attack') runs to the sentence end."""
    claim = item.attribution.quote
    if len(claim.split()) >= _MIN_CLAIM_WORDS:
        return claim + _cut_at_abbreviation(reading, item.content[1], sentence)
    start = item.content[0]
    if sentence.start_char <= start < sentence.end_char:
        return reading.body[start : sentence.end_char].strip()
    return claim


def _cut_at_abbreviation(reading: Reading, end: int, sentence: Span) -> str:
    """'... enterprise HDT Védelmi Ipari Kft. (HDT Limited) acquired ...': a sentence the parser ended at a
    company's abbreviation goes on in the next one, which opens with no capital."""
    doc = sentence.doc
    if not sentence.start_char <= end <= sentence.end_char or sentence.end >= len(doc):
        return ""
    last, following = doc[sentence.end - 1], doc[sentence.end]
    if not _ABBREVIATION.match(last.text) and not (
        last.text == "." and _ABBREVIATION.match(doc[sentence.end - 2].text + ".")
    ):
        return ""
    if following.text != "(" and not following.is_lower:
        return ""
    return reading.body[end : following.sent.end_char].rstrip()
