"""Verbs of causing and making with a small clause: 'the driver's record rendered him a danger', 'the audit left
the agency exposed', 'the ruling made the law void'.

A small clause is an object and what it is or becomes, with no verb of its own (a noun, an adjective, a
participle or a bare infinitive: 'rendered him a danger', 'left it exposed', 'made him resign'). The parser hangs
it on the verb as a clause (ccomp, xcomp, oprd), so a document subject with one looked like a document saying
something. Only a verb of saying, judging or naming states something through a small clause ('the report deemed
the plan unsafe', 'the ruling declared the law void', 'the study called it "unexpected"'); a verb that causes or
makes states nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import Lexicon

_COMPLEMENTS = ("ccomp", "xcomp", "oprd")
_PHRASES = ("NOUN", "PROPN", "PRON", "ADJ", "NUM")  # 'a danger', 'exposed' (as an adjective), 'void'


def causes_a_state(verb: Token, lexicon: Lexicon) -> bool:
    """The verb's only clauses are small clauses and the verb is none of saying, judging or naming."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.strong_cues or lemma in lexicon.weak_cues or lemma in lexicon.clausal_cues:
        return False
    if lemma in lexicon.naming_cues:
        return False
    clauses = [c for c in verb.children if c.dep_ in _COMPLEMENTS]
    return bool(clauses) and all(_small(c) for c in clauses)


def _small(clause: Token) -> bool:
    """No finite verb, no 'to' and no 'that': what the object is or becomes, not a proposition."""
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
        return False  # 'instructs archbishops to notify ...', 'shows that ...'
    if clause.pos_ in _PHRASES:
        return True
    return clause.tag_ in ("VBN", "VB")  # 'left the agency exposed', 'made him resign'
