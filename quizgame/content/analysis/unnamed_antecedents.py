"""A 'he' or 'she' that stands for a person the text never names: 'one of their daughters ... escaped ... She
... said', 'A victim of sexual violence told us about her ordeal ... She explains:', 'Meanwhile, the soldier came
up with his version. ... he said'.

The people list holds only names, so such a pronoun went to a named person further back (the mother, the video's
title). The candidates here are the singular subjects in the last sentences whose noun is a person's ('victim',
'soldier', 'daughter', 'one of the girls'), not a title (a title stands for the named person who holds it) and not
a name; a noun whose gender the word shows ('daughter', 'spokesman') must agree with the pronoun. They are ranked
as named antecedents are (pronouns.py): a main clause's subject first, then the nearer.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.person_names import person_noun

_FEMALE_NOUNS = {
    "woman", "girl", "mother", "daughter", "wife", "sister", "widow", "grandmother", "aunt", "niece", "actress",
    "spokeswoman", "chairwoman", "businesswoman", "congresswoman", "councilwoman", "policewoman", "nun", "lady",
    "queen", "princess", "bride", "girlfriend",
}  # fmt: skip
_MALE_NOUNS = {
    "man", "boy", "father", "son", "husband", "brother", "widower", "grandfather", "uncle", "nephew", "actor",
    "spokesman", "chairman", "businessman", "congressman", "councilman", "policeman", "monk", "king", "prince",
    "groom", "boyfriend",
}  # fmt: skip


def noun_gender(lemma: str) -> str | None:
    return "f" if lemma in _FEMALE_NOUNS else "m" if lemma in _MALE_NOUNS else None


def person_of(token: Token, lexicon: Lexicon) -> Token | None:
    """The noun that makes a subject a person: the subject itself ('the soldier'), or what 'one of' picks
    out ('one of their daughters'); None for a name, a title, a plural or a thing."""
    if token.pos_ == "PROPN" or any(c.pos_ == "PROPN" and c.dep_ in ("compound", "appos") for c in token.children):
        return None
    if token.lower_ == "one":
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is None or noun.tag_ != "NNS" or noun.pos_ != "NOUN":
            return None
        token = noun
    elif token.pos_ != "NOUN" or token.tag_ != "NN":
        return None
    lemma = token.lemma_.lower()
    if lemma in lexicon.titles and noun_gender(lemma) is None and _held_by_a_name(token):
        return None
    return token if person_noun(lemma, lexicon) or noun_gender(lemma) else None


def _held_by_a_name(title: Token) -> bool:
    """'Prime Minister Fouad Siniora ... the minister': a title written before with a person's name stands for that
    person (described_mentions.py finds them); 'a West Darfur security official ... The official argued ... He
    denied': a title no name was given with is the unnamed person itself, a 'he' after it is that official."""
    lemma = title.lemma_.lower()
    for token in title.doc[: title.i]:
        if token.lemma_.lower() != lemma:
            continue
        near = [*token.children, token.head] if token.dep_ in ("compound", "appos") else list(token.children)
        if any(
            t.ent_type_ == "PERSON"
            and t.dep_ in ("compound", "appos", "flat")
            or t.ent_type_ == "PERSON"
            and t is token.head
            for t in near
        ):
            return True
    return False


def unnamed_candidates(head: Token, lexicon: Lexicon, gender: str, window: int) -> list[tuple[Token, int, bool]]:
    """(subject, sentences back, main clause) for each unnamed person before the pronoun in `window` sentences."""
    doc = head.doc
    found: list[tuple[Token, int, bool]] = []
    sent, distance = head.sent, 0
    while distance <= window:
        for token in sent:
            if token.i >= head.i or token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            person = person_of(token, lexicon)
            if person is None or noun_gender(person.lemma_.lower()) not in (None, gender):
                continue
            found.append((token, distance, token.head.dep_ in ("ROOT", "conj", "ccomp")))
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        distance += 1
    return found
