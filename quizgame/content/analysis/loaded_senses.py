"""Whether a charged-looking word is used in its plain sense: the contexts a lexicon entry lists as literal
(`literal_when`: an armed actor's act, a physical blow, an abstract subject, a movement's own name ...), and the
senses that judge or doubt nothing: 'controversial' said of a thing under dispute, a reply made with a score
rather than words, a judging word for a scripted role, 'claim' as a right, a legal term or a death.

The contexts of conflict and force themselves are read in loaded_context.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quizgame.content.analysis.cue_verbs import takes_lives
from quizgame.content.analysis.loaded_context import (
    PEOPLE_NOUNS,
    against_forces,
    aimed,
    armed_actor,
    in_a_takeover,
    own_name,
    people,
    physical_blow,
    subject_of,
)


def literal(verb: Token, when: frozenset[str]) -> bool:
    """Is the verb, in one of the entry's `literal_when` contexts, the plain word for what happened?"""
    subject = subject_of(verb) if when & {"armed", "physical", "abstract"} else None
    return (
        ("armed" in when and (armed_actor(subject) or against_forces(verb) or in_a_takeover(verb)))
        or ("physical" in when and physical_blow(verb, subject))
        or ("abstract" in when and not people(subject))
        or ("named" in when and own_name(verb))
        or ("focusing" in when and any(c.lower_ == "most" for c in verb.children))  # "most notably" = "especially"
        or ("done" in when and not aimed(verb))
        or ("things" in when and not labels_a_person(verb))
        or ("retort" in when and not retorts(verb))
        or ("falling" in when and falls_bodily(verb))
    )


_AUXILIARIES = frozenset("be been being is are was were am".split())


def verb_read_as_adjective(token: Token) -> bool:
    """Is an -ing word the parser tagged an adjective a verb taking a name as its object ("the conflicts that had been
    troubling Ireland for many years", "protests were worrying Beijing")? An adjective does not stand between an
    auxiliary and a bare proper name; the verb there is the plain word for what the subject did ('troubling' the
    country is no reporter's worry)."""
    if token.pos_ != "ADJ" or not token.lower_.endswith("ing") or token.dep_ != "amod" or token.i == 0:
        return False
    name = token.head
    return name.i == token.i + 1 and name.pos_ == "PROPN" and token.doc[token.i - 1].lower_ in _AUXILIARIES


# What falls bodily (an aircraft, a climber, a rock) and where it lands (the ground, a lake): a real fall, told in the
# plain verb, where "shares plummeted" dramatizes a figure.
_FALLERS = frozenset(
    "plane aircraft airplane airliner jet helicopter glider drone balloon satellite car bus truck lorry vehicle "
    "climber skydiver parachutist hiker body rock boulder debris elevator lift gondola".split()
)
_GROUND = frozenset(
    "ground earth sea ocean lake river water ravine valley gorge canyon cliff field street road floor roof pavement "
    "runway tarmac forest mountain mountainside hillside bay".split()
)


def falls_bodily(verb: Token) -> bool:
    """Is the fall a body's ("a small aircraft plummeted into a frozen lake", "the helicopter plummeted to the
    ground", "a climber plummeted 300 metres")? Figures fall to numbers, not into lakes."""
    subject = subject_of(verb)
    if subject is not None and subject.lemma_.lower() in _FALLERS:
        return True
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "onto", "to", "from", "off")):
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if place is not None and (place.lemma_.lower() in _GROUND or place.ent_type_ in ("LOC", "FAC")):
            return True
    return False


# Nouns for a person whom a label describes: "a controversial preacher", "controversial figure Eduard Limonov".
_PERSON_NOUNS = PEOPLE_NOUNS | frozenset(
    "figure personality preacher cleric pastor priest imam rabbi bishop politician man woman author writer blogger "
    "journalist artist singer rapper comedian host star celebrity businessman tycoon commentator pundit scholar "
    "professor academic doctor figurehead".split()
)


def described_noun(adjective: Token) -> Token | None:
    """The noun an adjective describes: its head ("a heated debate") or, said of it ("the debate has grown more
    heated"), the subject of its verb."""
    if adjective.dep_ == "amod":
        return adjective.head
    if adjective.dep_ in ("acomp", "oprd", "attr"):
        return subject_of(adjective.head)
    return None


def plain_head(adjective: Token, heads: frozenset[str]) -> bool:
    """Is the adjective said of a noun on which it is a set phrase or its plain sense ("heated debate", "twisted
    metal", "crude oil", "a massive heart attack": the noun with its compound, as two words)?"""
    noun = described_noun(adjective)
    if noun is None:
        return False
    lemma = noun.lemma_.lower()
    compounds = (f"{c.lemma_.lower()} {lemma}" for c in noun.children if c.dep_ == "compound")
    return lemma in heads or noun.lower_ in heads or any(c in heads for c in compounds)


def in_term_of_art(token: Token, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Does the word stand in one of a field's fixed terms ("cruel and unusual punishment", "a well-founded fear of
    persecution", "free radicals", "a pension scheme"), read word by word on the text, whatever the parse?"""
    doc = token.doc
    for phrase in phrases:
        for k, word in enumerate(phrase):
            start = token.i - k
            if not _says(token, word) or start < 0 or start + len(phrase) > len(doc):
                continue
            if all(_says(doc[start + j], w) for j, w in enumerate(phrase)):
                return True
    return False


def _says(token: Token, word: str) -> bool:
    return word in (token.lower_, token.lemma_.lower())


def labels_a_person(adjective: Token) -> bool:
    """Does the adjective describe a person ("Controversial Nigerian preacher T.B. Joshua", "controversial figure
    Eduard Limonov") rather than a thing under dispute ("the controversial trial of a woman", "the Spratly issue is
    more controversial", "each other's controversial points", "a controversial anti-gay bill")? Said of an issue, a
    trial or a law, 'controversial' reports that it is disputed, which is what the article then tells; said of a
    person it is a label the reporter pins on them."""
    noun = described_noun(adjective)
    if noun is None:
        return False
    if noun.lower_ in ("he", "she", "him", "her"):
        return True
    return noun.ent_type_ == "PERSON" or noun.pos_ == "PROPN" or noun.lemma_.lower() in _PERSON_NOUNS


# What a reply is made of when it is words: "hit back with a statement"; "hit back with a couple of tries" (rugby),
# "fired back with sanctions" are a score or an act in return, not words cast as a blow.
_WORDS = frozenset(
    "statement remark comment word tweet post letter speech response reply retort accusation criticism claim "
    "question insult jibe quip message video interview op-ed editorial column lawsuit suit".split()
)


def retorts(verb: Token) -> bool:
    """Is the reply words ('fired back at critics', 'hit back, saying ...', 'hit back with a statement')? A reply
    'with' something else ("Wynnum hit back with a couple of tries") is a score or an act, told in the plain word."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        inner = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        content = next((c for c in inner.children if c.dep_ == "pobj"), obj) if inner is not None else obj
        return content.lemma_.lower() in _WORDS or obj.lemma_.lower() in _WORDS
    return True


_ROLE_NOUNS = frozenset("character persona heel antagonist protagonist".split())
_ROLE_VERBS = frozenset("portray debut star cast".split())


def in_fiction(sentence: Span) -> bool:
    """Does the sentence tell a scripted role ("he debuted as the heel Brodie Lee, leader of the villainous faction",
    "she portrayed the evil queen", "his character, a ruthless gangster")? A judging word there describes the role
    in wrestling, film, theatre or a game, which the article separates from the person; 'played a key role' is no role
    of fiction, so 'role' and 'play' are not signs."""
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in _ROLE_NOUNS:
            return True
        if (
            token.pos_ == "VERB"
            and lemma in _ROLE_VERBS
            and (lemma == "portray" or any(c.lower_ == "as" for c in token.children))
        ):
            return True
    return False


def claims_a_thing(verb: Token) -> bool:
    """A verb of saying with a thing as its object and no clause ("claiming the resource-rich islands",
    "claimed responsibility") asserts a right or an act, not a statement whose truth it doubts."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ in ("NOUN", "PROPN") and not any(c.dep_ == "relcl" for c in obj.children)


# Filings whose "claims" are the legal term for what they assert: "The motion claims Trump's declaration is
# unconstitutional", "RIAA's take-down notice claimed ...".
_FILINGS = frozenset(
    "motion lawsuit suit complaint petition filing notice appeal indictment brief affidavit writ claim "
    "counterclaim pleading application".split()
)


def term_of_art_claim(verb: Token) -> bool:
    """'claim' in a sense that doubts nothing: a filing's legal claim ("the motion claims ...", "the take-down
    notice claimed ..."), a claim made formally ("Trump formally claimed the documents were subject to executive
    privilege": asserting a privilege is a legal act), or a death ("has claimed the life of the journalist", "claimed
    dozens of lives": the parser may read the victim as the subject of a clause, so the words after the verb decide)."""
    subject = subject_of(verb)
    if subject is not None and subject.lemma_.lower() in _FILINGS:
        return True
    if any(c.dep_ == "advmod" and c.lower_ in ("formally", "officially") for c in verb.children):
        return True
    return takes_lives(verb)
