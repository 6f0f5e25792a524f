"""'It was reported he was in a coma', 'It has been widely argued that social media ...', 'though it was intimated
there were no signs of an explosion': an impersonal passive of a verb of saying over a clause says that the clause
was said, by people it leaves unnamed. The gold annotates these as attributions of unnamed sources (styles2,
styles4, the dev corpus); hedges with no clause ('was reported to be', 'reportedly', 'a reported fall') and beliefs
('it is believed that') stay the reporter's (the dev corpus README), and so does an aside with a modal ('it should
be noted that').
"""

from __future__ import annotations

from spacy.tokens import Token

_SAYING = frozenset("report say argue claim allege state note intimate announce confirm".split())


def impersonal_source(verb: Token) -> str | None:
    """The unnamed source of 'it was <said> (that) <clause>', None for any other form."""
    if verb.lemma_.lower() not in _SAYING:
        return None
    children = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in children):
        return None
    if not any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" and c.i < verb.i for c in children):
        return None
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in children):
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return None  # 'it should be noted that ...', 'it can be argued that ...': the reporter's own aside
    return "unnamed reports" if verb.lemma_.lower() == "report" else "unnamed sources"
