"""Promos and boilerplate: text inside an article body that is not reporting, known by its form.

Any outlet's boilerplate has the same few shapes: notes about the piece itself ("This post is part
of our special coverage ...", "This report was featured in ... podcast"), service lines that send
the reader elsewhere ("Visit the ... blog", "Read more", "For more information ... contact",
"More reports from ...", "Sign up", "Follow us"), inserted links and headlines of other stories
("(RELATED: ...)", a line in capitals, a line that is only a web address), notes crediting all of
a post's photos, and stray datelines left by a page scraper. They are found on the raw text (no
parse needed), one sentence at a time, and blanked out before parsing, so offsets stay those of
the body. Each carries a confidence: a fixed form (a "date YYYY-MM-DD" token) is surer than a
line in capitals, which may be a heading of the article's own. On the tuning folders every promo found
was right (15/15 from 0.7; python -m quizgame.content.analysis.calibration, 2026-12-06), so the figures
order the forms by how fixed they are rather than by measured misses.
"""

from __future__ import annotations

import re

from quizgame.content.analysis.model import Promo

_INLINE = [
    (re.compile(r"(?<!\S)date \d{4}-\d{2}-\d{2}(?!\S)"), 0.95),
    (re.compile(r"\((?:RELATED|READ MORE|SEE ALSO|ALSO READ|WATCH|LISTEN|MORE)\s*:[^)\n]*\)", re.IGNORECASE), 0.95),
    # a dateline the scraper left at the top: "Friday, March 29, 2019 Toronto Comicon ..."
    (re.compile(r"^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+ \d{1,2}, \d{4}\b(?=\s)"), 0.85),
]
# Sentences that sell or point elsewhere rather than report (matched at the start of a sentence).
_PLUG = re.compile(
    r"^(?:click here|tap here|download (?:the|our)|get the .* app|sign up|subscribe (?:to|now|here)|follow us|"
    r"read more|read the full|see also|related:|watch:|listen:|listen to|more from|more reports from|"
    r"more stories|visit\b(?! (?:of|to|by|from|in|on|at|was|is|will)\b)|for more (?:information|details|news)\b.*"
    r"\b(?:contact|visit|see|go to|call|write|follow)\b)",
    re.IGNORECASE,
)
# Notes about the piece itself: "This post is part of our special coverage ...".
_SERIES_NOTE = re.compile(
    # "This post ..." names the piece itself; "The report was first published by HRW", "The video was produced
    # by activists" are news about another piece, so "the" counts only with "part of" a series or coverage.
    r"^this (?:post|article|story|report|piece|interview|feature|text|translation)\b[^.]{0,40}?"
    r"\b(?:is|was|has been|forms) (?:a )?(?:part of|featured|originally|first|republished|produced|translated|"
    r"published (?:as part|in partnership|first|originally))"
    r"|^the (?:post|article|story|report|piece|interview|feature|text|translation)\b[^.]{0,40}?"
    r"\b(?:is|was|has been|forms) (?:a )?part of (?:our|a|the) (?:special |ongoing )?(?:coverage|series)\b"
    # "This post and its translations ... were commissioned by ...": who paid for or asked for the piece
    r"|^this (?:post|article|story|piece|interview|feature|text|translation)\b[^.]{0,80}?"
    r"\b(?:is|was|are|were|has been|have been) (?:commissioned|sponsored|funded|supported|written for)\b",
    re.IGNORECASE,
)
# Credits for all of a post's pictures (a single photo's caption stays in the text).
_CREDIT_NOTE = re.compile(
    r"^(?:all (?:the )?(?:photos|pictures|images|photographs)\b|(?:photos|pictures|images|photographs) "
    r"(?:courtesy|used with permission)\b|(?:the )?(?:thumbnail|featured|header|cover) (?:image|photo|picture)\b"
    r"|(?:the )?(?:image|photo|picture)s? (?:used )?(?:in|for|on) this (?:post|article|story)\b)",
    re.IGNORECASE,
)
# A credit that licenses the post's picture: "... used under a Creative Commons license."
_LICENCE_CREDIT = re.compile(
    r"\b(?:under|with) an? .{0,120}?\b(?:Creative Commons|CC BY).{0,40}?licen[cs]e\b", re.IGNORECASE
)
_MAX_CREDIT_WORDS = 15
# A line that only credits the post's thumbnail: "Thumbnail image: TB Joshua. Image source: scoan.org".
_CREDIT_LINE = re.compile(r"^(?:thumbnail|featured|header|cover) (?:image|photo|picture)\s*:", re.IGNORECASE)
_ONLY_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$")
_PODCAST = re.compile(r"\bpodcasts?\b", re.IGNORECASE)
_PODCAST_PLUG = re.compile(r"\b(?:episode|listen|subscribe|wherever you get|apple podcasts|spotify)\b", re.IGNORECASE)
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE = re.compile(r".+?(?:[.!?]+[\"”’)]*(?=\s|$)|$)")
_MIN_CAPS_WORDS = 4


def find_promos(body: str) -> list[Promo]:
    found: list[tuple[int, int, float]] = []
    for pattern, confidence in _INLINE:
        found.extend((*m.span(), confidence) for m in pattern.finditer(body))
    for match in _PARAGRAPH.finditer(body):
        start, end = _strip(body, *match.span())
        for inline_start, inline_end, _ in list(found):  # a leading date token does not make a line a promo
            if inline_start == start and inline_end <= end:
                start = _strip(body, inline_end, end)[0]
        if start >= end:
            continue
        confidence = _line_confidence(body[start:end])
        if confidence:
            found.append((start, end, confidence))
            continue
        for sentence in _SENTENCE.finditer(body, start, end):
            s_start, s_end = _strip(body, *sentence.span())
            confidence = _sentence_confidence(body[s_start:s_end])
            if confidence:
                found.append((s_start, s_end, confidence))
    return [Promo(body[s:e], s, e, c) for s, e, c in _merge(found)]


def mask_promos(body: str, promos: list[Promo]) -> str:
    """The body with promo text replaced by spaces (newlines kept), so offsets do not move."""
    chars = list(body)
    for promo in promos:
        for i in range(promo.start, promo.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _line_confidence(line: str) -> float:
    """A whole line that is not reporting: a web address alone, a podcast plug, another story's headline."""
    if _ONLY_ADDRESS.match(line):
        return 0.8
    if _PODCAST.search(line) and _PODCAST_PLUG.search(line):
        return 0.85
    if _CREDIT_LINE.match(line):
        return 0.8
    return 0.7 if _is_capitals_headline(line) else 0.0


def _sentence_confidence(sentence: str) -> float:
    if _SERIES_NOTE.match(sentence):
        return 0.9
    if _PLUG.match(sentence):
        return 0.85
    if _CREDIT_NOTE.match(sentence) and (
        len(sentence.split()) <= _MAX_CREDIT_WORDS or _LICENCE_CREDIT.search(sentence)
    ):
        return 0.75
    return 0.0


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


def _merge(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    merged: list[tuple[int, int, float]] = []
    for start, end, confidence in sorted(spans):
        if merged and start <= merged[-1][1]:
            previous = merged[-1]
            merged[-1] = (previous[0], max(end, previous[1]), max(confidence, previous[2]))
        else:
            merged.append((start, end, confidence))
    return merged
