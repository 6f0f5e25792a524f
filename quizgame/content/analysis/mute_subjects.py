"""Subjects that name a thing, not a source: 'the detention', 'the decision', 'the tally'.

'Lammy told MPs that the detention of Shirin Karimi was "arbitrary" and called for her release': the parser
joins 'called' to the reported clause ('was'), so its subject would be 'the detention'. A detention, a decision
or a vote calls for nothing; the verb of saying belongs with the one reporting the clause (cue_parts.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import Lexicon

_SOURCE_ENTITIES = {"PERSON", "ORG", "NORP", "GPE", "FAC"}


def is_mute_thing(subject: Token, lexicon: Lexicon) -> bool:
    """A common noun that is no person, group, title, outlet or document, and no name or pronoun: it cannot
    be the one who speaks. Unknown words count as things only when they are plain common nouns."""
    if subject.pos_ != "NOUN" or subject.ent_type_ in _SOURCE_ENTITIES:
        return False
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children):
        return False  # 'the Ortiz campaign', 'Sanders aides'
    lemma = subject.lemma_.lower()
    speaking = (
        lexicon.anonymous_nouns,
        lexicon.organization_nouns,
        lexicon.titles,
        lexicon.outlet_nouns,
        lexicon.document_nouns,
    )
    if any(lemma in words or subject.lower_ in words for words in speaking):
        return False
    return not lemma.endswith(("er", "or", "ist", "ian", "ant", "ent"))  # 'voter', 'governor', 'activist' ...
