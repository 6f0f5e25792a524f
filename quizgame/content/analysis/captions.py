"""Photo captions are no one's statement: the gold annotates no category in them (tests/data/gold/README.md).

Global Voices sets a caption as a line of its own under the picture, its last part a credit: "Red Shirts demand
justice. Photo from Facebook page of Richard Barrow", "Bakers protest in Giza. Sign reads "We bake, you decide".
Image by Omar Farid (CC BY-SA 3.0)". What the caption describes ('Red Shirts demand justice', a sign that reads)
is the picture, not a report of speech. A line is a caption when it credits a picture (reading.CREDIT) or when its
last sentence is a credit with no finite verb ('Photo from X', 'Image posted by @y', 'Photo shared on Flickr by
DFID'); 'Photos posted by residents show flooded streets' has one and is prose.
"""

from __future__ import annotations

import re

from quizgame.content.analysis.reading import CREDIT, Reading

_CREDIT_START = re.compile(
    r"^(?:Thumbnail |Featured |Header )?(?:Photo|Image|Picture|Video)s?\b[^\n]{0,20}?\b"
    r"(?:by|from|courtesy|shared|posted|source|credit)\b",
    re.IGNORECASE,
)
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})


def in_caption(reading: Reading, offset: int) -> bool:
    """The line holding `offset` is a picture's caption (not a blockquote line, which is someone's words)."""
    start = reading.text.rfind("\n", 0, offset) + 1
    end = reading.text.find("\n", offset)
    line = reading.text[start : end if end >= 0 else len(reading.text)]
    if not line.strip() or line.lstrip().startswith(">"):
        return False
    if CREDIT.search(line):
        return True
    last = [s for s in reading.sentences if start <= s.start_char < start + len(line) and s.text.strip()]
    if len(last) < 2:
        return False  # a credit alone is a credit line, not a caption holding a statement
    credit = last[-1]
    return bool(_CREDIT_START.match(credit.text.strip())) and not any(t.tag_ in _FINITE for t in credit)
