"""One attribution as the finders build it: the record, its content span, the outlet it came through and
its cue, and the one place that turns a cue and its content into an Attribution (resolving the speaker and
multiplying the confidences: how surely the cue attributes, the speaker was resolved, the quotation linked).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from quizgame.content.analysis.coreference import resolve
from quizgame.content.analysis.cue_parts import Cue
from quizgame.content.analysis.described_kinds import described_kind, written_in_blog
from quizgame.content.analysis.in_documents import delivered_in_document
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.model import Attribution
from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.resolved import Resolved
from quizgame.content.analysis.source_openers import opener_source_words
from quizgame.content.analysis.speakers import People
from quizgame.content.analysis.voice import english
from quizgame.content.analysis.whole_names import whole_name

_SPEAKING = ("named", "organization", "anonymous")  # kinds a document they issued stands in for
_NAMED_KINDS = ("named", "social_media", "outlet", "organization")  # speakers by name, not by description
_UNNAMED = 0.7  # a source the text implies but does not name ("unnamed accusers")


@dataclass(frozen=True)
class Found:
    attribution: Attribution
    content: tuple[int, int]
    via_outlet: str | None
    cue: Cue


def make_found(
    reading: Reading,
    people: People,
    lexicon: Lexicon,
    cue: Cue,
    content: tuple[int, int],
    direct: bool,
    extra: tuple[int, int] | None,
    link: float = 1.0,
) -> Found | None:
    resolved: Resolved | None
    if cue.speaker is not None and not _may_speak(cue.speaker):
        return None
    words = reading.doc.char_span(content[0], content[1], alignment_mode="expand")
    if words is not None and not english(cue.verb.sent) and not english(words):
        return None  # words in another language under a cue in that language: the original of a translation
    if cue.speaker is not None:
        resolved = _opener_source(cue, lexicon) or resolve(cue.speaker, people, lexicon)
    else:  # "was accused of ...": no one named, but someone accused
        resolved = Resolved(cue.unnamed, "anonymous", _UNNAMED) if cue.unnamed else None
    if resolved is None:
        return None
    kind = cue.kind_hint if cue.kind_hint is not None else resolved.kind
    # 'a reader' posts, 'a spokesperson' speaks for a body, and so does the 'she' that stands for her
    kind = described_kind(resolved.antecedent or cue.speaker, kind) or kind
    if written_in_blog(cue, kind, lexicon):  # 'Raihan wrote in his blog': named, though Twitter is near
        # a body named by a common noun ('The company said in a blog post') stays a body; a name the tagger calls
        # an organisation ('Raihan wrote in his blog') is the blogger
        kind = "organization" if resolved.kind == "organization" and cue.speaker.pos_ == "NOUN" else "named"
    if kind in _SPEAKING and (cue.in_document or delivered_in_document(cue.verb, lexicon)):
        kind = "document"  # "X said in a statement": the source is the statement
    sentence = cue.verb.sent
    speaker_at = (
        cue.speaker.left_edge.idx if cue.speaker is not None and cue.speaker.sent == sentence else sentence.start_char
    )
    start = min(content[0], speaker_at, cue.offset)
    end = max(content[1], cue.offset + len(cue.verb.text))
    if extra is not None:
        start, end = min(start, extra[0]), max(end, extra[1])
    speaker = resolved.name.strip()
    if kind in _NAMED_KINDS:
        speaker = whole_name(speaker, reading.body, (sentence.start_char, sentence.end_char), lexicon.titles)
    attribution = Attribution(
        speaker=speaker,
        speaker_kind=kind,
        cue=cue.text,
        quote=clean_quote(reading.body[content[0] : content[1]]),
        direct=direct,
        start=start,
        end=end,
        sentence_start=min(start, sentence.start_char),
        sentence_end=max(end, sentence.end_char),
        confidence=round(max(0.05, min(1.0, cue.strength * resolved.certainty * link)), 2),
    )
    return Found(attribution, content, cue.via_outlet, cue)


def _opener_source(cue: Cue, lexicon: Lexicon) -> Resolved | None:
    """'According to news agency ISNA, the prosecutor, Ali Mehr, said': the phrase's source is ISNA."""
    words = opener_source_words(cue)
    if words is None or cue.speaker is None:
        return None
    bare = words.removeprefix("the ").removeprefix("The ")
    kind = lexicon.outlet_kind(words)
    if kind is not None:
        return Resolved(lexicon.outlet_name(bare), kind)
    return Resolved(bare, lexicon.common_kind(cue.speaker))


def _may_speak(speaker: Token) -> bool:
    """'"...," ] explains': a mark misparsed as the subject is no source."""
    return not speaker.is_punct and any(ch.isalnum() for ch in speaker.text)


def quoted_share(reading: Reading, span: tuple[int, int]) -> float:
    start, end = span
    if end <= start:
        return 0.0
    inside = 0
    for quote in reading.quotes.quotes:
        overlap = min(end, quote.end) - max(start, quote.start)
        if overlap > 0:
            inside += overlap
    return inside / (end - start)


def clean_quote(text: str) -> str:
    return text.strip().strip('"“”').strip().rstrip(",").strip()
