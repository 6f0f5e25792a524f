"""A source phrase opening its sentence ('According to the news agency ISNA, the prosecutor, Ali Mehr, said ...')
ends at its comma. The small model at times gives 'to' no object and reads the source as the subject of the
main verb, with the real speaker hung on it as an apposition; these read the two parties apart again.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.cue_parts import Cue
from quizgame.content.analysis.reading import same_token

_OPENERS = ("according to", "per")


def lost_source(opener: Token, prep: Token) -> Token | None:
    """The source of a sentence-opening phrase whose 'to' the parser left without an object: the head of the
    words between the phrase and its comma."""
    if opener.i != opener.sent.start:
        return None
    comma = _phrase_comma(prep)
    if comma is None:
        return None
    words = [t for t in opener.doc[prep.i + 1 : comma.i] if not t.is_punct]
    heads = [t for t in words if t.head not in words and t.pos_ in ("NOUN", "PROPN")]
    return heads[0] if len(heads) == 1 else None


def speaker_past_opener(cue: Cue, cues: list[Cue]) -> Token | None:
    """A cue whose subject the parser took from inside an opening source phrase: the apposition after the
    phrase's comma is its speaker ('..., the prosecutor general of Tehran, Ali Mehr, said')."""
    speaker = cue.speaker
    if speaker is None or cue.text in _OPENERS:
        return None
    for phrase in cues:
        if phrase.text not in _OPENERS or not same_token(phrase.speaker, speaker) or phrase.verb.sent != cue.verb.sent:
            continue
        comma = _phrase_comma(phrase.verb)
        after = [c for c in speaker.children if c.dep_ == "appos" and comma is not None and c.i > comma.i]
        if after and after[0].i < cue.verb.i:
            return after[0]
    return None


def _phrase_comma(start: Token) -> Token | None:
    return next((t for t in start.doc[start.i : start.sent.end] if t.text == ","), None)


def opener_source_words(cue: Cue) -> str | None:
    """The words of an opening phrase's source when the parser ran them on past the comma into the main clause's
    subject ('According to ISNA, the prosecutor, Ali Mehr, said': ISNA, not Ali Mehr); None otherwise."""
    source = cue.speaker
    if source is None or cue.text not in _OPENERS or cue.verb.i != cue.verb.sent.start:
        return None
    comma = _phrase_comma(cue.verb)
    if comma is None or source.i > comma.i or source.right_edge.i < comma.i:
        return None
    main = cue.verb.head
    subject_lost = source.dep_ == "nsubj" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children)
    if not subject_lost or not any(c.dep_ == "appos" and c.i > comma.i for c in source.children):
        return None
    return source.doc[source.left_edge.i : comma.i].text.strip()


def alternative_content(opener: Token) -> list[Token] | None:
    """'around 20,000 (according to the police, or more than 25,000 according to the organisers)': a source phrase
    joined to another one sources only its own alternative, the words between the coordinator and itself."""
    if opener.dep_ != "conj" or opener.head.lower_ not in ("according", "per"):
        return None
    coordinator = next((c for c in opener.head.children if c.dep_ == "cc" and c.i < opener.i), None)
    if coordinator is None:
        return None
    words = [t for t in opener.doc[coordinator.i + 1 : opener.i] if not t.is_punct and not t.is_space]
    return words or None
