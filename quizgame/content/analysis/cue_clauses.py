"""Whether a cue governs a clause: 'believes the plan will fail', 'urged states to vote by mail', 'showed the car
burn', and what a verb that is also an everyday verb ('declared a holiday', 'urged restraint') governs when it
reports. What the clause holds, the cue's content, is read in cue_content.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.deed_clauses import purpose_clause
from quizgame.content.analysis.mid_cues import set_off
from quizgame.content.analysis.split_clauses import split_clause


def governs_clause(verb: Token) -> bool:
    """'believes the plan will fail', 'urged states to vote by mail', 'showed the car burn'."""
    for child in verb.children:
        if child.dep_ == "ccomp" and not purpose_clause(child):  # '... that X', '"...," he added'; not 'so she could'
            return True
        if child.dep_ in ("xcomp", "oprd") and (
            any(c.dep_ in ("nsubj", "aux") for c in child.children) or any(c.dep_ == "dobj" for c in verb.children)
        ):
            return True
        if child.dep_ == "dobj" and any(c.dep_ in ("acl", "relcl") and _scene_verb(c) for c in child.children):
            return True  # "footage showed the vehicle burn", "the video shows a man being interrogated"
        if child.dep_ == "dobj" and any(t.dep_ == "ccomp" and _has_subject(t) for t in child.subtree):
            return True  # "indicated the chances of finding survivors were diminishing" (misparsed)
    if set_off(verb) is not None or split_clause(verb) is not None:
        return True  # "maintained an impeachment inquiry is what ...": a clause the parser split from its subject
    return verb.dep_ in ("parataxis", "ccomp") and verb.i > verb.head.i and verb.head.pos_ in ("VERB", "AUX")


def states_a_clause(child: Token) -> bool:
    """What a verb that is also an everyday verb ('declared a holiday', 'urged restraint') governs when it
    reports: an infinitive ('urged states to vote'), a finite clause with a subject of its own ('declared that
    the vote was void', 'urged the immunity be waived'), or an object said to be something ('declared the
    outbreak to be a pandemic')."""
    if child.dep_ == "xcomp":
        return any(a.lower_ == "to" for a in child.children)
    if child.dep_ == "ccomp":  # the parser takes the clause's subject for the verb's object at times
        return not purpose_clause(child) and any(
            a.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for a in child.children
        )
    return child.dep_ == "dobj" and any(
        a.dep_ in ("acl", "relcl") and a.lemma_ == "be" and any(t.lower_ == "to" for t in a.children)
        for a in child.children
    )


def _scene_verb(verb: Token) -> bool:
    return verb.tag_ in ("VB", "VBG") or verb.tag_ == "VBN" and any(c.lower_ == "being" for c in verb.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
