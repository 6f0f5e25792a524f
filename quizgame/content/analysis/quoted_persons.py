"""Speakers the parser hangs elsewhere: on the outlet that quotes them, on an aside, behind what they expressed.

'Bishop Aldo Ferri is quoted by Radio Lumen responding to the protest: "..."': the small model reads 'responding'
as a phrase describing Radio Lumen, so the verb of saying has no subject; the one quoted, the subject of the
passive 'is quoted', is the one responding (the outlet relays it, told_outlets.py).
"""

from __future__ import annotations

from spacy.tokens import Token


def quoted_person(verb: Token) -> Token | None:
    """The subject of 'is quoted' whose agent the verb of saying was hung on."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    noun = verb.head
    agent = noun.head
    if noun.dep_ != "pobj" or agent.dep_ != "agent" or agent.head.lemma_.lower() != "quote":
        return None
    return next((c for c in agent.head.children if c.dep_ == "nsubjpass"), None)


_EXPRESSING = frozenset("express voice make give issue raise offer air share".split())


def expressed_by(noun: Token) -> Token:
    """'according to the private fears expressed by a senior parliamentary official': the fears are the words, the
    one who expressed them is the source; any other noun is its own source."""
    clause = expressing_clause(noun)
    agent = next((c for c in clause.children if c.dep_ == "agent"), None) if clause is not None else None
    person = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return person if person is not None else noun


def expressing_clause(noun: Token) -> Token | None:
    """'(comments) made by Deputy Prime Minister Tharman', '(fears) expressed by an official': the participle
    phrase naming who expressed what the noun is."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.lemma_.lower() in _EXPRESSING
            and any(a.dep_ == "agent" for a in c.children)
        ),
        None,
    )


def aside_subject(verb: Token) -> Token | None:
    """'Jane Holt, writing in the Review, argued ...': the parser makes the name the subject of the aside."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i < verb.i:
            subject = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
            if subject is not None:
                return subject
    return None
