"""Attributions: every direct quotation and reported statement, with its speaker, cue and confidence.

Quotations are tied to a cue by quote_links.py; a quotation with no cue of its own continues the
previous speaker in the paragraph (or the previous paragraph, when it opens its paragraph), or
belongs to the clause before a colon. Reported speech is the content a cue governs. A short quoted
term ("called it "a non-starter"") is what a cue says when it stands in that cue's content; a
quoted name or a capitalised title is not speech.

Confidence multiplies how surely the cue attributes (a statement over a belief), how surely the
speaker was resolved (a name over a title, a title over a pronoun) and how the quotation was linked
(its own sentence over a continuation or a colon).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from quizgame.content.analysis.blockquotes import Quoted, find_blocks, quoted_blocks, within
from quizgame.content.analysis.coreference import Resolved, resolve
from quizgame.content.analysis.cues import Cue, find_cues
from quizgame.content.analysis.interviews import find_turns
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.model import Attribution
from quizgame.content.analysis.quote_links import colon_speaker, cue_after, cue_before, joined
from quizgame.content.analysis.quotes import Quote
from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.speakers import People

_MIN_QUOTE_WORDS = 3
_DIRECT_SHARE = 0.8
_CONTINUED = 0.8        # a quotation continuing the previous speaker in its paragraph
_NEXT_PARAGRAPH = 0.65  # ... or from the paragraph before
_COLON = 0.65           # a quotation after a colon, its speaker the clause's subject
_SHORT_QUOTE = 0.75     # a weak cue with a short quoted term
_PREVIOUS_SENTENCE = 0.75  # a quotation standing alone after a sentence that reports its speaker


@dataclass(frozen=True)
class Found:
    attribution: Attribution
    content: tuple[int, int]
    via_outlet: str | None
    cue: Cue


def find_attributions(reading: Reading, people: People, lexicon: Lexicon) -> list[Found]:
    cues = find_cues(reading, lexicon, {p.surname for p in people.people})
    text = reading.text
    quotes = [q for q in reading.quotes.quotes if not _embedded(q, cues, text) and _is_speech(text, q)]
    found: list[Found] = []
    used: set[int] = set()
    for index, quote in enumerate(quotes):
        previous = quotes[index - 1] if index else None
        next_start = quotes[index + 1].start if index + 1 < len(quotes) else len(text)
        shared = joined(previous, quote, text)
        limit = 0 if shared else (previous.end if previous else 0)
        cue = cue_after(quote, next_start, cues, reading) or cue_before(quote, limit, cues, reading, shared)
        made: Found | None = None
        if cue is not None:
            if cue.content is None or cue.content[1] > quote.start:
                used.add(cue.verb.i)  # a cue whose own clause ends before the quotation also reports it
            made = _make(reading, people, lexicon, cue, quote.inner, direct=True, extra=(quote.start, quote.end))
        if made is None:
            made = _after_colon(reading, people, lexicon, quote, cues)
        if made is None:
            made = _previous_sentence(reading, people, lexicon, quote, cues, found)
        if made is None:
            made = _continuation(reading, found, quote)
        if made is not None:
            found.append(made)
    for cue in cues:
        if cue.verb.i in used or cue.content is None:
            continue
        if cue.strength < 1.0 and _nested(cue, cues):
            continue
        share = _quoted_share(reading, cue.content)
        naming = cue.verb.lemma_.lower() in lexicon.naming_cues
        if cue.weak and not _holds_quoted_term(reading, cue, short=naming):
            continue
        if share >= _DIRECT_SHARE and _covered(cue.content, found):
            continue
        made = _make(reading, people, lexicon, cue, cue.content, direct=share >= _DIRECT_SHARE, extra=None,
                     link=_SHORT_QUOTE if cue.weak else 1.0)
        if made is not None:
            found.append(made)
            found.extend(_cited_sources(reading, people, lexicon, cue))
    found = _blockquoted(reading, people, lexicon, cues, found)
    found.extend(_interview_answers(reading, people))
    return sorted(found, key=lambda f: f.attribution.start)


def _interview_answers(reading: Reading, people: People) -> list[Found]:
    """A transcript's answers, each under its speaker's label ("Porter: The city has neglected ...")."""
    result = []
    for turn in find_turns(reading, people):
        start, end = turn.content
        span = reading.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        cue = Cue(span[0], "interview", None, turn.content, weak=False)
        attribution = Attribution(turn.speaker, "named", cue.text, _clean(reading.body[start:end]), True, start, end,
                                  start, end, confidence=turn.link)
        result.append(Found(attribution, turn.content, None, cue))
    return result


def _blockquoted(reading: Reading, people: People, lexicon: Lexicon, cues: list[Cue], found: list[Found]) -> list[Found]:
    """Blockquotes replace what was linked into them from outside; words quoted inside them stay nested."""
    blocks = find_blocks(reading.text)
    if not blocks:
        return found
    kept = [f for f in found if not within(blocks, f.attribution.start) or within(blocks, f.cue.verb.idx)]
    quoted_all = quoted_blocks(reading, cues)
    introducing = {q.cue.verb.i for q in quoted_all if q.cue is not None}
    # "X wrote about the case:" / "X described the consequences:": the introduction's object is only
    # the topic of the blockquote below, not a statement of its own; a clause ("predicts that ...") is
    kept = [f for f in kept if f.attribution.direct or f.cue.verb.i not in introducing or _has_clause(f.cue)]
    for quoted in quoted_all:
        if quoted.handle is not None:
            start, end = quoted.content
            kind = "social_media"
            attribution = Attribution(quoted.handle, kind, quoted.cue.text, quoted.quote, True, start, end,
                                      start, end, confidence=quoted.link)
            kept.append(Found(attribution, quoted.content, None, quoted.cue))
            continue
        if quoted.cue is None:
            topic = _about(reading, people, lexicon, kept, quoted)
            if topic is not None:
                kept.append(topic)
            continue
        made = _make(reading, people, lexicon, quoted.cue, quoted.content, direct=True, extra=None, link=quoted.link)
        if made is None:
            continue
        kind = "social_media" if quoted.social else made.attribution.speaker_kind
        start, end = quoted.content
        attribution = replace(made.attribution, quote=quoted.quote, speaker_kind=kind, start=start, end=end)
        kept.append(Found(attribution, quoted.content, None, quoted.cue))  # an introduction's outlet is its topic
    return kept


def _about(reading: Reading, people: People, lexicon: Lexicon, found: list[Found], quoted: Quoted) -> Found | None:
    """A blockquote no cue introduces: the words of whoever the paragraph before quoted last ('..." she
    explained.' then '> ...'), else of the person its last sentence is about ('Desi is one of the victims')."""
    intro = quoted.intro
    if intro is None:
        return None
    first = reading.paragraph_starts[reading.paragraph_of(intro.start_char)]
    start, end = quoted.content
    words = reading.doc.char_span(start, end, alignment_mode="expand")
    if words is None or not len(words):
        return None
    cue = Cue(words[0], "blockquote", None, quoted.content, weak=False)  # the intro is not the statement
    earlier = [f for f in found if first <= f.attribution.start < intro.end_char and f.attribution.speaker_kind == "named"]
    if earlier:
        speaker = earlier[-1].attribution.speaker
    else:
        named = [p for at, p in people.mentions if intro.start_char <= at < intro.end_char and at in people.subjects]
        subject = next((t for t in intro if t.dep_ == "nsubj" and t.pos_ == "PROPN"), None)
        resolved = resolve(subject, people, lexicon) if subject is not None and not named else None
        if not named and resolved is None:
            return None   # a scene with no one in it ('The protesters walk past ...') speaks nothing
        speaker = named[0].name if named else resolved.name
    attribution = Attribution(speaker, "named", cue.text, quoted.quote, True, start, end, start, end,
                              confidence=quoted.link)
    return Found(attribution, quoted.content, None, cue)


def _has_clause(cue: Cue) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp") for c in cue.verb.children)


def _cited_sources(reading: Reading, people: People, lexicon: Lexicon, cue: Cue) -> list[Found]:
    """'Reuters, citing anonymous sources, reported ...': the sources said it too (a nested source)."""
    result = []
    for child in cue.verb.children:
        if child.lemma_.lower() != "cite" or child.dep_ not in ("advcl", "xcomp", "conj"):
            continue
        for source in (c for c in child.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.anonymous_nouns):
            nested = Cue(cue.verb, f"{cue.text}, citing", source, cue.content, weak=False, strength=0.8)
            assert cue.content is not None
            made = _make(reading, people, lexicon, nested, cue.content, direct=False, extra=None)
            if made is not None:
                result.append(made)
    return result


def _is_speech(text: str, quote: Quote) -> bool:
    """Words someone said, not a quoted name ("Capitol Hill Autonomous Zone") or a scare-quoted term."""
    words = text[quote.start : quote.end].strip("\"“”.,!? ").split()
    if len(words) < _MIN_QUOTE_WORDS:
        return False
    return not _title_case(words)


def _title_case(words: list[str]) -> bool:
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalised / len(words) >= 0.75


def _embedded(quote: Quote, cues: list[Cue], text: str) -> bool:
    """A quoted term inside reported content ('had "solid information..."') belongs to that content."""
    for cue in cues:
        if cue.content is None:
            continue
        start, end = cue.content
        if start <= quote.start + 1 and not text[end : quote.end].strip(" .,!?”\"'’"):
            outside = len(text[start:quote.start].strip(" “\"")) + len(text[quote.end:end].strip(" .,”\"'’"))
            if outside > 0:
                return True
    return False


def _after_colon(reading: Reading, people: People, lexicon: Lexicon, quote: Quote, cues: list[Cue]) -> Found | None:
    subject = colon_speaker(quote, reading)
    if subject is None:
        return None
    verb = subject.head
    cue = Cue(verb, verb.text, subject, None, weak=False)
    return _make(reading, people, lexicon, cue, quote.inner, direct=True, extra=(quote.start, quote.end), link=_COLON)


def _previous_sentence(
    reading: Reading, people: People, lexicon: Lexicon, quote: Quote, cues: list[Cue], found: list[Found]
) -> Found | None:
    """'X revealed that a reboot is considered. "We are talking to NBC."': a quotation that is a sentence of
    its own, with no cue, continues the statement of the sentence just before it in its paragraph, unless
    a quotation of someone's came later (then it continues that, see _continuation)."""
    sentence = _sentence_at(reading, quote.start)
    if sentence is None or reading.text[sentence.start_char : quote.start].strip():
        return None
    paragraph_start = reading.paragraph_starts[reading.paragraph_of(quote.start)]
    before = [c for c in cues if paragraph_start <= c.offset < sentence.start_char and c.speaker is not None
              and not reading.quotes.containing(c.offset)]
    if not before:
        return None
    cue = before[-1]
    if reading.text[cue.verb.sent.end_char : sentence.start_char].strip():
        return None   # only the sentence right before
    if found and found[-1].attribution.start >= cue.verb.sent.start_char:
        return None
    return _make(reading, people, lexicon, cue, quote.inner, direct=True, extra=(quote.start, quote.end),
                 link=_PREVIOUS_SENTENCE)


def _sentence_at(reading: Reading, offset: int):  # type: ignore[no-untyped-def]
    span = reading.doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0].sent if span is not None and len(span) else None


def _continuation(reading: Reading, found: list[Found], quote: Quote) -> Found | None:
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
        quote=_clean(reading.body[start:end]),
        direct=True,
        start=quote.start,
        end=quote.end,
        sentence_start=quote.start,
        sentence_end=quote.end,
        confidence=round(previous.confidence * link, 2),
    )
    return Found(attribution, (start, end), last.via_outlet, last.cue)


def _make(
    reading: Reading,
    people: People,
    lexicon: Lexicon,
    cue: Cue,
    content: tuple[int, int],
    direct: bool,
    extra: tuple[int, int] | None,
    link: float = 1.0,
) -> Found | None:
    if cue.speaker is None:
        return None
    resolved: Resolved | None = resolve(cue.speaker, people, lexicon)
    if resolved is None:
        return None
    kind = cue.kind_hint if cue.kind_hint is not None else resolved.kind
    sentence = cue.verb.sent
    start = min(content[0], cue.speaker.left_edge.idx if cue.speaker.sent == sentence else sentence.start_char, cue.offset)
    end = max(content[1], cue.offset + len(cue.verb.text))
    if extra is not None:
        start, end = min(start, extra[0]), max(end, extra[1])
    attribution = Attribution(
        speaker=resolved.name.strip(),
        speaker_kind=kind,
        cue=cue.text,
        quote=_clean(reading.body[content[0] : content[1]]),
        direct=direct,
        start=start,
        end=end,
        sentence_start=min(start, sentence.start_char),
        sentence_end=max(end, sentence.end_char),
        confidence=round(max(0.05, min(1.0, cue.strength * resolved.certainty * link)), 2),
    )
    return Found(attribution, content, cue.via_outlet, cue)


def _quoted_share(reading: Reading, span: tuple[int, int]) -> float:
    start, end = span
    if end <= start:
        return 0.0
    inside = 0
    for quote in reading.quotes.quotes:
        overlap = min(end, quote.end) - max(start, quote.start)
        if overlap > 0:
            inside += overlap
    return inside / (end - start)


def _holds_quoted_term(reading: Reading, cue: Cue, short: bool) -> bool:
    """A quotation in the cue's own content that is words someone used: a sentence or, after a verb of
    naming, a short term ("called it "unexpected""); not a quoted title ("the "Capitol Hill Autonomous
    Zone"") nor a quotation in a clause with a speaker of its own ("..., which Ross called "a stunt"")."""
    text = reading.text
    span = cue.content
    assert span is not None
    for quote in reading.quotes.quotes:
        if not span[0] <= quote.start < span[1] or _own_clause(reading, cue, quote):
            continue
        words = text[quote.start : quote.end].strip("\"“”.,!? ").split()
        if words and (short and len(words) < _MIN_QUOTE_WORDS and words[0][:1].islower() or _is_speech(text, quote)):
            return True
    return False


def _own_clause(reading: Reading, cue: Cue, quote: Quote) -> bool:
    span = reading.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span[len(span) // 2]
    while token.i != cue.verb.i and token.head.i != token.i:
        if token.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in token.children):
            return True
        token = token.head
    return False


def _nested(cue: Cue, cues: list[Cue]) -> bool:
    """'claimed the current results show that ...': the showing is part of what was claimed."""
    return any(o is not cue and o.content is not None and o.content[0] <= cue.offset < o.content[1] for o in cues)


def _covered(span: tuple[int, int], found: list[Found]) -> bool:
    return any(f.attribution.start <= span[0] and span[1] <= f.attribution.end for f in found)


def _clean(text: str) -> str:
    return text.strip().strip("\"“”").strip().rstrip(",").strip()
