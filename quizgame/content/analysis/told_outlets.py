"""The outlet told, when the parser glued it to what it was told.

"told Brussels-based media network EURACTIV safety procedure had been followed", "told Agence France-Presse arson
has been used ...": with no "that" after the name, the small model reads the outlet's name as words describing
the subject of the reported clause ("EURACTIV safety procedure"), so the addressee disappears into the content.
A clause that starts right after "told" has lost its addressee; a named outlet at its start is that addressee.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.cue_phrases import noun_words, outlet_name
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


_QUOTING_LINKS = ("advcl", "acl", "pcomp", "xcomp", "prep")


def quoting_outlet(verb: Token, lexicon: Lexicon) -> str | None:
    """'Cardinal George is quoted by Fox 32 Chicago responding to the letter: "..."', 'Fritchey is quoted in the
    Chicago Sun-Times as saying ...': the words reached the article through the outlet that quoted them."""
    governor = verb
    for _ in range(3):
        if governor.lemma_.lower() == "quote" or governor.dep_ not in _QUOTING_LINKS or governor.head.i == governor.i:
            break
        governor = governor.head
    if governor.lemma_.lower() != "quote":
        return None
    for child in governor.children:
        if child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ in ("in", "on", "by"):
            nouns = [c for c in child.children if c.dep_ == "pobj"]
            if len(nouns) > 1:  # 'the Harbor Post-Gazette' read as three objects: the name runs over them all
                words = child.doc[nouns[0].left_edge.i : nouns[-1].i + 1].text.removeprefix("the ").removeprefix("The ")
                if lexicon.outlet_kind(words) == "outlet":
                    return words
            for noun in nouns:
                if lexicon.outlet_kind(noun_words(noun)) == "outlet":
                    return outlet_name(noun)
    return None
