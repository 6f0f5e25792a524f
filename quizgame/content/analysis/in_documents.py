"""Statements delivered in a document: 'X said in a statement', 'In his letter, X found', 'a statement from
the group said'. The gold README counts the source of these as a document (the reader could look it up),
though the speaker named is a person or an organisation; an outlet or a social-media post keeps its kind.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.reading import same_token

_CLAUSE_LINKS = ("conj", "advcl", "xcomp")  # "denounced ..., calling ...": the prep sits on the first verb
_OPENERS = ("in", "through", "via")


def delivered_in_document(verb: Token, lexicon: Lexicon) -> bool:
    """The cue verb (or the verb it continues) has 'in a statement' / 'in its media release' / 'in a letter'."""
    token: Token | None = verb
    while token is not None:
        for holder in [token, *_misattached(token)]:
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in _OPENERS and _document_object(prep, lexicon):
                    return True
        token = token.head if token.dep_ in _CLAUSE_LINKS and not same_token(token.head, token) else None
    return False


def _misattached(verb: Token) -> list[Token]:
    """Where the parser hangs the document instead: on a clause it made of the opening phrase ('In a press
    release issued the next day, the ministry denounced ...'), or on the verb of what was urged ('advised
    citizens to leave in its security alert')."""
    return [c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i < verb.i or c.dep_ == "xcomp"]


def is_document_noun(token: Token | None, lexicon: Lexicon) -> bool:
    return (
        token is not None
        and token.pos_ == "NOUN"
        and (token.lemma_.lower() in lexicon.document_nouns or token.lower_ in lexicon.document_nouns)
    )


# a blogger writing in a blog is named (styles README), and so is an author writing in an article or an analysis
_OWN_WRITING = {"blog", "column", "page", "post", "essay", "article", "analysis", "op-ed"}


def _document_object(prep: Token, lexicon: Lexicon) -> bool:
    """'in a statement', not 'in a News.com.au report': an outlet's report carries the speaker's words to it."""
    return any(
        c.dep_ == "pobj"
        and is_document_noun(c, lexicon)
        and c.lemma_.lower() not in _OWN_WRITING
        and not _outlet_owned(c, lexicon)
        for c in prep.children
    )


def _outlet_owned(noun: Token, lexicon: Lexicon) -> bool:
    """A named outlet ('News.com.au'), not 'media' or 'press' ('in its media release' is the company's)."""
    owners = [t for c in noun.children if c.dep_ in ("compound", "poss", "nmod") for t in c.subtree]
    names = [t.text for t in owners if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")]
    return bool(names) and lexicon.outlet_kind(" ".join(names)) == "outlet"
