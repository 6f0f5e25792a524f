"""When a text places what it tells: before the story's year, or in the story's own time.

Two checks read it: who could have spoken at the time of the story (`bygone`: a figure named only in
the seventies could not), and whether a sentence in the reporter's voice is history, on the record
(`no_source_needed.long_past`: "The vote to remove him from office failed by one vote", in a paragraph about
1867 and 1998), rather than a claim about the story that needs a source.
"""

from __future__ import annotations

import re

_DECADES = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)(s)?\b")
_DECADE_WORD = re.compile(rf"\b(?:the|early|late|mid)[- ]({'|'.join(_DECADES)})\b", re.IGNORECASE)
_THEN = re.compile(r"\bthen[- ](?:[A-Z]|president|prime|minister|leader|governor|mayor|chief)", re.IGNORECASE)
# What speaks of the story's own time: "today", a weekday, a present tense; "since 2017" runs up to the
# story, and "the oldest living cartoonist" is alive.
_PRESENT = re.compile(
    r"\b(today|tonight|now|currently|yesterday|this (week|month|year|morning|afternoon|evening)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|is|are|says|will|still|living|alive|since)\b",
    re.IGNORECASE,
)


def has_time(text: str) -> bool:
    """Does the text place itself in time at all (a year, a decade, "then-", or the present)?"""
    return bool(_YEAR.search(text) or _DECADE_WORD.search(text) or _THEN.search(text) or _PRESENT.search(text))


def past_framed(text: str, year: int) -> bool:
    """Does `text` place what it tells before the story's year, with nothing of the story's present?"""
    if _PRESENT.search(text):
        return False
    years = [int(m.group(1)) + (9 if m.group(2) else 0) for m in _YEAR.finditer(text)]
    if any(y >= year for y in years):
        return False
    return bool(years or _DECADE_WORD.search(text) or _THEN.search(text))


def paragraph_of(body: str, start: int, end: int) -> str:
    top = body.rfind("\n\n", 0, start)
    bottom = body.find("\n\n", end)
    return body[top + 2 if top >= 0 else 0 : bottom if bottom >= 0 else len(body)]


def in_the_past(body: str, sentence: str, start: int, end: int, year: int) -> bool:
    """Is a sentence (at body[start:end]) framed before the story's year: by a time of its own, or,
    having none, by its paragraph's?"""
    if has_time(sentence):
        return past_framed(sentence, year)
    return past_framed(paragraph_of(body, start, end), year)
