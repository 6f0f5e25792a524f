"""Quotations with no cue in their own sentence: the speaker comes from around them. After a colon, the
clause before it speaks ('Tilburg disagreed: "..."'); standing alone after a sentence that reports a
statement, that statement's speaker ('X revealed that ... "We are talking to NBC."'); else the previous
quotation's speaker continues, in its paragraph or from the paragraph before when it opens its own.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from quizgame.content.analysis.cue_parts import CLAUSE_HEADS, Cue, subject_of
from quizgame.content.analysis.cue_phrases import source_behind
from quizgame.content.analysis.found import Found, clean_quote, make_found, quoted_share
from quizgame.content.analysis.in_documents import is_document_noun
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.model import Attribution
from quizgame.content.analysis.quote_links import colon_speaker
from quizgame.content.analysis.quotes import Quote
from quizgame.content.analysis.reading import Reading, same_token
from quizgame.content.analysis.speakers import People

_CONTINUED = 0.8  # a quotation continuing the previous speaker in its paragraph
_NEXT_PARAGRAPH = 0.65  # ... or from the paragraph before
_COLON = 0.65  # a quotation after a colon, its speaker the clause's subject
_PREVIOUS_SENTENCE = 0.75
_RESPONSES = frozenset(
    "reaction response reply answer".split()
)  # 'the reaction from X was swift: "..."'  # a quotation standing alone after a sentence that reports its speaker


def after_colon(reading: Reading, people: People, lexicon: Lexicon, quote: Quote, cues: list[Cue]) -> Found | None:
    """'Rosa Diaz was quick to respond: "..."'; 'The statement from the White House was short: "..."' is the
    White House's, delivered in a document; 'The reaction from the opposition was swift:' the opposition's."""
    subject = colon_speaker(quote, reading)
    if subject is None:
        return None
    verb = subject.head
    source = source_behind(subject, lexicon)
    if same_token(source, subject) and subject.lemma_.lower() in _RESPONSES:
        source = next(
            (o for c in subject.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children), subject
        )
    cue = Cue(verb, verb.text, source, None, weak=False)
    cue.in_document = not same_token(source, subject) and is_document_noun(subject, lexicon)
    return make_found(
        reading, people, lexicon, cue, quote.inner, direct=True, extra=(quote.start, quote.end), link=_COLON
    )


def previous_sentence(
    reading: Reading, people: People, lexicon: Lexicon, quote: Quote, cues: list[Cue], found: list[Found]
) -> Found | None:
    """'X revealed that a reboot is considered. "We are talking to NBC."': a quotation that is a sentence of
    its own, with no cue, continues the statement of the sentence just before it in its paragraph, unless
    a quotation of someone's came later (then it continues that, see continuation)."""
    sentence = _sentence_at(reading, quote.start)
    if sentence is None or reading.text[sentence.start_char : quote.start].strip():
        return None
    paragraph_start = reading.paragraph_starts[reading.paragraph_of(quote.start)]
    before = [
        c
        for c in cues
        if paragraph_start <= c.offset < sentence.start_char
        and c.speaker is not None
        and not reading.quotes.containing(c.offset)
    ]
    if not before:
        return None
    cue = before[-1]
    if reading.text[cue.verb.sent.end_char : sentence.start_char].strip():
        return None  # only the sentence right before
    if found and found[-1].attribution.start >= cue.verb.sent.start_char:
        return None
    return make_found(
        reading, people, lexicon, cue, quote.inner, direct=True, extra=(quote.start, quote.end), link=_PREVIOUS_SENTENCE
    )


# Verbs that put a person before an audience without a verb of saying: the quotation that follows is theirs.
_ADDRESSING = frozenset("speak talk address respond reply react testify appear brief weigh".split())
_ADDRESSED = 0.7  # a quotation after a sentence in which its speaker addresses someone


def after_addressing(
    reading: Reading, people: People, lexicon: Lexicon, quote: Quote, found: list[Found]
) -> Found | None:
    """'Police chief Mark Stone spoke to reporters on Tuesday. "We have arrested three men."': a quotation that
    is a sentence of its own, right after a sentence in its paragraph whose subject speaks, talks to or
    addresses someone, is that subject's (unless a quotation of someone's came in between)."""
    sentence = _sentence_at(reading, quote.start)
    if sentence is None or sentence.start == 0 or reading.text[sentence.start_char : quote.start].strip():
        return None
    before = reading.doc[sentence.start - 1].sent
    if reading.paragraph_of(before.start_char) != reading.paragraph_of(quote.start):
        return None
    if found and found[-1].attribution.start >= before.start_char or reading.quotes.containing(before.root.idx):
        return None
    root = before.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_.lower() not in _ADDRESSING or subject is None or any(c.dep_ == "neg" for c in root.children):
        return None
    cue = Cue(root, root.text, subject, None, weak=False)
    return make_found(
        reading, people, lexicon, cue, quote.inner, direct=True, extra=(quote.start, quote.end), link=_ADDRESSED
    )


def after_quoted_statement(
    reading: Reading, people: People, lexicon: Lexicon, quote: Quote, cues: list[Cue], found: list[Found]
) -> Found | None:
    """'With "Abe, I wanted accuracy," Chapman told us. The costume "is very warm [...]"': a quotation with no cue
    after a statement of its paragraph that quotes someone (the quotation inside that statement's content)
    continues that speaker's words."""
    paragraph = reading.paragraph_of(quote.start)
    before = [
        c
        for c in cues
        if c.content is not None
        and c.speaker is not None
        and c.content[1] <= quote.start
        and reading.paragraph_of(c.offset) == paragraph
        and quoted_share(reading, c.content) > 0
    ]
    if not before:
        return None
    cue = before[-1]
    if found and found[-1].attribution.start >= min(cue.offset, cue.content[0]):
        return None  # a quotation linked since speaks last (continuation)
    if any(cue.offset < c.offset < quote.start and c.speaker is not None for c in cues):
        return None
    if _other_clause(reading, cue, quote):
        return None
    return make_found(
        reading, people, lexicon, cue, quote.inner, direct=True, extra=(quote.start, quote.end), link=_CONTINUED
    )


def _other_clause(reading: Reading, cue: Cue, quote: Quote) -> bool:
    """'While banners read "We are all Greeks", the city remained "under siege"': in the cue's own sentence, a
    quotation in a clause with a subject of its own, which the cue's subordinate clause only sets the scene
    for, is not the cue's."""
    span = reading.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.sent != cue.verb.sent:
        return False
    clause = span.root
    while clause.dep_ not in CLAUSE_HEADS and clause.head.i != clause.i:
        clause = clause.head
    if cue.verb in (clause, *clause.ancestors) or cue.verb.dep_ != "advcl":
        return False
    subject = subject_of(clause)
    return subject is not None and subject is not cue.speaker and not reading.in_quote(subject)


def runs_on(reading: Reading, quote: Quote, next_start: int) -> bool:
    """A quotation left open at its paragraph's end and taken up by a quotation opening the next paragraph: the
    convention for one quotation over several paragraphs, whose cue may come only in the last."""
    text = reading.text
    if text[quote.end - 1 : quote.end] in ('"', "”") or not text.startswith("\n\n", quote.end):
        return False
    return next_start < len(text) and not text[quote.end : next_start].strip()


def carried_back(reading: Reading, made: Found, waiting: list[Quote]) -> list[Found]:
    """The earlier paragraphs of a quotation over several, under the speaker its last paragraph's cue gives."""
    result = []
    for quote in waiting:
        start, end = quote.inner
        attribution = replace(
            made.attribution,
            quote=clean_quote(reading.body[start:end]),
            start=quote.start,
            end=quote.end,
            sentence_start=quote.start,
            sentence_end=quote.end,
            confidence=round(made.attribution.confidence * _NEXT_PARAGRAPH, 2),
        )
        result.append(Found(attribution, (start, end), made.via_outlet, made.cue))
    return result


def _sentence_at(reading: Reading, offset: int) -> Span | None:
    token = reading.token_at(offset)
    return token.sent if token is not None else None


def continuation(reading: Reading, found: list[Found], quote: Quote) -> Found | None:
    """'"...," she said. "More words."' The second quotation is still hers."""
    if not found:
        return None
    last = found[-1]
    paragraph = reading.paragraph_of(quote.start)
    last_paragraph = reading.paragraph_of(last.attribution.start)
    opens_paragraph = reading.paragraph_starts[paragraph] >= quote.start - 1
    if last_paragraph != paragraph and not (last_paragraph == paragraph - 1 and opens_paragraph):
        return None
    start, end = quote.inner
    previous = last.attribution
    link = _CONTINUED if last_paragraph == paragraph else _NEXT_PARAGRAPH
    attribution = Attribution(
        speaker=previous.speaker,
        speaker_kind=previous.speaker_kind,
        cue=previous.cue,
        quote=clean_quote(reading.body[start:end]),
        direct=True,
        start=quote.start,
        end=quote.end,
        sentence_start=quote.start,
        sentence_end=quote.end,
        confidence=round(previous.confidence * link, 2),
    )
    return Found(attribution, (start, end), last.via_outlet, last.cue)


_WOVEN = 0.6  # a quotation woven into a sentence about a person, with no verb of saying
_WOVEN_WORDS = 5  # shorter, it is a phrase the reporter borrows ('a "bridge to the north"')


def woven(reading: Reading, people: People, lexicon: Lexicon, quote: Quote) -> Found | None:
    """'She typically chooses "to portray beloved characters from childhood."': a quotation inside a sentence
    whose subject is a person, with no cue, gives that person's words (a partial quotation)."""
    sentence = _sentence_at(reading, quote.start)
    before = reading.text[sentence.start_char : quote.start].rstrip() if sentence is not None else ""
    if not before or before.endswith("(") or len(reading.text[quote.start : quote.end].split()) < _WOVEN_WORDS:
        return None  # a quotation opening its sentence stands on its own; one in brackets names a thing's words
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < quote_token(reading, quote)), None)
    if subject is None or not _person(subject):
        return None
    cue = Cue(root, root.text, subject, None, weak=False)
    return make_found(
        reading, people, lexicon, cue, quote.inner, direct=True, extra=(quote.start, quote.end), link=_WOVEN
    )


def quote_token(reading: Reading, quote: Quote) -> int:
    span = reading.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return span.start if span is not None else len(reading.doc)


def _person(token: Token) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she")
    return token.pos_ == "PROPN" and token.ent_type_ == "PERSON"
