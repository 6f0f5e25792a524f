"""Figures of force in the reporter's voice, found by their pattern rather than listed one by one.

A word list holds "slammed" but not next week's "hammered"; what makes such words loaded is a figure: a
war or an epidemic that is not one ("a war against news websites", "an epidemic of resignations"), or a
violent act done to an institution or an idea ("amputating the welfare state", "muzzling the press"). The
pattern is read from the parse: the figure's word, then what it is done to; the literal uses (a war against
a country, an epidemic of cholera, a gag on a hostage) stay out because their object is what the word
literally takes.

Each finding is a TermRule built here, so loaded.py's context rules (quotations, names, paraphrase, reported
speech) apply to it as to a lexicon entry. A figure is reported below the question gate's key band: it is
found by a pattern, not checked word by word, and a wrong key costs more than a missing item.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import TermRule
from quizgame.content.analysis.loaded_context import ABSTRACT_TARGETS, abstract_target, armed_actor

# Reported below the key band, and low enough that reported speech (-0.1 in loaded.py) takes it under the
# reporting line: a figure in what someone said is the speaker's.
FIGURE_CONFIDENCE = 0.55

# "war against / on" a thing that is no army and no state: "the war against recalcitrant news websites"
_WARS = frozenset("war crusade vendetta".split())
# a natural or medical disaster "of" something it is not made of: "an epidemic of resignations"
_DISASTERS = frozenset("epidemic plague tsunami avalanche deluge onslaught barrage torrent flood".split())
_LITERAL_CONTENTS = frozenset(
    "disease illness infection virus flu influenza measles cholera ebola malaria fever locust rat insect pest "
    "water mud lava snow ice rock debris rain sea wave "
    "rocket missile shell bomb bullet gunfire fire artillery mortar strike airstrike shot grenade drone".split()
)
# violent acts done to an institution, a policy or an idea: "amputating the welfare state", "gagged the press"
_HARMS = frozenset(
    "amputate gut strangle muzzle gag torpedo bulldoze hijack butcher decimate smother throttle asphyxiate".split()
)
# enemies a state fights with its forces: a war on them is the conventional name of an armed campaign
_ARMED_ENEMIES = frozenset(
    "crime drug narcotic terror terrorism terrorist cartel gang mafia insurgency insurgent trafficking trafficker "
    "militant extremism extremist piracy pirate".split()
)
_INSTITUTIONS = ABSTRACT_TARGETS | frozenset(
    "economy service rule right freedom dissent opposition voice talk vote election system sector industry market "
    "hope dream chance future welfare constitution parliament court debate democracy accord treaty process".split()
)

# a sea or a storm "of" a feeling or an attitude: "a new wave of racism" (not "a wave of arrests", "of violence":
# events come in waves in plain news too)
_SURGES = frozenset("wave tide storm surge".split())
_FEELINGS = frozenset(
    "anger outrage fury rage hatred hate fear panic hysteria indignation resentment discontent intolerance "
    "criticism condemnation abuse vitriol sympathy solidarity euphoria optimism pessimism despair".split()
)
# what burns only in a figure: "social media sites and blogs are on fire"
_MEDIA = frozenset("media site blog blogosphere internet web twitter facebook forum timeline network".split())

# a ruler's hand closed on what is no object: "the regimes relaxed their grip on freedom of expression"
_HOLDS = frozenset("grip chokehold".split())
_RULED = _INSTITUTIONS | {"power", "politics", "country", "nation", "city", "region"}
FIGURE_WORDS = (
    _WARS | _DISASTERS | _HARMS | _HOLDS | _SURGES | {"fire"}
)  # the lemmas a figure opens with: any other word is skipped at once


def figures(token: Token) -> tuple[list[Token], TermRule] | None:
    """The figure `token` opens, with the rule that explains it, or None."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in _WARS:
        return _war(token)
    if token.pos_ == "NOUN" and lemma in _DISASTERS:
        return _disaster(token)
    if token.pos_ == "VERB" and lemma in _HARMS:
        return _harm(token)
    if token.pos_ == "NOUN" and lemma in _HOLDS:
        return _hold(token)
    if token.pos_ == "NOUN" and lemma in _SURGES:
        return _surge(token)
    if token.pos_ == "NOUN" and lemma == "fire":
        return _ablaze(token)
    return None


def _surge(noun: Token) -> tuple[list[Token], TermRule] | None:
    """A wave or a storm of a feeling or an attitude ("a wave of racism"); of events it is plain news."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    content = _object_of(prep)
    if prep is None or content is None:
        return None
    lemma = content.lemma_.lower()
    if lemma not in _FEELINGS and not lemma.endswith(("ism", "phobia")):
        return None
    term = f"{noun.text} {prep.text}"
    reason = f"'{term}' pictures {content.text} as a force of nature sweeping over people; say who did what."
    return [noun, prep], _rule(term, "more", reason)


def _ablaze(noun: Token) -> tuple[list[Token], TermRule] | None:
    """A medium 'on fire' ("social media sites and blogs are on fire"): busy or angry, not burning."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "on" or any(c.dep_ == "det" for c in noun.children):
        return None
    subject = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    words = {subject.lemma_.lower(), *(c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "conj"))}
    if not words & _MEDIA:
        return None
    reason = f"'on fire' pictures {subject.text} as ablaze; say what was posted or how much."
    return [prep, noun], _rule("on fire", "busy with posts", reason)


def _hold(noun: Token) -> tuple[list[Token], TermRule] | None:
    """Somebody's grip on power, a country or an idea ("their grip on politics"); a grip with no holder ("get a
    grip on the situation") or on a thing ("a grip on the rope") is no figure of rule."""
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "over")), None)
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if prep is None and after is not None and after.lower_ in ("on", "over") and after.head.i == noun.head.i:
        prep = after  # "relaxed their grip on the press": the parser hangs 'on' on the verb
    held = _object_of(prep)
    if holder is None or held is None:
        return None
    ruled = held.lemma_.lower() in _RULED or abstract_target(held) or held.ent_type_ in ("GPE", "NORP", "ORG")
    if not ruled:
        return None
    reason = f"'{noun.text}' pictures rule over {held.text} as a hand closed on it; say what powers are held."
    return [noun], _rule(noun.text, "control", reason)


def _war(noun: Token) -> tuple[list[Token], TermRule] | None:
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("against", "on")), None)
    target = _object_of(prep)
    if prep is None or target is None or armed_actor(target) or target.ent_type_ in ("PERSON", "LOC", "FAC"):
        return None  # "war against Iraq", "a war on the rebels": a war
    if target.lemma_.lower() in _ARMED_ENEMIES:
        return None  # "the war against organized crime", "the war on drugs": a campaign fought with troops
    if _named(noun):
        return None  # "the War on Terror", "the War on Drugs": a policy's own name
    term = f"{noun.text} {prep.text}"
    return [noun, prep], _rule(
        term, "campaign " + prep.lower_, f"'{term}' casts a campaign against {target.text} as a war."
    )


def _disaster(noun: Token) -> tuple[list[Token], TermRule] | None:
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    content = _object_of(prep)
    if prep is None or content is None or content.lemma_.lower() in _LITERAL_CONTENTS:
        return None  # "an epidemic of cholera", "a barrage of rockets": the literal thing
    if content.pos_ not in ("NOUN", "PROPN") or content.ent_type_ in ("GPE", "LOC"):
        return None
    term = f"{noun.text} {prep.text}"
    reason = f"'{term}' pictures {content.text} as a disaster sweeping over people; give the number."
    return [noun, prep], _rule(term, "many", reason)


def _harm(verb: Token) -> tuple[list[Token], TermRule] | None:
    target = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if target is None or not (abstract_target(target) or target.lemma_.lower() in _INSTITUTIONS):
        return None  # "gutted the fish", "hijacked a bus", "gagged the hostages": the act itself
    reason = f"'{verb.text}' pictures a change to {target.text} as a violent act; say what was changed."
    return [verb], _rule(verb.text, "(say what was changed)", reason)


def _object_of(prep: Token | None) -> Token | None:
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _named(noun: Token) -> bool:
    return noun.text[:1].isupper() and noun.i > noun.sent.start


def _rule(term: str, neutral: str, reason: str) -> TermRule:
    return TermRule(
        term=term,
        neutral=neutral,
        reason=reason + " (figure of force, found by its pattern: written for this project)",
        lemmas=tuple(term.lower().split()),
        confidence=FIGURE_CONFIDENCE,
    )
