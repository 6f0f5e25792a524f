"""A rejoinder tacked onto a sentence: '..., a charge Dravia rejected', '..., a figure the government has called
"propaganda"', '..., an account that organisers disputed'.

Conflict and court reports sum up a claim with a noun set off by a comma whose relative clause says who denied or
disputed it. The parser hangs the noun on the clause before it, so the first speaker's content ran on over it
('the military had killed 300 civilians, a figure the government has called "propaganda"' was all Amnesty's, the
quoted verdict too), and the denial itself was lost. The relative clause's own subject is the one who rejoins;
what it rejects is what the sentence said before the comma (or, with 'called', the verdict it gives).
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.cue_parts import Cue, clean_span

# verbs that answer a claim: denying, disputing or branding it
_REJOINING = {"deny", "reject", "dispute", "dismiss", "contest", "challenge", "refute", "rebut", "call", "describe"}
_RELATIVE_WORDS = {"that", "which", "what", "whom", "who"}
# how the small model hangs the summing-up noun on the clause before it ('a finding the airline disputed' comes out
# as a clausal complement of 'said')
_SUMMING_DEPS = ("appos", "npadvmod", "ccomp")
# '..., a figure that could not be independently verified': the reporter's caveat on the claim, no one's words
_CHECKING = {"verify", "confirm", "corroborate", "substantiate"}


def caveat_noun(verb: Token) -> Token | None:
    """The summing-up noun of a reporter's caveat: a negated 'verified'/'confirmed' whose subject is the relative
    word, set off by a comma after the claim."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in _CHECKING or verb.head.pos_ != "NOUN":
        return None
    noun = verb.head
    start = noun.left_edge.i
    if start < 2 or noun.doc[start - 1].text != "," or noun.dep_ not in _SUMMING_DEPS:
        return None
    negated = any(c.dep_ == "neg" for c in verb.children)
    relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in verb.children)
    return noun if negated and relative else None


def rejoinder_noun(verb: Token) -> Token | None:
    """The summing-up noun a rejoining verb's relative clause hangs on, when set off by a comma after a clause."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in _REJOINING or verb.head.pos_ != "NOUN":
        return None
    noun = verb.head
    start = noun.left_edge.i
    if start < 2 or noun.doc[start - 1].text != "," or noun.i > verb.i or noun.dep_ not in _SUMMING_DEPS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _RELATIVE_WORDS:
        return None  # 'a claim that was denied', 'a figure which shows': the noun is the subject, no one rejoins
    if any(c.dep_ == "dobj" and c.lower_ not in _RELATIVE_WORDS for c in verb.children):
        return None  # 'a plan the council called a mistake' keeps its gap; 'a town the army called home' ...
    return noun


def rejoinder_cue(verb: Token, noun: Token) -> Cue:
    """The rejoining party's cue: its verdict when it gives one ('called "propaganda"'), else the words before
    the comma, which are what it rejected."""
    comma = noun.left_edge.i - 1
    verdict = [t for c in verb.children if c.dep_ in ("oprd", "xcomp", "attr") for t in c.subtree]
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    if verdict:
        content = clean_span(verb, [verb, *verdict])  # 'called "propaganda"': the naming with its verdict
    else:
        content = clean_span(verb, [t for t in verb.sent if t.i < comma and not t.is_space])
    return Cue(verb, verb.text, subject, content, weak=False)


def clip_before(cue: Cue, noun: Token) -> None:
    """The content of a cue that ran over the comma stops before the rejoinder."""
    if cue.content is None:
        return
    comma = noun.doc[noun.left_edge.i - 1]
    start, end = cue.content
    if start < comma.idx < end:
        cue.content = (start, comma.idx)
