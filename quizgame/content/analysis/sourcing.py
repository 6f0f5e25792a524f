"""Sourcing: what the article takes from other outlets, and what it asserts with no source at all."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quizgame.content.analysis.attributions import Found
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.model import UnsourcedClaim
from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.secondhand import find_secondhand
from quizgame.content.analysis.voice import claim_confidence

__all__ = ["find_secondhand", "find_unsourced"]

_MIN_CLAIM_WORDS = 4
# "According to the report, ...", "Per the decree, ...", "..., per WHO guidelines", "reported in local media".
_SOURCE_PHRASE = re.compile(
    r"(?i:\baccording to\b)|(?:^|[,;(]\s*)(?i:per) (?:the |[A-Z])|"
    r"\breported (?:in|by) (?:the )?(?:[A-Z]|\w+ media\b|media\b)",
)
# Verbs that report what a party said, asked or judged, besides the lexicon's verbs of saying.
_JUDGING = frozenset(
    "criticize criticise condemn denounce urge praise blame accuse ask advise instruct invite justify deem "
    "conclude speculate suggest wonder expect hope fear predict estimate recommend propose indicate cite tweet "
    "voice".split()
)
# Verbs of saying that are also everyday verbs ("added three players", "recalled cars", "declared a state of
# emergency"), and the lexicon's weak cues: a clause or a complement must follow.
_AMBIGUOUS = frozenset("add agree counter maintain recall post brief inform read list point call report express".split())
_FINDING = frozenset("find show reveal establish indicate suggest conclude list cite instruct read note".split())
_RESEARCH = frozenset(
    "researcher scientist author study research survey analysis report complaint decree guideline guidelines "
    "ruling judgment judgement paper review audit video footage photo image map statistics".split()
)
MIN_CONFIDENCE = 0.5  # weaker candidates (opinion, fragments, others' words set apart) are not reported


def find_unsourced(reading: Reading, found: list[Found], lexicon: Lexicon) -> list[UnsourcedClaim]:
    """Reporter's-voice sentences stating something checkable with no attribution in their main clause."""
    claims: list[UnsourcedClaim] = []
    for sentence in reading.sentences:
        if _is_sourced(reading, sentence, found, lexicon) or not _is_claim(reading, sentence):
            continue
        confidence = claim_confidence(reading, sentence)
        if confidence >= MIN_CONFIDENCE:
            claims.append(UnsourcedClaim(sentence.text, sentence.start_char, sentence.end_char, confidence))
    return claims


def _is_claim(reading: Reading, sentence: Span) -> bool:
    root = sentence.root
    words = [t for t in sentence if t.is_alpha]
    if len(words) < _MIN_CLAIM_WORDS or sentence.text.rstrip().endswith("?"):
        return False
    if reading.in_quote(root) or reading.quotes.inside(sentence.start_char, sentence.end_char):
        return False
    return root.pos_ in ("VERB", "AUX") or any(t.dep_ in ("nsubj", "nsubjpass") for t in sentence)


def _is_sourced(reading: Reading, sentence: Span, found: list[Found], lexicon: Lexicon) -> bool:
    root = sentence.root
    if _SOURCE_PHRASE.search(sentence.text) or _reports_an_act_of_saying(root, lexicon):
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
    return _names_an_outlet(sentence, lexicon)


def _reports_an_act_of_saying(root: Token, lexicon: Lexicon) -> bool:
    """'The office urged citizens to leave', 'These orcas, she suggested, specialize ...', 'The study found
    ...': the sentence reports what someone said, judged or found; that party is its source."""
    verbs = [root] + [c for c in root.children if c.dep_ == "parataxis" and c.pos_ == "VERB"]
    cues = lexicon.strong_cues | _JUDGING
    for verb in verbs:
        lemma = verb.lemma_.lower()
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("it", "there", "this", "that") or _negated(verb) or _hedge(verb):
            continue  # "has not commented", "reported to number about 100": no one's statement
        complement = any(c.dep_ in ("ccomp", "xcomp", "oprd") or c.dep_ == "prep" and c.lower_ in ("on", "for") for c in verb.children)
        if subject.lemma_.lower() in _RESEARCH and lemma in _FINDING | cues:
            return True
        if lemma in _AMBIGUOUS | _FINDING | lexicon.weak_cues:
            if complement:
                return True  # "police found that ...", "called on Turkey to halt", "declared it a pandemic"
            continue
        if lemma in cues:
            return True
    return False


def _hedge(verb: Token) -> bool:
    """'The soldiers, reported to number about 100, ...', 'is said to be': a vague hedge names no source."""
    return any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in verb.children) and not any(
        c.dep_ in ("dobj", "dative") for c in verb.children
    ) and verb.lemma_.lower() in ("report", "say", "believe", "think", "rumor", "rumour")


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _names_an_outlet(sentence: Span, lexicon: Lexicon) -> bool:
    """'Some information for this report was provided by AFP, AP and Reuters.'"""
    return any(lexicon.outlet_kind(ent.text) == "outlet" for ent in sentence.ents if ent.label_ == "ORG")


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
