"""A blockquote's lead-in that only names where the words were published: 'In the informational blog
Madrilonia.org [es]:', 'From their Blog post:'.

Such a lead-in has no verb, so neither a cue nor a subject gives the speaker, and the blockquote went to no one.
The publication's owner is the source: the possessor ('the group's'), the name set beside it
('Madrilonia.org'), or the owner after 'of' ('the website of the union'). A publication with no owner named ('In
the blog:') gives no one, and neither does a pronoun owner ('their'): the paragraph before often names a group and
its members ('Karen Border News has launched their workshop ... the students of the course speak'), and the nearest
plural is the wrong one as often as not.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from quizgame.content.analysis.cue_parts import Cue

_DOMAIN = re.compile(r"^[A-Za-z][\w-]*(?:\.[a-z]{2,})+$")
_WHERE = frozenset({"in", "from", "on"})
_PUBLICATIONS = frozenset(
    "blog post site website page column article newsletter statement account feed bulletin".split()
)


def publication_lead_in(sentence: Span) -> Cue | None:
    """The cue of a verbless lead-in 'In/From/On <publication>:' whose owner is named, the owner its speaker."""
    if not sentence.text.rstrip().endswith(":") or any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return None
    first = sentence[0]  # the parse roots these fragments anywhere: at 'In', at the name, at a language tag
    if first.lower_ not in _WHERE:
        return None
    noun = next((t for t in sentence if t.head == first and t.lemma_.lower() in _PUBLICATIONS), None)
    owner = None if noun is None else _owner(noun)
    if owner is None or owner.pos_ == "PRON":
        return None
    return Cue(noun, noun.text, owner, None, weak=False)


def _owner(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
    after = noun.nbor() if noun.i + 1 < len(noun.doc) else None  # 'blog Madrilonia.org', parsed as anything
    if after is not None and (after.pos_ == "PROPN" or after.like_url or _DOMAIN.match(after.text)):
        return after
    return None
