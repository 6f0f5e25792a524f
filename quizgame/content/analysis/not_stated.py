"""Verbs of saying whose clause states nothing anyone said: consent to an act, a question, an experience.

A cue's content becomes the "what was said" of a question, so a clause that no one asserted must not become one:
'Anwar agreed to meet police' (consent to an act), 'when asked whether an investigation was conducted' and
'refusing to answer whether he considered Israel an enemy' (a question, not an answer), 'parents find it difficult
to accept ...' (how something feels, not a statement), 'who asked not to be named' (the terms of speaking). Each is read from the parse, not from a list of sentences.
"""

from __future__ import annotations

from spacy.tokens import Token

_ASKING = frozenset({"ask", "inquire", "question"})


def states_nothing(verb: Token) -> bool:
    return consents(verb) or questioned(verb) or asks(verb) or experiences(verb) or anonymity(verb)


def consents(verb: Token) -> bool:
    """'agreed to meet police': agreeing to do something consents to an act, and the act is not a statement;
    'agreed that the vote was fair' still reports a view."""
    if verb.lemma_.lower() != "agree":
        return False
    children = list(verb.children)
    to_act = any(c.dep_ == "xcomp" and c.i > verb.i and c.tag_ == "VB" for c in children)
    return to_act and not any(c.dep_ in ("ccomp", "parataxis") for c in children)


def questioned(verb: Token) -> bool:
    """'(refusing to answer) whether he considered Israel an enemy': the saying itself is in question."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children)


def asks(verb: Token) -> bool:
    """'when asked whether an investigation was conducted': a yes/no question put, which asserts neither answer
    ('asked for patience', 'asked Spain to continue' are requests and stay statements)."""
    if verb.lemma_.lower() not in _ASKING:
        return False
    return any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
        for c in verb.children
    )


_ANONYMITY_ASKS = frozenset({"ask", "request", "decline", "prefer", "want", "wish", "refuse"})
_NAMING = frozenset({"name", "identify", "quote", "cite"})


def anonymity(verb: Token) -> bool:
    """'a spokesperson, who asked not to be named, said ...', 'declined to be identified', 'requested anonymity':
    the source's terms for speaking, the wire formula for an unnamed source, not something they said."""
    if verb.lemma_.lower() not in _ANONYMITY_ASKS:
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() == "anonymity":
            return True
        if (
            child.dep_ == "xcomp"
            and child.lemma_.lower() in _NAMING
            and any(c.dep_ == "auxpass" for c in child.children)
        ):
            return True
    return False


def experiences(verb: Token) -> bool:
    """'find it difficult to accept', 'found it hilariously ironic': 'it' and an adjective tell how something
    felt to someone, not what they said ('found the air strike justified', 'found that ...' still report)."""
    if verb.lemma_.lower() != "find":
        return False
    for clause in verb.children:
        if (
            clause.dep_ in ("ccomp", "oprd")
            and clause.tag_ == "JJ"
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children)
        ):
            return True
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) and any(
        c.dep_ in ("oprd", "acomp") and c.tag_ == "JJ" for c in verb.children
    )


def negated(verb: Token) -> bool:
    """'did not say', and 'without mentioning any symptoms': what was not said is no one's statement; 'did not
    concede or admit defeat (in his statement)': a verb joined by 'or' (or 'nor') to a negated one shares its
    negation."""
    without = verb.dep_ == "pcomp" and verb.head.lower_ == "without"
    if without or any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    joiners = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i]  # the last one joins this verb
    alternative = bool(joiners) and joiners[-1].lower_ in ("or", "nor")  # '..., and vowed to fight' is said
    return verb.dep_ == "conj" and alternative and any(c.dep_ == "neg" and c.i < head.i for c in head.children)
