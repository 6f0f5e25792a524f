"""The words of a question: an article's words with their offsets, and text made to read well in a
prompt or a choice (cut at a word boundary, quotation marks nested, names displayed)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Characters trimmed from the edges of a word so that a tap on "zone." or “cop picks the word itself.
_EDGE_PUNCTUATION = "\"'“”‘’«».,;:!?()[]{}…—–-*"
_QUOTES = '"“”'
# A dateline opening a story ("WASHINGTON, D.C. — "): the place it was filed from, not the statement.
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}\s[—–-]+\s")


@dataclass(frozen=True)
class Word:
    text: str
    start: int  # offsets into the article body
    end: int


def words(body: str, start: int, end: int) -> list[Word]:
    """The words of body[start:end] in order, with surrounding punctuation trimmed."""
    found: list[Word] = []
    for match in re.finditer(r"\S+", body[start:end]):
        token = match.group()
        left = len(token) - len(token.lstrip(_EDGE_PUNCTUATION))
        right = len(token.rstrip(_EDGE_PUNCTUATION))
        if left >= right:
            continue
        found.append(Word(token[left:right], start + match.start() + left, start + match.start() + right))
    return found


def word_count(text: str) -> int:
    return len(text.split())


def clip(text: str, limit: int = 90) -> str:
    """A quotation short enough for a prompt, cut at a word boundary, its own outer marks dropped and
    inner marks made single, so that it reads cleanly inside the prompt's quotation marks; a bracket it
    opens is closed."""
    text = _DATELINE.sub("", text.strip())
    return inner(brackets_closed(shorten(outer_marks_dropped(text), limit).rstrip(",")))


def outer_marks_dropped(text: str) -> str:
    """`text` without the quotation marks around it: a lone mark at either end (the other one cut off), or
    the two ends' marks when they are the only ones. A mark at the start that closes inside the text is
    kept with its pair when more words follow it than it holds: '"changes in the fault line" from April's
    quake, caused ...' lost its opening mark and read "changes in the fault line' from April's quake ..." (a
    teacher's reading of reading10); a quotation followed by the reporter's shorter tag ('"...," the
    director said.') is the quoted words alone."""
    text = text.strip().rstrip(",;: ")
    marks = [at for at, c in enumerate(text) if c in _QUOTES]
    if len(marks) == 1 and marks[0] in (0, len(text) - 1):
        return text.strip(_QUOTES + " ")
    if len(marks) == 2 and marks == [0, len(text) - 1]:
        return text[1:-1].strip()
    if len(marks) == 2 and marks[0] == 0:
        quoted, after = text[1 : marks[1]], text[marks[1] + 1 :]
        if len(quoted.split()) >= len(after.split()):
            # the quotation, then the reporter's tag ('"The Voice of America is saddened," the director said.'):
            # the quoted words alone
            return quoted.strip()
    return text


def brackets_closed(text: str) -> str:
    """`text` with a bracket it opens and does not close closed at its end: "the earthquake occurred at
    16:53 local time (2353 UTC" was a statement cut before its closing bracket (reading10)."""
    for opening, closing in ("()", "[]"):
        missing = text.count(opening) - text.count(closing)
        if missing > 0:
            text = text.rstrip() + closing * missing
    return text


def shorten(text: str, limit: int = 200) -> str:
    """A line short enough for a choice, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return closed(text)
    return closed(text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …")


def closed(text: str) -> str:
    """`text` with a quotation it opens and does not close closed at its end ('wrote "It is with profound
    sadness ... this evening.' cut from a quotation of three sentences; an excerpt stopping inside one):
    an open mark left a student unsure where the quoted words stop (reading3's Boseman items)."""
    opening = None
    for at, mark in enumerate(text):
        if mark == "“" or (mark == '"' and opening is None and (at == 0 or text[at - 1] in " ([—-'‘")):
            opening = mark
        elif mark in '"”' and opening is not None:
            opening = None
    if opening is None:
        return text
    end = "" if text.rstrip().endswith("…") else " …"
    return text.rstrip() + end + ("”" if opening == "“" else '"')


def inner(text: str) -> str:
    """Double quotation marks inside a quotation become single ones."""
    return text.translate(str.maketrans({'"': "'", "“": "‘", "”": "’"}))


def nested(text: str) -> str:
    """`text` ready to sit inside our own double quotation marks: its marks become single ones when
    they pair up, or when one touches our own (students read '""I'm standing ...""', issue 16: 9).
    A sentence cut from a longer quotation keeps its odd marks: made single, they would look like
    apostrophes."""
    touching = text[:1] in QUOTE_MARKS or text[-1:] in QUOTE_MARKS
    return inner(text) if touching or _paired(text) else text


QUOTE_MARKS = '"“”'


def _paired(text: str) -> bool:
    """Every mark opens (after a space or at the start) and closes in turn."""
    opening = True
    for at, mark in enumerate(text):
        if mark not in QUOTE_MARKS:
            continue
        starts = at == 0 or text[at - 1] in " ([—-"
        if mark == "“" or (mark == '"' and opening):
            if not (opening and starts and mark != "”"):
                return False
        elif mark == "”" and opening:
            return False
        opening = not opening
    return opening


def window(body: str, start: int, end: int, span_start: int, span_end: int, reach: int = 7) -> str:
    """A few words either side of body[span_start:span_end], within the sentence body[start:end],
    with the text's own spacing and punctuation."""
    before = [m.start() for m in re.finditer(r"\S+", body[start:span_start])]
    after = [m.end() for m in re.finditer(r"\S+", body[span_end:end])]
    left = start + before[-reach] if len(before) > reach else start
    right = span_end + after[reach - 1] if len(after) > reach else end
    text = " ".join(body[left:right].split())
    return closed(("… " if left > start else "") + text + (" …" if right < end else ""))


def display_name(name: str) -> str:
    """ "one protester" as a choice reads "One protester"."""
    name = " ".join(name.split())
    return name[:1].upper() + name[1:]


def surname(name: str) -> str:
    """Who a name refers to across mentions: "Jenny Durkan", "Mayor Durkan" and "Durkan" agree."""
    parts = name.lower().split()
    return parts[-1] if parts else ""
