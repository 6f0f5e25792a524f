"""Blockquoted lists: a quoted page's headings, links and list items are its content, not statements.

A post that quotes a page at length often copies its layout: an award's categories and winners ('> Best
Business Blog', '> http://...'), a contest's numbered steps ('> 1. Submissions'), the items of a list a
line opens ('... and want to:' then '> Syndicate their content'). Read line by line, each of these became a
statement by whoever introduced the blockquote. In a group of blockquoted lines under one introduction that
runs to a list (at least _LIST_LINES lines), a line with no verb once its links are set aside, a short numbered
heading, or a short subjectless item under a line ending in a colon says nothing of its own: at most the
passage's sentences are the source's, and a paragraph printing several lines of the list is the passage as a
whole. A one- or two-line quotation (a tweet, a slogan, 'Wow Banda congrats')
is left as it is, and so is a line that makes a sentence of its own.
"""

from __future__ import annotations

import re

from quizgame.content.analysis.reading import Reading

_QUOTE_LINE = re.compile(r"^[ \t]*>[ \t]?(.*)$", re.MULTILINE)
_URL = re.compile(r"(?:https?://|www\.)\S+")
# '1. Submissions', 'b) Voting', 'Step 2: Write', '- Share stories' (not 'A: ...', an interview's answer)
_NUMBERED = re.compile(r"^\s*(?:(?i:step|stage|round|part|phase)\s+\d{1,2}\s*[.):]|\d{1,2}[.)]|[a-z][.)]|[-*•])\s+\S")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
_LIST_LINES = 3  # lines in the group: fewer is a quotation, not a copied page
_HEADING_WORDS = 8  # a numbered line longer than this is a step told in a sentence
_ITEM_WORDS = 12


def page_content_lines(reading: Reading) -> set[tuple[int, int]]:
    """The spans (line content after '> ') of blockquoted lines that are a quoted page's layout, not statements."""
    result: set[tuple[int, int]] = set()
    for group in _groups(reading.text):
        if len(group) < _LIST_LINES:
            continue
        under_colon = False  # the line before opened a list ('... and want to:') or was an item of it
        for span in group:
            line = reading.text[span[0] : span[1]].strip()
            item = under_colon and _item(reading, span, line)
            if item or _verbless(reading, span) or _heading(line):
                result.add(span)
            under_colon = line.endswith(":") or item
    return result


def one_line_of_layout(reading: Reading, content: tuple[int, int], lines: set[tuple[int, int]]) -> bool:
    """The quoted words `content` are one blockquoted line, and it is page layout: one statement per line of a
    list is what this rules out. A block that prints several lines of a list as one paragraph ('> Best film: X'
    over '> Best director: Y') is already the passage as a whole, and stays the source's."""
    covered = [s for group in _groups(reading.text) for s in group if s[0] < content[1] and content[0] < s[1]]
    return len(covered) == 1 and covered[0] in lines


def _groups(text: str) -> list[list[tuple[int, int]]]:
    """Runs of non-blank blockquoted lines with only blank or '>' lines between them: one introduction's."""
    groups: list[list[tuple[int, int]]] = []
    previous_end = -1
    for match in _QUOTE_LINE.finditer(text):
        if not match.group(1).strip(" .[]…"):
            continue
        if previous_end < 0 or text[previous_end : match.start()].strip(" \t\n>"):
            groups.append([])
        groups[-1].append(match.span(1))
        previous_end = match.end()
    return groups


def _verbless(reading: Reading, span: tuple[int, int]) -> bool:
    """No verb once links are set aside: a heading, a category's name, a bare link, a logo's caption."""
    words = reading.doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None:
        return False
    links = [m.span() for m in _URL.finditer(reading.text, span[0], span[1])]
    kept = [t for t in words if not t.like_url and not any(s <= t.idx < e for s, e in links)]
    return not any(t.pos_ in ("VERB", "AUX") for t in kept)


def _heading(line: str) -> bool:
    """'2. Judges Choose the Best 5', '4. And the winner is…', 'Step 3: Readers vote': a short numbered or
    bulleted line that ends no sentence."""
    return bool(_NUMBERED.match(line)) and len(line.split()) <= _HEADING_WORDS + 1 and not _SENTENCE_END.search(line)


def _item(reading: Reading, span: tuple[int, int], line: str) -> bool:
    """'Syndicate their content' under '... and want to:': a short line with no subject of its own."""
    if len(line.split()) > _ITEM_WORDS or line.endswith(("?", "!")):
        return False
    words = reading.doc.char_span(span[0], span[1], alignment_mode="expand")
    return words is not None and not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in words)
