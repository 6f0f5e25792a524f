"""The roles the text gives a person where it names them: a title before the name ('Chief of Police Carmen Best'), a
noun for a person compounded before it ('student Pablo Ruiz'), an apposition ('Jim Fuda, director of ...', 'A
spokeswoman for the Red Cross, Leila Haddad,'). A later 'the director', 'the student', 'the spokeswoman' is the
person holding the role (coreference.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.first_names import is_first_name
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.person_names import person_noun


def roles_before(first: Token, lexicon: Lexicon) -> set[str]:
    """'Chief of Police Carmen Best', 'police chief Carmen Best': titles right before the name."""
    doc = first.doc
    roles: set[str] = set()
    i = first.i - 1
    # "of" joins titles ("Chief of Police"), not a title and a place ("director of Law Enforcement Services")
    of_allowed = first.lower_.rstrip(".") in lexicon.titles
    while i >= first.sent.start and (
        doc[i].lower_.rstrip(".") in lexicon.titles or (doc[i].lower_ == "of" and of_allowed)
    ):
        if doc[i].lower_ != "of":
            roles.add(doc[i].lower_.rstrip("."))
        i -= 1
    noun = doc[first.i - 1] if first.i > first.sent.start else None
    if noun is not None and not roles and _describes(noun, first, lexicon):
        roles.add(noun.lemma_.lower())
    return roles


def _describes(noun: Token, first: Token, lexicon: Lexicon) -> bool:
    """'student Pablo Ruiz', 'striker Pieter de Vries': a lower-case noun for a person compounded right before the
    name says what the person is, and a later 'the student' means them (a name the tagger calls a person's or that
    opens with a given name: not the account of 'Net user ID')."""
    return (
        (first.ent_type_ == "PERSON" or is_first_name(first.text))
        and noun.pos_ == "NOUN"
        and noun.text.islower()
        and noun.dep_ == "compound"
        and noun.head.i >= first.i
        and noun.lemma_.lower() not in lexicon.organization_nouns
        and person_noun(noun.lemma_.lower(), lexicon)
    )


def appositive_roles(last: Token, lexicon: Lexicon) -> set[str]:
    """'Jim Fuda, director of ...' and 'The spokesman, Zemedkun Tekle, ...' give a role."""
    roles = {
        c.lemma_.lower()
        for c in last.children
        if c.dep_ == "appos"
        and (c.lemma_.lower() in lexicon.titles or c.pos_ == "NOUN" and person_noun(c.lemma_.lower(), lexicon))
    }
    head = last.head
    is_title = last.dep_ == "appos" and head.lemma_.lower() in lexicon.titles and head.i < last.i
    if is_title and any(t.text == "," for t in last.doc[head.i : last.i]):
        roles.add(head.lemma_.lower())
    role = _role_before_body(last, lexicon)
    if role is not None:
        roles.add(role)
    return roles


def _role_before_body(last: Token, lexicon: Lexicon) -> str | None:
    """'A spokeswoman for the Red Cross, Leila Haddad, said', 'the mayor of Lyon, Anne Roux,': the parser hangs the
    name on the body or place closing the role's phrase, not on the role; the role is still the person's."""
    body = last.head
    if last.dep_ != "appos" or body.dep_ != "pobj" or body.i > last.i or body.head.lower_ not in ("for", "of", "at"):
        return None
    role = body.head.head
    lemma = role.lemma_.lower()
    if role.pos_ != "NOUN" or role.i > body.i or not (lemma in lexicon.titles or person_noun(lemma, lexicon)):
        return None
    return lemma if any(t.text == "," for t in last.doc[body.i : last.i]) else None
