"""Clauses a verb of saying governs that are no statement: a purpose ('declared an emergency so he could fund a
wall'), a gerund or an infinitive inside someone's statement that tells what a thing could do ('the rules allow it to
advise ...'), a participle hung on another verb ('get these fees abolished'). The deeds told by an object are in
deeds.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import Lexicon

_QUOTE_MARKS = frozenset({'"', "“", "”"})

_PURPOSE_MODALS = frozenset({"could", "can", "would", "might", "may"})


def purpose_clause(clause: Token) -> bool:
    """'declared an emergency so he could fund a wall', 'so that schools could hire': a clause the parser hung on the
    verb as its complement, opened by 'so (that)' with a modal, says what the act was for. After a comma 'so' gives
    a result that is part of what was said ('stated the purchase was financed by a loan, so it is no burden')."""
    if clause.dep_ not in ("ccomp", "advcl"):
        return False
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "so" and m.i < clause.i), None)
    if mark is None or mark.i == 0 or mark.doc[mark.i - 1].text == ",":
        return False
    that = mark.doc[mark.i + 1].lower_ == "that"
    return that or any(c.dep_ == "aux" and c.lower_ in _PURPOSE_MODALS for c in clause.children)


_FINITE_AUX = frozenset(
    {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "have", "be", "do"}
)


def unstated_inside(verb: Token, lexicon: Lexicon) -> bool:
    """'argues that the march succeeded in revealing the true nature of the authorities', 'noted the scope allows
    it to advise including women': inside someone's statement, a verb of saying that is not finite (a gerund, an
    infinitive) and has no clause of its own tells what something could do or did figuratively, not a statement
    made ('by saying they forgave him' has a clause and is kept; 'According to' is a source phrase)."""
    if verb.lemma_.lower() not in lexicon.strong_cues | lexicon.weak_cues | lexicon.clausal_cues:
        return False  # 'according to' is a source phrase, not a verb of saying
    if verb.tag_ not in ("VB", "VBG") or any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ in _FINITE_AUX for c in verb.children
    ):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis", "oprd") for c in verb.children):
        return False
    return not quoted_within(verb)


def quoted_within(verb: Token) -> bool:
    """A quotation mark anywhere under the verb: then it reports words after all (deeds.py reads it too)."""
    return any(t.text in _QUOTE_MARKS for t in verb.subtree)


def hung_participle(verb: Token) -> bool:
    """'moved a motion to get these rules abolished', 'made videos and posts depicting her dancing': a participle
    with no auxiliary that the parser hung as the clause of another verb is a state or a description; its subject
    (a document noun) says nothing through it."""
    return (
        verb.dep_ in ("ccomp", "parataxis")
        and verb.tag_ in ("VBN", "VBG")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )
