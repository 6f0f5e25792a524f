"""Sourcing: what the article takes from other outlets, and what it asserts with no source at all."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quizgame.content.analysis.attributions import Found
from quizgame.content.analysis.editors_notes import is_editors_note
from quizgame.content.analysis.layout import prose_confidence
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.model import UnsourcedClaim
from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.secondhand import find_secondhand
from quizgame.content.analysis.sourced_forms import sourced_without_cue
from quizgame.content.analysis.statements import reports_a_statement
from quizgame.content.analysis.voice import claim_confidence

__all__ = ["find_secondhand", "find_unsourced"]

_MIN_CLAIM_WORDS = 4
# "According to the report, ...", "Per the decree, ...", "..., per WHO guidelines", "reported in local media".
_SOURCE_PHRASE = re.compile(
    r"(?i:\baccording to\b)|(?:^|[,;(]\s*)(?i:per) (?:the |[A-Z])|"
    r"\breported (?:in|by) (?:the )?(?:[A-Z]|\w+ media\b|media\b)",
)
_VOICING = frozenset(["voice", "express", "air", "share", "vent"])
_VIEWS = frozenset(
    "opinion view views concern concerns anger frustration outrage dismay disappointment support opposition "
    "criticism doubt doubts fear fears hope hopes thought thoughts displeasure sympathy condolence condolences".split()
)
_ANCHORS = frozenset("PERSON ORG GPE LOC FAC NORP DATE TIME CARDINAL MONEY PERCENT QUANTITY EVENT LAW".split())
_LANGUAGE_MARK = re.compile(r"\[(?:[a-z]{2}|[a-z]{2}-[a-z]{2})\]")
_SHORT = 8  # tokens: "There are also personal reasons."
_STATES = frozenset(["be", "have", "remain", "live", "work", "belong", "contain", "include", "own", "seem"])
# Candidates scored below one half (opinion, fragments, others' words set apart, captions, transcripts) are
# not reported. A reported claim's confidence is then the precision measured for its kind on the tuning
# folders (python -m quizgame.content.analysis.calibration tests/data/devcorpus tests/data/styles
# tests/data/styles2, 2026-12-06): 92% (399/433) for a sentence with a name, number or date in it, 89%
# (50/56) for one with none, 70% (19/27, and 4/4 more) for one partly in quotation marks, whose quoted
# words are often the statement the sentence attributes. The question gate keys items from 0.7.
MIN_CONFIDENCE = 0.5
_ANCHORED, _UNANCHORED, _PARTLY_QUOTED = 0.9, 0.85, 0.7


def find_unsourced(reading: Reading, found: list[Found], lexicon: Lexicon) -> list[UnsourcedClaim]:
    """Reporter's-voice sentences stating something checkable with no attribution in their main clause."""
    claims: list[UnsourcedClaim] = []
    for sentence in reading.sentences:
        if _is_sourced(reading, sentence, found, lexicon) or not _is_claim(reading, sentence):
            continue
        confidence = min(
            claim_confidence(reading, sentence), _checkable(reading, sentence), prose_confidence(reading, sentence)
        )
        if confidence >= MIN_CONFIDENCE:
            confidence = _calibrated(reading, sentence)
            claims.append(UnsourcedClaim(_words(reading, sentence), sentence.start_char, sentence.end_char, confidence))
    return claims


def _is_claim(reading: Reading, sentence: Span) -> bool:
    root = sentence.root
    words = [t for t in sentence if t.is_alpha]
    if len(words) < _MIN_CLAIM_WORDS or sentence.text.rstrip().endswith("?"):
        return False
    if reading.in_quote(root) or reading.quotes.inside(sentence.start_char, sentence.end_char):
        return False
    if is_editors_note(sentence):
        return False
    return root.pos_ in ("VERB", "AUX") or any(t.dep_ in ("nsubj", "nsubjpass") for t in sentence)


def _is_sourced(reading: Reading, sentence: Span, found: list[Found], lexicon: Lexicon) -> bool:
    root = sentence.root
    if _SOURCE_PHRASE.search(sentence.text) or reports_a_statement(sentence, lexicon):
        return True
    if sourced_without_cue(reading, sentence, lexicon):
        return True
    for item in found:
        start, end = item.content
        if start <= root.idx < end:
            return True
        verb = item.cue.verb
        if not (sentence.start <= verb.i < sentence.end):
            continue
        if verb == root or verb.head == root or _speaker_is_subject(item, root):
            return True
    return _names_an_outlet(reading, sentence, lexicon) or _voiced(root) or _presents_a_recording(root)


_RECORDINGS = frozenset("video videos film films clip clips footage documentary recording podcast".split())


def _presents_a_recording(root: Token) -> bool:
    """'In this short film, the students ... speak about their experience', 'A video report by X sums up the
    events': the sentence tells what a recording the article presents shows; the recording is its source, not
    the reporter ('many videos were shared', a passive about recordings, is still the reporter's)."""
    for child in root.children:
        if child.dep_ == "nsubj" and _recording(child):
            return True
        fronted = child.dep_ == "prep" and child.lower_ == "in" and child.i < root.i
        if fronted and any(c.dep_ == "pobj" and _recording(c) for c in child.children):
            return True
    return False


def _recording(noun: Token) -> bool:
    return noun.lower_ in _RECORDINGS or any(c.dep_ == "compound" and c.lower_ in _RECORDINGS for c in noun.children)


def _voiced(root: Token) -> bool:
    """'Another voiced their opinion as a Facebook status update', 'Residents expressed concern': the sentence tells
    that someone gave a view (its subject is the source), it asserts nothing of the reporter's own."""
    return (
        root.lemma_.lower() in _VOICING
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _VIEWS for c in root.children)
        and any(c.dep_ == "nsubj" for c in root.children)
    )


def _names_an_outlet(reading: Reading, sentence: Span, lexicon: Lexicon) -> bool:
    """'Some information for this report was provided by AFP, AP and Reuters.', 'In an appearance on CNN, ...',
    '– USCG dispatcher, CNN': an outlet the sentence takes its facts from. An outlet the sentence is about ('Karen
    Border News has launched ...', 'Global Voices published an interview', 'a network called the Zambian Bloggers
    Network', 'the Thursday edition of NT News') or a quoted programme title ('went on "Hello VOA"') sources
    nothing."""
    return any(
        lexicon.outlet_kind(ent.text) == "outlet" and _as_source(ent.root) and not reading.in_quote(ent.root)
        for ent in sentence.ents
        if ent.label_ == "ORG"
    )


_FROM = frozenset({"by", "from", "via", "on"})  # 'provided by AFP', 'told by', 'on CNN'


def _as_source(token: Token) -> bool:
    while token.dep_ == "conj" and token.head.i != token.i:  # 'by AFP, AP and Reuters'
        token = token.head
    if token.dep_ in ("ROOT", "npadvmod", "appos", "poss"):  # a credit line ('(VOA)'), 'Wikinews' reporter'
        return True
    return token.dep_ == "pobj" and token.head.lower_ in _FROM


def _speaker_is_subject(item: Found, root: Token) -> bool:
    """'Carmen Best addressed officers about what she called "..."': the sentence is her statement."""
    speaker = item.cue.speaker
    if speaker is not None and speaker.head == root and speaker.dep_ in ("nsubj", "nsubjpass"):
        return True
    surname = item.attribution.speaker.split()[-1]
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children):  # a misparsed subject
        return surname in root.doc[root.sent.start : root.i].text
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and surname in " ".join(t.text for t in c.subtree) for c in root.children
    )


def _checkable(reading: Reading, sentence: Span) -> float:
    """How far the sentence is a checkable claim of the writer's own, beyond its voice (voice.py).

    - A bare existential with nothing to check it against ("There are also personal reasons.") is the
      writer's framing: no name, number, date or place.
    - An observed scene, told as a run of present-tense actions ("Photographers and tourists stop, take
      pictures and walk away."), is eyewitness reporting, not a claim that needs a source.
    - A language mark ("[es]", "[ca]") is what blogs print after a link to a page in that language; after
      a verb or a common noun the link is the source the sentence cites.
    """
    root = sentence.root
    anchored = any(t.ent_type_ in _ANCHORS or t.like_num for t in sentence)
    if any(c.dep_ == "expl" for c in root.children) and not anchored and len(sentence) <= _SHORT:
        return 0.4
    if _scene(root) and not anchored:
        return 0.4
    if _cites_a_link(reading, sentence):
        return 0.45
    return 1.0


def _calibrated(reading: Reading, sentence: Span) -> float:
    if any(reading.in_quote(t) for t in sentence):
        return _PARTLY_QUOTED
    return _ANCHORED if any(t.ent_type_ in _ANCHORS or t.like_num for t in sentence) else _UNANCHORED


def _words(reading: Reading, sentence: Span) -> str:
    """The sentence as published: the parser saw it with link marks blanked (layout.mask_link_marks)."""
    return reading.text[sentence.start_char : sentence.end_char]


def _cites_a_link(reading: Reading, sentence: Span) -> bool:
    """A language mark after a verb or a common noun ('reported [es]', 'a study [ca]') marks a link to the
    source; after a name ('Campus Party [es], the meeting ...') it links to the thing named."""
    for match in _LANGUAGE_MARK.finditer(_words(reading, sentence)):
        before = [t for t in sentence if t.idx < sentence.start_char + match.start() and not t.is_punct]
        if before and before[-1].pos_ != "PROPN":
            return True
    return False


def _scene(root: Token) -> bool:
    """A present-tense action with at least two more actions joined to it, none of them a state."""
    if not _simple_present(root):
        return False
    actions = [c for c in root.subtree if c.dep_ == "conj" and c.pos_ == "VERB" and c.head.pos_ == "VERB"]
    return len(actions) >= 2 and all(_simple_present(v) or v.tag_ == "VB" for v in actions)


def _simple_present(verb: Token) -> bool:
    return (
        verb.tag_ in ("VBZ", "VBP")
        and verb.lemma_ not in _STATES
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )
