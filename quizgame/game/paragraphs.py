"""An article body as a passage reads it: paragraphs (split at blank lines), Markdown blockquotes
("> ..." lines, markup never shown to a player) and quoted stretches (straight and curly marks alike).
`paragraph_spans` gives offsets into the body itself, the ones a question's evidence is stored with."""

from __future__ import annotations

import re

PARAGRAPH_BREAK = "\n\n"
QUOTE_MARKS = frozenset('"“”')
# A Markdown blockquote marker at a line's start ("> Of course, ..."): markup, never shown to a player.
_QUOTE_MARKER = re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE)


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty paragraph of the body."""
    spans, start = [], 0
    while start <= len(body):
        found = body.find(PARAGRAPH_BREAK, start)
        end = len(body) if found == -1 else found
        text = body[start:end]
        if text.strip():
            spans.append((start + len(text) - len(text.lstrip()), end))
        if found == -1:
            break
        start = found + len(PARAGRAPH_BREAK)
    return spans


def is_blockquote(text: str) -> bool:
    """Is every line of the paragraph a Markdown blockquote line ("> ...")?"""
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(line.lstrip().startswith(">") for line in lines)


def unmarked(text: str) -> str:
    """The text without its blockquote markers."""
    return _QUOTE_MARKER.sub("", text)


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted stretch of a paragraph, quotation marks included. Straight and curly
    marks are mixed in published text ("“Yes, ...," Best said.), so any mark opens or closes."""
    found, opened = [], None
    for i, char in enumerate(text):
        if char in QUOTE_MARKS:
            if opened is None:
                opened = i
            else:
                found.append((opened, i + 1))
                opened = None
    if opened is not None:  # a quotation running on into the next paragraph
        found.append((opened, len(text.rstrip())))
    return found
