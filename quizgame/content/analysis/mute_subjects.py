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


_TIME_MARKS = {"after", "before", "when", "since", "as", "once", "until", "while"}


def subordinate_speaker(verb: Token, lexicon: Lexicon) -> Token | None:
    """'The announcement came after the European Parliament urged a resolution and said that ...', 'The news came
    hours after Mubarak announced he would cooperate, and said he would defend himself': the parser joins the
    second verb of saying to the main verb ('came'), whose subject is an event or a document, not to the clause
    of saying it continues; the one who urged or announced is the one who said."""
    head = verb.head
    if (
        verb.dep_ != "conj"
        or head.i == verb.i
        or saying_verb(head, lexicon)
        or any(c.dep_.startswith("nsubj") for c in verb.children)
    ):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in _SOURCE_ENTITIES:
        return None
    lemma = subject.lemma_.lower()
    if any(lemma in words for words in (lexicon.anonymous_nouns, lexicon.organization_nouns, lexicon.titles)):
        return None  # 'The minister left after the vote was announced and said ...': the minister said it
    for clause in head.children:
        if clause.dep_ != "advcl" or not head.i < clause.i < verb.i or not saying_verb(clause, lexicon):
            continue
        if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children):
            continue
        speaker = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if speaker is not None and (speaker.pos_ == "PROPN" or not is_mute_thing(speaker, lexicon)):
            return speaker
    return None


def saying_verb(verb: Token, lexicon: Lexicon) -> bool:
    """A verb of any cue list: strong, weak, naming or clausal (cue_parts.py reads it too)."""
    lemma = verb.lemma_.lower()
    return any(
        lemma in cues for cues in (lexicon.strong_cues, lexicon.weak_cues, lexicon.naming_cues, lexicon.clausal_cues)
    )
