"""What a credit line is: the words that give a picture, a video or a source to whoever made or supplied it
("Photo: Reuters", "Image by Omar Farid (CC BY-SA 3.0)", "Picture courtesy of the family", "Source: World Bank",
"(image: Patrick Gillett)", "© AFP"). A credit is no one's statement, and the name it gives is no one who speaks.

One vocabulary, three questions, each a pattern of its own because each is asked of different text:
- `CREDIT`: does this line hold a credit label? The capitalised label a page sets before the credit, strict
  enough to search for anywhere in a line of prose (layout.py, voice.py, block_introductions.py, and the
  not_reporting question kind).
- `credit_starts`: where may the credit that ends a caption begin? `CREDIT`'s labels and the looser phrases
  'Photo from X', 'Image posted by @y', 'Photo shared on Flickr by DFID' (captions.py, which also asks that no
  finite verb follow, so that 'Photos posted by residents show flooded streets' stays prose).
- `credits_the_name`: do the words just before a name credit it? Anchored at the name and in any case,
  since a credit inside a parenthesis is often lower case ('(image: X)'), with 'copyright' and '©', which
  credit a name but are no label a caption line is known by (the speakers question kind).
"""

from __future__ import annotations

import re

# The picture a credit is for: "Photo", "Images", "Video".
_PICTURE = r"(?:Photo|Image|Picture|Video)s?"

# A credit label: "Photo: X", "Image source: X", "Photo credit: X", "Photos by X", "Picture courtesy of X",
# "Source: X". Case-sensitive: 'the photo by the gate' in prose is no label.
CREDIT = re.compile(rf"\b(?:{_PICTURE}(?: source| credit)?\s*:|{_PICTURE} (?:by|courtesy(?: of)?)\b|Source:)")

# The phrase a caption's credit may open with: a picture word, up to 20 characters that end no sentence, then the
# word that gives it ("Photo from Facebook page of X", "Image posted by @y", "Thumbnail image shared by X").
_CREDIT_PHRASE = re.compile(
    rf"\b(?:Thumbnail |Featured |Header )?{_PICTURE}\b[^\n.]{{0,20}}?\b"
    r"(?:by|from|courtesy|shared|posted|source|credit)\b"
)


def credit_starts(line: str) -> list[int]:
    """Where a credit label or a credit phrase begins in the line, in the order found (CREDIT's first)."""
    return [m.start() for m in (*CREDIT.finditer(line), *_CREDIT_PHRASE.finditer(line))]


# The words just before a credited name: "(Image: Patrick Gillett)", "Photo by Lali Sandiumenge.", "Picture by ...",
# "photograph courtesy of X", "copyright X", "© X".
_CREDIT_BEFORE = re.compile(
    r"(?:\b(?:image|photo|photograph|picture|credit|courtesy)(?:\s+(?:by|of|courtesy(?:\s+of)?))?\s*:?|"
    r"\bcopyright(?:\s*©)?|©)\s*$",
    re.IGNORECASE,
)


def credits_the_name(before: str) -> bool:
    """Do the words `before` a name (its line up to the name) end in a credit, so that the name is the one
    credited: the photographer, the agency, the holder of the copyright?"""
    return bool(_CREDIT_BEFORE.search(before))
