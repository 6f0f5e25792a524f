"""Which verbs say something, read from the parse: a public judgement of an object ('denounced the memoranda'),
a verb of naming ('called the crisis the worst'), a that-clause after any verb whose subject can speak ('regrets
that ...'), and the forms that look like saying but are not ('an attack said to have killed 140'; a thing taken or
refused, 'claimed thousands of pounds', is in deeds.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.pronoun_bodies import can_speak

# Public judgements: with an object they are statements whether quoted or not ("denounced the memoranda",
# "criticized the House's decision", "slammed the ruling as ..."), as "accused X of" is.
EVALUATIVE = {
    "criticize",
    "criticise",
    "condemn",
    "denounce",
    "slam",
    "lambaste",
    "decry",
    "brand",
    "demand",
    "praise",
    "hail",
    "welcome",
    "blast",
    "reject",
    "dismiss",
    "defend",
}

# verbs with a that-clause that do or know rather than say ("ensures that", "learned that")
_NOT_STATING = frozenset(
    "ensure mean require make see hear learn realize realise know understand order rule decide be have so".split()
)
_SPEAKING_PRONOUNS = {"he", "she", "they", "we", "i"}


def that_clause(verb: Token, lexicon: Lexicon) -> bool:
    """'Ann Lee regrets that the hall cannot help', 'The party concurred that ...': a party that can speak
    as the subject of a verb whose complement is a clause opened by 'that' states that clause."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _NOT_STATING:
        return False
    if not any(
        c.dep_ == "ccomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    ) and not _voiced_view(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # 'The judge ruled for the company, and held that ...': the second verb shares the first one's subject
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and (can_speak(subject, lexicon) or subject.lower_ in _SPEAKING_PRONOUNS)


_VOICING = frozenset(["express", "voice", "raise", "share", "air"])
_VIEWS = frozenset(
    "concern concerns fear fears hope hopes doubt doubts worry worries confidence optimism belief".split()
)


def _voiced_view(verb: Token) -> bool:
    """'The union expressed concern that factories would lay off workers', 'Residents raised fears that the river
    would flood again': a view voiced with the clause that holds it states that clause, as 'feared that' would."""
    if verb.lemma_.lower() not in _VOICING:
        return False
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _VIEWS
        and any(a.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in a.children) for a in c.children)
        for c in verb.children
    )


def identifies_as(verb: Token, lexicon: Lexicon) -> bool:
    """'Officials identified the suspect as Patrick Crusius', 'the agency identified him only as "Mr. A"': a party
    that can speak naming who someone is tells what it knows; 'was identified as' names no one."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "identify" or any(c.dep_ == "neg" for c in verb.children):
        return False
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or not (can_speak(subject, lexicon) or subject.lower_ in ("they", "he", "she", "we")):
        return False
    as_what = any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children) for c in children)
    return as_what and any(c.dep_ == "dobj" for c in children)


def remembers_as(verb: Token, lexicon: Lexicon) -> bool:
    """'Former students remembered him as a patient teacher', 'Teammates remembered Okafor as the hardest worker':
    the obituary's formula, people characterising the dead as 'described him as' does; their words, not the
    reporter's. A pronoun's memory ('he remembered her as a shy girl') and the passive 'is remembered as' (no
    one named) stay the reporter's."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "remember" or any(c.dep_ == "neg" for c in verb.children):
        return False
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    as_what = any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children) for c in children)
    return as_what and any(c.dep_ == "dobj" for c in children)


_HEARSAY = {"say", "report", "believe", "think", "know", "rumor", "rumour", "expect", "allege", "estimate"}


def judges(verb: Token, lemma: str) -> bool:
    """'The ministers denounced the memoranda': a public judgement of an object by a subject that is
    given ('was criticized widely' names no one; 'the blast' or 'the car slammed the wall' is no judgement)."""
    if verb.pos_ != "VERB" or lemma not in EVALUATIVE and not (lemma in _NAMING and names_as(verb)):
        return False
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        and verb.dep_ == "conj"
        and _judging(verb.head)
        and not any(c.dep_ == "nsubjpass" for c in children)
    ):
        # 'welcomed the apology but called the fund inadequate': a judgement joined to another shares its subject
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" and subject.lower_ in ("it", "this", "that"):
        return False
    if lemma in _REBUTTING:
        return False  # 'rejected the move', 'readers dismissed it as one of those things': a deed or a reaction
    return any(c.dep_ in ("dobj", "ccomp") for c in children)


# 'dismissed the figures as "pure fantasy"', 'rejected the allegations as "baseless"': a rebuttal speaks with the
# quotation that says what the rejected thing is (a weak cue); without one it is a deed (a move rejected, a case
# dismissed) or a reaction no one voiced, the reporter's claim as before
_REBUTTING = {"reject", "dismiss"}


_NAMING = {"call", "label", "brand", "term", "dub"}


def _judging(verb: Token) -> bool:
    return verb.pos_ == "VERB" and (verb.lemma_.lower() in EVALUATIVE or verb.lemma_.lower() in _NAMING)


def names_as(verb: Token) -> bool:
    """'The United Nations called the crisis the worst in the world', 'called its actions defensive': a verb
    of naming with an object and what the object is called is a judgement, quoted or not."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in ("what", "which", "that", "whom")]
    if not objects or any(c.dep_ == "prt" for c in verb.children):  # "called off the strike"; "what he calls"
        return False
    if any(t.text in ('"', "“", "”") for t in verb.subtree):
        return False  # 'called it "unexpected"': the quotation is what was said, read as such
    return any(c.dep_ == "oprd" for c in verb.children) or any(
        c.dep_ == "acl" and c.pos_ == "ADJ" for o in objects for c in o.children
    )


def reduced_passive(verb: Token) -> bool:
    """'an attack said to have killed 140', 'soldiers, reported to number about 100': hearsay, no speaker.
    Not 'the minister said to the Daily Mirror': there 'to' is a preposition naming the listener."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if verb.lemma_.lower() in _HEARSAY and nxt is not None and nxt.lower_ == "to" and nxt.dep_ != "prep":
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "amod", "advcl")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux", "agent") for c in verb.children)
    )


def calls_for(verb: Token) -> bool:
    """'called for the election to be postponed' is a public demand, quoted or not."""
    children = list(verb.children)
    return (
        verb.lemma_.lower() in ("call", "ask")
        and any(
            c.dep_ in ("prep", "mark") and c.lower_ == "for"
            for c in children + [g for c in children for g in c.children]
        )
        and not any(c.dep_ == "dobj" for c in children)
    )


ACCUSING = {"accuse"}


def as_put(verb: Token) -> bool:
    """'as one analyst put it', 'as the decision puts it': a source's wording, whatever verb it qualifies."""
    children = list(verb.children)
    it = next((c for c in children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    if verb.lemma_.lower() != "put" or it is None or it.i + 1 >= len(verb.doc):
        return False  # "as she put it on the table" is no wording: the clause must end at "it"
    return verb.doc[it.i + 1].is_punct and any(c.dep_ == "mark" and c.lower_ == "as" for c in children)


def cites_a_reason(verb: Token, lemma: str, lexicon: Lexicon) -> bool:
    """'The governor postponed the vote, citing the health crisis': a participle giving the reason the subject
    of the clause above it gave; not a source it relied on ('Reuters, citing anonymous sources, reported')."""
    if lemma != "cite" or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    reason = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if reason is None or reason.pos_ != "NOUN":
        return False
    noun = reason.lemma_.lower()
    sources = lexicon.anonymous_nouns | lexicon.source_nouns | lexicon.document_nouns | lexicon.outlet_nouns
    return noun not in sources and not reason.ent_type_ and not can_speak(reason, lexicon)


# Verbs whose plain object is what the words are about, not what they say ('explained his decision on three points',
# 'clarify my position', 'noted various hypotheses about the cause'), as an embedded question is ('explains why ...').
_OF_TOPICS = frozenset("explain clarify discuss note post outline detail elaborate address describe".split())


def names_a_topic(verb: Token) -> bool:
    """A verb of explaining with only a noun object: no clause, no 'as', no quotation, no content of its own."""
    if verb.lemma_.lower() not in _OF_TOPICS or verb.lemma_.lower() == "describe" and verb.tag_ != "VBG":
        return False  # '..., describing the lack of sunlight': an aside naming what an account was about
    children = list(verb.children)
    if not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in children):
        return False
    said = any(c.dep_ in ("ccomp", "xcomp", "oprd", "parataxis") or c.lower_ in ("as", "that") for c in children)
    return not said and not any(t.text in ('"', "“", "”") for t in verb.subtree)


def ongoing_act(verb: Token) -> bool:
    """'were tweeting the candidates' replies', 'He's basically repeating the slogans', 'She is not a Satan
    worshipper, she was joking with the program host': a verb of saying in the progressive with no clause after
    it tells what someone was doing, not what they said ('they are claiming that ...' still reports)."""
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    return progressive and not any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children)
