"""A second speaker in a clause hung on another cue: 'Republicans attacked the inquiry, with Steve Scalise calling it
"Soviet-style" and Ross Spano calling the process "a coup"'; 'Reuters reported the attack the deadliest, with
officials reporting at the time 150 killed'. The first cue's content ran on over the second speaker's words, so they
went to the first speaker. A cue whose own subject stands inside another cue's content, attached to it as an adjunct
(a 'with' phrase, a coordinated participle) and not as the clause it reports ('said that officials reported ...'),
speaks that part itself: the first content stops before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.cue_parts import Cue, clean_span
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.pronoun_bodies import can_speak
from quizgame.content.analysis.reading import same_token

# the clause a cue reports, or one describing a noun in it ('members of Al Qaeda, who accuse ...'): inside, not beside
_INSIDE = frozenset({"ccomp", "xcomp", "parataxis", "relcl"})
_JOINS = frozenset({"and", "with", ",", "while"})


def split_side_speakers(cues: list[Cue], lexicon: Lexicon) -> None:
    for cue in cues:
        _with_participle(cue, lexicon)
    for first in cues:
        if first.content is None:
            continue
        for second in cues:
            if second is first or second.speaker is None or same_token(second.speaker, first.speaker):
                continue
            if not _own_subject(second, lexicon) or not _beside(second.speaker, first.verb):
                continue
            start, end = first.content
            if not (start < second.speaker.idx < end and start < second.verb.idx < end):
                continue
            cut = _opening(second.speaker)
            kept = clean_span(first.verb, [t for t in first.verb.doc if start <= t.idx and t.idx + len(t) <= cut])
            first.content = kept if kept is not None and kept[0] < cut else first.content


def _with_participle(cue: Cue, lexicon: Lexicon) -> None:
    """'with officials reporting ...': the parser hangs the participle on the noun before it; that noun speaks, and
    what follows the participle in its sentence is what it said."""
    verb = cue.verb
    if cue.speaker is not None or verb.tag_ != "VBG" or verb.dep_ != "acl":
        return
    noun = verb.head
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if before is None or before.lower_ != "with" or not can_speak(noun, lexicon):
        return
    cue.speaker = noun
    if cue.content is None:
        cue.content = clean_span(verb, [t for t in verb.doc[verb.i + 1 : verb.sent.end]])


def _own_subject(cue: Cue, lexicon: Lexicon) -> bool:
    """The second cue's speaker is its own subject in the parse, a noun that can speak (not an antecedent put in
    for 'who', nor the object of 'according to'), in a 'with' phrase ('with A calling X and B calling Y')."""
    speaker, verb = cue.speaker, cue.verb
    assert speaker is not None
    subject = speaker.dep_ == "nsubj" and speaker.head.i == verb.i or verb.dep_ == "acl" and verb.head.i == speaker.i
    in_with = any(t.lower_ == "with" and t.dep_ == "prep" for t in speaker.ancestors)  # the absolute 'with X saying'
    return subject and in_with and speaker.pos_ in ("NOUN", "PROPN") and can_speak(speaker, lexicon)


def _beside(verb: Token, other: Token) -> bool:
    """`verb` hangs on `other` through adjuncts only (a 'with' phrase, an adverbial or coordinated clause)."""
    for token in [verb, *verb.ancestors]:
        if token.i == other.i:
            return True
        if token.dep_ in _INSIDE or token.tag_ in ("WP", "WDT"):
            return False
    return False


def _opening(speaker: Token) -> int:
    """Where the second speaker's part opens: before its subject and the 'and' or 'with' that joins it."""
    doc = speaker.doc
    i = speaker.left_edge.i
    while i > 0 and doc[i - 1].lower_ in _JOINS:
        i -= 1
    return doc[i].idx
