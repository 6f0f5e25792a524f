"""Nouns of saying or believing that attribute with no verb of saying: 'There are reports that the rebels took the
port', 'There were conflicting reports as to whether the ship was seized', 'there had been reports of soldiers
looting shops' (someone unnamed reported it: the dev corpus README reads "there had been reports" as an anonymous
attribution), and 'a belief by some that he acts alone', 'the view among economists that rates will rise' (a view
held by the party named after 'by', 'among' or 'from', or by its possessor, over a that-clause).

A verb of expressing with a noun of worry or objection says the objection too: 'expressed opposition to the
swearing-in of Pierluisi', 'express concern for it becoming the target of an attack' (styles7, styles10); not
'expressed her support for the demonstrations' or 'expressed their discomfort by voting' (feelings shown, which the
gold leaves as deeds).

Not: 'There were no reports of injuries' (nothing was reported), 'reports of gunfire' (a thing named, not a
statement: the 'of' phrase must hold a clause, 'soldiers looting shops'), a belief with no party ('the belief that
...' is the reporter's framing).
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.cue_parts import Cue, clean_span
from quizgame.content.analysis.noun_cues import that_clause_under

_REPORTS = frozenset("report rumour rumor claim allegation".split())
_HELD = frozenset("belief view opinion conviction".split())
_BY = ("by", "among", "from")
_STRENGTH = 0.75  # read off a noun, not a verb of saying


def existential_report(noun: Token) -> Cue | None:
    """'There are/were/have been (conflicting, unconfirmed) reports that / as to whether / of <clause>'."""
    if noun.lemma_.lower() not in _REPORTS or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in noun.head.children):
        return None
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children) or _negated(noun.head):
        return None
    content = _reported(noun)
    if content is None:
        return None
    cue = Cue(noun, noun.text, None, content, weak=False, strength=_STRENGTH)
    cue.unnamed = "unnamed reports"
    return cue


def held_view(noun: Token) -> Cue | None:
    """'a belief by some that he acts alone', 'the party's conviction that it will win'."""
    if noun.lemma_.lower() not in _HELD:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _BY), None)
    if owner is None and by is not None:
        owner = next((c for c in by.children if c.dep_ == "pobj"), None)
    clause = that_clause_under(noun)
    if owner is None or clause is None:
        return None
    content = clean_span(noun, [t for t in clause.subtree if not (t.i == clause.left_edge.i and t.lower_ == "that")])
    return None if content is None else Cue(noun, noun.text, owner, content, weak=False, strength=_STRENGTH)


def _reported(noun: Token) -> tuple[int, int] | None:
    clause = that_clause_under(noun)
    if clause is not None:
        words = [t for t in clause.subtree if not (t.i == clause.left_edge.i and t.lower_ == "that")]
        return clean_span(noun, words)
    for prep in (c for c in noun.children if c.dep_ == "prep"):
        if prep.lower_ == "as":  # 'as to whether the vessel was seized ...'
            to = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            asked = next((c for c in to.children if c.dep_ == "pcomp"), None) if to is not None else None
            if asked is not None:  # what was reported is the clause; 'whether' says the reports differ on it
                return clean_span(noun, [t for t in asked.subtree if not (t.dep_ == "mark" and t.head.i == asked.i)])
        if prep.lower_ == "of":  # 'of people avoiding or harassing Chinese individuals'
            thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if thing is not None and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in thing.children):
                return clean_span(noun, list(thing.subtree))
    return None


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


_OBJECTIONS = frozenset("opposition objection objections".split())  # a position: 'X opposes Y'
_WORRIES = frozenset("concern concerns fear fears doubt doubts".split())  # a worry says something only over a clause


def voices_a_worry(verb: Token) -> bool:
    """'expressed opposition to the swearing-in of the nominee' (a position taken); 'expressed concern for it
    becoming a target of attack' (a worry over a clause, a thing said to be feared). Not 'expressed concern about
    the budget' or 'voiced concern over prices' (a topic named, nothing stated: test_nested_sources,
    test_attribution_forms)."""
    if verb.lemma_.lower() != "express":
        return False
    noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if noun is None or noun.lemma_.lower() not in _OBJECTIONS | _WORRIES:
        return False
    about = [c for c in noun.children if c.dep_ in ("prep", "acl")]
    if noun.lemma_.lower() in _OBJECTIONS:
        return bool(about)
    return any(t.pos_ in ("VERB", "AUX") for c in about for t in c.subtree)
