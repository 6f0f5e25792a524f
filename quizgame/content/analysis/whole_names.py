"""A speaker's name as the article writes it whole, where the resolver kept only a part of it.

The resolver builds a name from the subject's own tokens and the people found, and a name the parser
splits comes out clipped: 'Bahamas Blog' for "Meanwhile, Political Bahamas Blog reports", 'Agenda' for
"Agenda 507 (@agenda507) [es] wants" (reading4's Bahamas and May Day posts). A clip the article never
writes alone is no name a reader can find. When every time the article writes the name a capitalised
word or a number runs into it, the speaker is the whole run in the cue's own sentence, provided the run
stands as a name of its own, after a comma, a colon or a bracket (a sentence's first word is capitalised
whatever it is: "Actor Denzel Washington", "But Phetie"). A run after "of" or "for" is an office ("Secretary of State Mike Pompeo", "President of Argentina Alberto
Fernández"), and a title ("Prime Minister"), a day, an article ("The") or a possessive ("Rights Fund's")
never joins a name.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"(?:[A-Z][\w-]*|\d+)")
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december the a an".split()
)
_OPENS = ":;,("  # mid-sentence only: a sentence's or a line's first word is capitalised whatever it is


def _joins(word: str, titles: frozenset[str]) -> bool:
    parts = set(word.lower().split("-"))  # "Secretary-General"
    return bool(_WORD.fullmatch(word)) and not parts & titles and word.lower() not in _CALENDAR


def _run(text: str, start: int, end: int, titles: frozenset[str]) -> tuple[int, int]:
    """text[start:end] grown by the words that join it on either side; the left side only when the
    run then stands as a name of its own."""
    left = start
    while (found := re.search(r"(?<![\w'’-])([\w-]+) $", text[max(0, left - 40) : left])) and _joins(
        found.group(1), titles
    ):
        left -= len(found.group())
    before = text[max(0, left - 2) : left].rstrip(" ")
    if left < start and before and before[-1] in _OPENS:
        start = left
    while (found := re.match(r" ([\w-]+)(?![\w'’-])", text[end : end + 40])) and _joins(found.group(1), titles):
        end += len(found.group())
    return start, end


def whole_name(name: str, text: str, sentence: tuple[int, int], titles: frozenset[str]) -> str:
    """`name` whole as text[sentence] writes it, when the article never writes it alone; else `name`."""
    if not name or not all(_WORD.fullmatch(w) for w in name.split()):
        return name  # a description ("the police"), not a proper name
    found = list(re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text))
    spans = [_run(text, m.start(), m.end(), titles) for m in found]
    if not found or any(span == (m.start(), m.end()) for span, m in zip(spans, found, strict=True)):
        return name  # written alone somewhere: the name itself
    here = [s for s in spans if sentence[0] <= s[0] and s[1] <= sentence[1]]
    return text[slice(*max(here, key=lambda s: s[1] - s[0]))] if here else name
