"""The outlet told, when the parser glued it to what it was told.

"told Brussels-based media network EURACTIV safety procedure had been followed", "told Agence France-Presse arson
has been used ...": with no "that" after the name, the small model reads the outlet's name as words describing
the subject of the reported clause ("EURACTIV safety procedure"), so the addressee disappears into the content.
A clause that starts right after "told" has lost its addressee; a named outlet at its start is that addressee.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.outlets import Mention, outlet_mentions


def glued_addressee(verb: Token, lexicon: Lexicon) -> Mention | None:
    """The outlet that opens the subject of the clause 'told' reports, when 'told' has no addressee of its own."""
    if verb.lemma_.lower() != "tell" or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None or clause.left_edge.i != verb.i + 1:
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != verb.i + 1 or subject.pos_ != "NOUN":
        return None  # the clause's own subject follows: "told reporters ...", a pronoun, a name alone
    for mention in outlet_mentions(verb.sent, lexicon):
        if verb.i < mention.start and mention.end <= subject.i:  # words describing the outlet may come first
            return mention  # and the subject's head, a common noun, after it: "EURACTIV safety procedure"
    return None
