"""Promos: lines inside an article body that are not reporting.

App plugs, "(RELATED: ...)" links, other stories' headlines set in capitals, podcast and
newsletter plugs, and stray "date YYYY-MM-DD" tokens left by the page scraper. They are found
on the raw text (no parse needed) and blanked out before parsing, so offsets stay those of the body.
"""

from __future__ import annotations

import re

from quizgame.content.analysis.model import Promo

_INLINE = [
    re.compile(r"(?<!\S)date \d{4}-\d{2}-\d{2}(?!\S)"),
    re.compile(r"\((?:RELATED|READ MORE|SEE ALSO|ALSO READ|WATCH|LISTEN|MORE)\s*:[^)\n]*\)", re.IGNORECASE),
]
# Whole paragraphs that sell something rather than report it.
_PLUG = re.compile(
    r"^(?:click here|tap here|download (?:the|our)|get the .* app|sign up|subscribe|follow us|"
    r"read more|see also|related:|watch:|listen:|listen to|more from)\b",
    re.IGNORECASE,
)
_PODCAST = re.compile(r"\bpodcasts?\b", re.IGNORECASE)
_PODCAST_PLUG = re.compile(
    r"\b(?:episode|listen|subscribe|wherever you get|apple podcasts|spotify)\b", re.IGNORECASE
)
_PARAGRAPH = re.compile(r"[^\n]+")
_MIN_CAPS_WORDS = 4


def find_promos(body: str) -> list[Promo]:
    found: list[tuple[int, int]] = []
    for pattern in _INLINE:
        found.extend(m.span() for m in pattern.finditer(body))
    for match in _PARAGRAPH.finditer(body):
        start, end = _strip(body, *match.span())
        if start >= end:
            continue
        line = body[start:end]
        for inline_start, inline_end in found:  # a leading date token does not make a line a promo
            if start <= inline_start < end and inline_start == start:
                start = _strip(body, inline_end, end)[0]
                line = body[start:end]
        if line and _is_promo_line(line):
            found.append((start, end))
    return [Promo(body[s:e], s, e) for s, e in _merge(found)]


def mask_promos(body: str, promos: list[Promo]) -> str:
    """The body with promo text replaced by spaces (newlines kept), so offsets do not move."""
    chars = list(body)
    for promo in promos:
        for i in range(promo.start, promo.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _is_promo_line(line: str) -> bool:
    if _PLUG.match(line):
        return True
    if _PODCAST.search(line) and _PODCAST_PLUG.search(line):
        return True
    return _is_capitals_headline(line)


def _is_capitals_headline(line: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", line)]
    if len(words) < _MIN_CAPS_WORDS:
        return False
    upper = sum(1 for w in words if w.isupper())
    return upper / len(words) >= 0.9 and not line.rstrip().endswith((".", "?", "!", '"', "”"))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
