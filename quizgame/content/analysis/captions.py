"""Photo captions are no one's statement: the gold annotates no category in them (tests/data/gold/README.md).

Global Voices sets a caption as a line of its own under the picture, its last part a credit: "Red Shirts demand
justice. Photo from Facebook page of Richard Barrow", "Bakers protest in Giza. Sign reads "We bake, you decide".
Image by Omar Farid (CC BY-SA 3.0)". What the caption describes ('Red Shirts demand justice', a sign that reads)
is the picture, not a report of speech. A line is a caption when it ends in a credit: a phrase crediting a picture
(credits.credit_starts: a credit label, or 'Photo from X', 'Image posted by @y', 'Photo shared on Flickr by DFID')
that opens the line or follows the end of a sentence, with no finite verb from there to the line's end. 'Photos
posted by residents show flooded streets, the mayor said' has one and is prose.
"""

from __future__ import annotations

import re

from quizgame.content.analysis.credits import credit_starts
from quizgame.content.analysis.reading import Reading

_SENTENCE_END = re.compile(r"(?:^|[.!?\"”’)\]]\s*\(?)\s*$")
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def in_caption(reading: Reading, offset: int) -> bool:
    """The line holding `offset` is a picture's caption (not a blockquote line, which is someone's words)."""
    start = reading.text.rfind("\n", 0, offset) + 1
    end = reading.text.find("\n", offset)
    end = end if end >= 0 else len(reading.text)
    line = reading.text[start:end]
    if not line.strip() or line.lstrip().startswith(">"):
        return False
    return any(_SENTENCE_END.search(line[:at]) and _verbless(reading, start + at, end) for at in credit_starts(line))


def _verbless(reading: Reading, start: int, end: int) -> bool:
    span = reading.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(t.tag_ in _FINITE for t in span)
