"""A source that closes its sentence after a comma, with a verb the small model reads as a noun: 'Cases have been
confirmed in Texas and Kansas, data from the agriculture department show.', '..., figures obtained by the Echo
show.', '..., figures released by NHS England show.' A phrase after the subject ('from ...', 'released by ...')
makes the parser take 'show' for the last noun of it, so no cue is found and the sentence is called unsourced.
Read from the form: a last word 'show(s)', 'suggest(s)', 'indicate(s)', 'reveal(s)' before the full stop, after a
comma, in a phrase headed by a document noun ('figures', 'data', 'records') with no finite verb of its own; also when
the parser made 'show' a verb but took its subject for a compound ('..., court records show.').
(When the parse is right, 'council figures show' is a verb cue as any other.)
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.cue_parts import Cue, clean_span
from quizgame.content.analysis.lexicon import Lexicon

_CLOSING = frozenset("show shows suggest suggests indicate indicates reveal reveals".split())
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_ISSUING = frozenset("release publish compile issue produce collect".split())  # not 'obtained by' a paper
_STRENGTH = 0.7  # as a document's verb (cues._DOCUMENT_STRENGTH): read off the form, not the parse


def closing_source(token: Token, lexicon: Lexicon) -> Cue | None:
    if token.lower_ not in _CLOSING:
        return None
    if token.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None  # a verb with its subject is a cue as any other; '..., court records show.' parsed with
        # 'records' as a compound of 'show' has none, and is read from the form like the noun case
    if token.i and token.doc[token.i - 1].pos_ == "DET":
        return None  # 'a video of the show.': the noun it is
    sent = token.sent
    after = [t for t in token.doc[token.i + 1 : sent.end] if not t.is_space]
    if [t.text for t in after] != ["."]:
        return None
    comma = next((t for t in reversed(token.doc[sent.start : token.i]) if t.text == ","), None)
    if comma is None or comma.i == sent.start:
        return None
    phrase = list(token.doc[comma.i + 1 : token.i])
    if not phrase or any(t.tag_ in _FINITE or t.is_punct for t in phrase):
        return None  # '..., which the report shows': a clause, not a source phrase
    head = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN") and _document(t, lexicon)), None)
    if head is None or not _document(head, lexicon) or head.i > comma.i + 4:
        return None
    content = clean_span(token, [t for t in sent if t.i < comma.i])
    if content is None:
        return None
    agent, prep = token.doc[token.i - 1], token.head
    obtained = prep.lower_ == "by" and prep.head.lemma_.lower() not in _ISSUING  # 'obtained by the Echo': not theirs
    if token.dep_ == "pobj" and agent.head == token and agent.pos_ in ("NOUN", "PROPN") and not obtained:
        head = agent  # 'released by NHS England show', 'from the league show': the body, its name without 'show'
    return Cue(token, token.text, head, content, weak=False, kind_hint="document", strength=_STRENGTH)


def _document(token: Token, lexicon: Lexicon) -> bool:
    return token.lemma_.lower() in lexicon.document_nouns or token.lower_ in lexicon.document_nouns
