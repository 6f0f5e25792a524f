"""Editors' notes: sentences about the article itself, not about the world.

'This story has been updated to correct the year ...', 'An earlier version of this article misstated the date',
'This interview has been edited for length and clarity': the subject is the text the reader is reading (a story,
article, interview ... with 'this', or an earlier version of one), and the verb tells what the newsroom did to it.
They are boilerplate, as credit lines are: no source stands behind them and nothing in them is a checkable claim
about the news (gold README: credit lines are not annotated as any category).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# 'report' and 'post' are left out: 'This report found ...' is most often a report the article is about.
_TEXTS = frozenset("story article interview piece transcript version".split())
_EDITS = frozenset(
    "update correct edit amend condense shorten misstate misspell misidentify misquote misattribute revise".split()
)


def is_editors_note(sentence: Span) -> bool:
    root = sentence.root
    if root.lemma_.lower() not in _EDITS:
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and _this_text(subject)


def _this_text(noun: Token) -> bool:
    """'this story', 'this article', 'an earlier version of this story'."""
    if noun.lemma_.lower() not in _TEXTS:
        return False
    if any(c.dep_ == "det" and c.lower_ == "this" for c in noun.children):
        return True
    return noun.lemma_.lower() == "version" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_this_text(o) for o in c.children if o.dep_ == "pobj")
        for c in noun.children
    )
