"""Whose words a blockquote is when its lead-in names two people: the clause that ends at the colon introduces it.

A roundup's lead-in often sets one blogger against another before the colon: 'While Edward Hutcheson wonders
"...", Bahama Republic sees it fit to give "a last prediction":' (the blockquote is Bahama Republic's), 'While some
users defended the city, most agreed with user Choi Ji-woo, who asked:' (Choi's), 'the group gathered at the
courthouse, where Mehmet Karlı criticized the proceedings:' (Karlı's, not the group's press statements of the
sentence before). The cue nearest the sentence's root is the wrong pick in each: a cue inside the adverbial clause
the main clause is set against, or none in the main clause and one in the relative clause that closes it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quizgame.content.analysis.cue_parts import Cue

_SET_AGAINST = frozenset({"while", "whereas", "although", "though"})  # the clause the main one answers


def nearest_the_colon(sentence: Span, cues: list[Cue]) -> Cue | None:
    """The cue introducing what follows the sentence's colon when the main clause is not itself a cue: a cue in a
    relative clause with a subject of its own that runs to the colon ('..., who asked:', '... where X criticized
    the proceedings:'), else the main clause's subject when the only cues stand in a clause it is set against
    ('While X wonders ..., Y sees fit to give ...:'). None when the cue nearest the root is to be taken."""
    if not sentence.text.rstrip().endswith(":"):
        return None
    root = sentence.root
    if any(c.verb == root or c.verb in root.conjuncts for c in cues):
        return None  # 'Ido Kenan reported on the comments posted by some Israelis:' is Kenan's
    colon = sentence[-1].i if sentence[-1].text == ":" else sentence.end
    for cue in cues:
        verb = cue.verb
        if verb.dep_ == "relcl" and _has_subject(verb) and verb.right_edge.i >= colon - 1:
            return cue
    if not all(_set_against(c.verb, root) for c in cues):
        return None
    subject = _main_subject(root)
    return None if subject is None else Cue(root, root.text, subject, None, weak=False)


def over_set_against(sentence: Span, subject: Token) -> Token:
    """The main clause's subject when `subject` stands in a clause the main one is set against ('While blogger Ana
    Ruiz wonders ..., the Harbour Blog sees fit to give ...:'), else `subject`."""
    if not sentence.text.rstrip().endswith(":") or not _set_against(subject.head, sentence.root):
        return subject
    return _main_subject(sentence.root) or subject


def _main_subject(root: Token) -> Token | None:
    return next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _set_against(verb: Token, root: Token) -> bool:
    """The verb stands in an adverbial clause of the root opened by 'while', 'although' ... before the root."""
    for token in [verb, *verb.ancestors]:
        if token.head == root and token.dep_ == "advcl" and token.i < root.i:
            return any(c.dep_ == "mark" and c.lower_ in _SET_AGAINST for c in token.children)
    return False
