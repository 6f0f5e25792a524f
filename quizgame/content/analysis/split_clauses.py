"""A reported clause without 'that' which the small model splits in two: it takes the clause's subject for the
object of the verb of saying and hangs the clause's verb elsewhere.

- 'released a statement saying an attack that day on an Iraqi air base ... produced no casualties': 'attack' is
  parsed as the object of 'saying' and 'produced' as a verb joined to 'released', with no 'and' before it;
- 'Protesters have claimed Iran, especially, amongst other outside parties, is unduly influencing their
  government': 'Iran' the object, 'influencing' joined to 'claimed';
- 'stating the airport represents a "bridge to the north"', 'While also stressing the Yerevan march was not a gay
  parade': the verb of saying is parsed as the subject of 'represents', 'was'.

A verb after the object with no subject of its own is the clause whose subject the object is: what was said is
the object and that verb's words, and the verb of saying is not part of it.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"}
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def split_clause(verb: Token) -> list[Token] | None:
    """The words of the reported clause the parser split from the verb's object, or None."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    subject = objects[0]
    if subject.pos_ not in ("NOUN", "PROPN", "PRON") or subject.tag_ in ("WP", "WDT"):
        return None  # "what he calls ...": the object of a relative clause
    clause = _joined_verb(verb, subject) or _verb_taking_it_as_subject(verb, subject)
    if clause is None:
        return None
    doc = verb.doc
    return list(doc[subject.left_edge.i : clause.right_edge.i + 1])


def _joined_verb(verb: Token, subject: Token) -> Token | None:
    """The first verb joined to the verb of saying (or to the verb whose object names the statement: 'released a
    statement saying') after the object, finite, with no subject and no conjunction or verb between."""
    governors = [verb]
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB":
        governors.append(verb.head.head)
    doc = verb.doc
    for token in doc[subject.right_edge.i + 1 : verb.sent.end]:
        if token.dep_ != "conj" or token.head not in governors:
            continue
        if token.pos_ not in ("VERB", "AUX") or not _finite(token) or _has_subject(token):
            return None
        between = doc[subject.right_edge.i + 1 : token.left_edge.i]
        if any(t.dep_ == "cc" or t.pos_ in ("CCONJ", "VERB", "AUX") for t in between):
            return None  # "denied the charges and left": a second act of the same subject
        comma = doc[token.left_edge.i - 1].text == ","
        if comma and not any(t.text == "," for t in doc[subject.left_edge.i : token.left_edge.i - 1]):
            return None  # "denied the charges, left the court": a list of acts; "Iran, especially, ..., is" closes an aside
        return token
    return None


def _verb_taking_it_as_subject(verb: Token, subject: Token) -> Token | None:
    """'stating the airport represents ...': the verb of saying parsed as the subject of the clause's verb."""
    clause = verb.head
    if verb.dep_ != "csubj" or clause.pos_ not in ("VERB", "AUX") or clause.i <= subject.right_edge.i:
        return None
    if _has_subject(verb) or any(c.dep_ in _SUBJECTS and c != verb for c in clause.children):
        return None
    return clause


def _finite(verb: Token) -> bool:
    return verb.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in verb.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)
