"""Which cue a quotation belongs to.

A quotation takes the cue after it in its own sentence ('"...," she said') or the cue before it
('She said: "..."'). A quotation that ends its sentence inside the closing mark ('..." Vatican
archbishop Charles Scicluna said, "...') does not take the next sentence's cue unless that cue
only closes the quotation ('"Are you sure?" Smith asked.'). Quotations joined by "and" after one
cue share it; a quotation after a colon belongs to the clause before the colon.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quizgame.content.analysis.cue_parts import Cue
from quizgame.content.analysis.quotes import Quote
from quizgame.content.analysis.reading import Reading

_SENTENCE_END = re.compile(r"[.!?]")
_CLOSED = re.compile(r"[.!?]\W*$")
_STOP = re.compile(r"[.!?]+")


def ends_sentence(reading: Reading, start: int, end: int) -> bool:
    """A sentence ends between two offsets: a full stop, question or exclamation mark of its own, or an
    abbreviation that ends a sentence ('after 2 a.m.'), not the point of a title or a number: '"...,"
    Assistant U.S. Attorney Nina Shah said', 'Sen. Tom Reed said: "..."', 'a $1.2 billion deal, he said'."""
    span = reading.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return bool(_SENTENCE_END.search(reading.text[start:end]))
    doc = reading.doc
    for token in span:
        if not start <= token.idx < end:
            continue
        if _STOP.fullmatch(token.text):
            return True
        if token.text.endswith(".") and token.i + 1 < len(doc) and doc[token.i + 1].is_sent_start:
            return True
    return False


def cue_after(quote: Quote, limit: int, cues: list[Cue], reading: Reading) -> Cue | None:
    paragraph = reading.paragraph_of(quote.start)
    text = reading.text
    closed = bool(_CLOSED.search(text[quote.start : quote.end]))
    for cue in cues:
        if quote.end <= cue.offset < limit and reading.paragraph_of(cue.offset) == paragraph:
            if ends_sentence(reading, quote.end, cue.offset):
                return None
            if closed and not _only_closes(cue, reading, quote):
                return None
            reports_after = cue.content is not None and cue.content[0] > cue.offset and cue.content[0] >= quote.end
            if reports_after and not _resumes(cue, text):
                return None  # '"aging leader" would die, with critics concluding that ...': the cue reports after it
            return cue
    return None


def _resumes(cue: Cue, text: str) -> bool:
    """'"Three months ago," he said, "I entered the race ..."': the content after the cue is the quotation's
    second half, opening right after the cue's comma, so the first half is the same speaker's too."""
    assert cue.content is not None
    between = text[cue.offset + len(cue.verb.text) : cue.content[0]]
    return between.rstrip().endswith(('"', "“")) and between.count(",") == 1 and "." not in between


def _only_closes(cue: Cue, reading: Reading, quote: Quote) -> bool:
    """'"Are you sure?" Smith asked.': the cue ends its sentence and governs nothing of its own (not
    '"... morning." As of Tuesday, 20 bodies had been recovered, according to Brown.')."""
    if cue.content is not None and (cue.content[0] > cue.offset or cue.content[0] >= quote.end):
        return False
    sentence = cue.verb.sent
    after = reading.text[cue.offset + len(cue.verb.text) : sentence.end_char]
    own = [
        c
        for c in cue.verb.children
        if c.i > cue.verb.i
        and c.dep_ in ("prep", "dobj", "ccomp", "xcomp", "advcl")
        and c is not cue.speaker
        and not (c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "during"))
    ]
    return not own and not any(mark in after for mark in ('"', "“", ":"))  # "The White House refers to ..." is new


def cue_before(quote: Quote, limit: int, cues: list[Cue], reading: Reading, shared: bool) -> Cue | None:
    """The cue before the quotation in its sentence; `shared`: the quotation follows another one of the
    same cue, joined to it by 'and' or a comma ('called it "null and void" and "ridiculous"')."""
    paragraph = reading.paragraph_of(quote.start)
    for cue in reversed(cues):
        if limit <= cue.offset < quote.start and reading.paragraph_of(cue.offset) == paragraph:
            reaches = cue.content is None or cue.content[1] >= quote.start - 2 or shared
            if not ends_sentence(reading, cue.offset, quote.start) and reaches:
                return _governing(cue, quote, cues) or cue
            return None
    return None


_MODIFIER_CLAUSES = ("advcl", "acl", "relcl")


def _governing(cue: Cue, quote: Quote, cues: list[Cue]) -> Cue | None:
    """'According to the prosecutor, the letter if written by him could help the case: "..."': a cue with no
    content of its own, in a clause that only modifies part of another cue's content, does not take the
    quotation that content runs up to; the cue whose content governs the clause before it does."""
    if cue.content is not None or cue.verb.dep_ not in _MODIFIER_CLAUSES:
        return None
    sentence = cue.verb.sent
    return next(
        (
            outer
            for outer in cues
            if outer is not cue
            and outer.verb.sent == sentence
            and outer.content is not None
            and outer.content[0] <= cue.offset < outer.content[1]
            and outer.content[1] >= quote.start - 2
        ),
        None,
    )


def joined(previous: Quote | None, quote: Quote, text: str) -> bool:
    """Two quotations with only 'and', 'or', 'as well as' or punctuation between them."""
    if previous is None:
        return False
    between = text[previous.end : quote.start].strip(" ,;").lower()
    return between in ("and", "or", "and a", "and an", "as well as", "and as", "and called it", "")


def colon_speaker(quote: Quote, reading: Reading) -> Token | None:
    """'Tilburg disagreed with these findings: "The existence of ..."': the clause before the colon speaks."""
    text = reading.text
    before = text[: quote.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    token = reading.token_at(colon)
    if token is None or reading.paragraph_of(colon) < reading.paragraph_of(quote.start) - 1:
        return None
    subjects = [
        t
        for t in token.sent
        if t.idx < colon and t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN", "PRON") and not reading.in_quote(t)
    ]
    # the misparse of a long name before a colon gives several subjects: a person's name first
    return next((t for t in subjects if t.ent_type_ == "PERSON"), subjects[0] if subjects else None)


def statement_before_colon(reading: Reading, cue: Cue, quote: Quote) -> int | None:
    """'According to the prosecutor, the letter could help the case: "..."': a finite clause with its subject
    that the cue reports before a colon is a statement besides the quotation the colon introduces (an object,
    'outlined the results: "..."', only names the topic); where the clause ends."""
    if cue.weak or cue.content is None or not cue.content[0] < quote.start < cue.content[1]:
        return None
    before = reading.text[cue.content[0] : quote.start].rstrip()
    if not before.endswith(":") or '"' in before or "“" in before:
        return None
    end = cue.content[0] + len(before) - 1
    clause = reading.doc.char_span(cue.content[0], end, alignment_mode="contract")
    verb = next((t for t in clause or [] if t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
    subject = verb is not None and any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in clause if t.i < verb.i)
    return end if subject else None
