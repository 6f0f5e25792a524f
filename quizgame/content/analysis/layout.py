"""The parts of an article that are not the report's own prose, known by their layout.

A photo's caption (its line credits a photo or a source), a subheading (a line of its own with no closing
punctuation, below the headline, perhaps numbered), a byline ("Chad Bouchard reports from Jakarta."), the
article's outlet telling what it did itself ("Wikinews caught up with Dr Martisius"), and an interview set as
a transcript ("((WN)) What prompted ...", "((Naomi Martisius)) Okay. ...") are not claims of the reporter,
and the words of a transcript are the speakers', not the reporter's. A link's language mark ("maintains [es]
that ...", "a report [pdf]") is layout too: the parser is spared it (mask_link_marks).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span

from quizgame.content.analysis.credits import CREDIT
from quizgame.content.analysis.outlets import same_outlet
from quizgame.content.analysis.quotes import QuoteIndex, find_quotes
from quizgame.content.analysis.reading import Reading

_BYLINE = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} (?:reports|writes) from [A-Z][\w ,.-]*\.?$")
_CLOSING = frozenset('.?!:"”’)')
_ENUMERATOR = re.compile(r"^\d{1,2}[.)]\s+")  # "5. Second wave of rumors flows in"
_SPEAKER_TAG = re.compile(r"^(?:\(\([^)\n]{1,40}\)\)|\*\*[^*\n]{1,40}\*\*\s*:|\[[^\]\n]{1,40}\]\s*:)", re.MULTILINE)
_MIN_TAGS = 3
_LINK_MARK = re.compile(r"(?<=\s)\[(?:[a-z]{2}(?:-[a-z]{2})?|pdf)\](?=[\s.,;:!?)])")


def mask_link_marks(text: str) -> str:
    """The text with the language marks of links outside quotations blanked (offsets kept), for the parser:
    "regrets [es] that the town hall ..., but asks" parses "[" as the subject and cuts the sentence in two.
    Inside a quotation a bracket is an editor's insertion ("[he] said"), part of the words."""
    marks = list(_LINK_MARK.finditer(text))
    if not marks:
        return text
    quotes = QuoteIndex(find_quotes(text))
    chars = list(text)
    for mark in marks:
        if quotes.containing(mark.start()) is None:
            chars[mark.start() : mark.end()] = " " * (mark.end() - mark.start())
    return "".join(chars)


def prose_confidence(reading: Reading, sentence: Span) -> float:
    """How surely the sentence is the report's prose (0..1); low for a caption (its line credits a photo or a source), a
    subheading (a line of its own with no closing punctuation, below the headline), a byline
    ("Chad Bouchard reports from Jakarta.")."""
    start = reading.text.rfind("\n", 0, sentence.start_char) + 1
    end = reading.text.find("\n", sentence.end_char)
    line = reading.text[start : end if end >= 0 else len(reading.text)].strip()
    if CREDIT.search(line) or _BYLINE.match(sentence.text) or _own_outlet_acts(reading, sentence):
        return 0.3
    if _about_the_piece(reading, sentence):
        return 0.3
    if in_transcript(reading, start):
        return 0.3
    own_line = _ENUMERATOR.sub("", line) == sentence.text.strip()
    if own_line and line[-1:] not in _CLOSING and reading.text[:start].strip():
        return 0.3
    return 1.0


def _own_outlet_acts(reading: Reading, sentence: Span) -> bool:
    """'Wikinews caught up with Dr Martisius to discuss ...': the article tells what its own outlet did."""
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    if subject is None or not reading.outlet:
        return False
    name = " ".join(t.text for t in subject.subtree)
    return subject.pos_ == "PROPN" and same_outlet(name, reading.outlet)


_THE_PIECE = frozenset(["post", "article"])


def _about_the_piece(reading: Reading, sentence: Span) -> bool:
    """'This post was sub-edited by Jane Ellis.', 'The thumbnail and featured image used in this post is by ...':
    a subject naming the piece itself (this post, this article) tells how the piece was made, a credit line
    (annotated as no category), not news. 'This story began in 2010' is the events, and 'he wrote this post' a
    blogger's post: only the main clause's subject counts, and only 'post' and 'article'."""
    subjects = [c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        t.lower_ in _THE_PIECE
        and any(d.dep_ == "det" and d.lower_ == "this" for d in t.children)
        and not reading.in_quote(t)
        for subject in subjects
        for t in subject.subtree
    )


def in_transcript(reading: Reading, line_start: int) -> bool:
    """An interview set as a transcript ("((WN)) What prompted ...", "((Naomi Martisius)) Okay. ..."): from
    the paragraph before the first speaker tag on, every line is a question or an answer, someone's words."""
    start = _transcript_start(reading.text)
    return start is not None and line_start >= start and line_start > 0


@functools.lru_cache(maxsize=32)
def _transcript_start(text: str) -> int | None:
    """Where the transcript begins, found once per article (every sentence asks)."""
    tags = list(_SPEAKER_TAG.finditer(text))
    if len(tags) < _MIN_TAGS:
        return None
    before = text.rfind("\n\n", 0, max(0, tags[0].start() - 2))
    return before + 2 if before >= 0 else 0
