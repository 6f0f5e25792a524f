"""Where a loaded term's rule matches the parse (loaded.py weighs the match): the lemma and part of speech, a
phrasal verb's particle, a phrase's words in order, the subject and what a verb acts on ("seized control" of a
place, not "seized drugs"), and the senses that are not the charged one (loaded_senses.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import TermRule
from quizgame.content.analysis.loaded_senses import (
    claims_a_thing,
    in_term_of_art,
    literal,
    plain_head,
    term_of_art_claim,
    verb_read_as_adjective,
)

_PLACES = {"GPE", "LOC", "FAC"}
_OBJECT_DEPS = {"dobj", "nsubjpass", "pobj"}


def match(token: Token, rule: TermRule, speech_verbs: set[int]) -> list[Token] | None:
    """The tokens the rule covers at `token` (the word, its particle, a phrase; with the subject and the object
    when the rule asks for them), or None where the rule does not match there."""
    if len(rule.lemmas) > 1:
        return _phrase(token, rule)
    if rule.pos and token.pos_ not in rule.pos and not (token.pos_ == "PROPN" and token.text.islower()):
        return None  # a lower-case word tagged PROPN ("hardline") is a mis-tag: its lemma decides
    if rule.pos and "VERB" not in rule.pos and verb_read_as_adjective(token):
        return None  # "had been troubling Ireland": a verb the parser tagged as an adjective
    # "claimed that ...", "claimed to have swept ..." judge a statement; "claimed victory" is a claim to a thing
    if rule.cue_only and token.i not in speech_verbs and not any(stated(c) for c in token.children):
        return None
    if rule.cue_only and (claims_a_thing(token) or term_of_art_claim(token)):
        return None  # "6 countries are claiming the islands", "claimed responsibility", "the motion claims"
    span = [token]
    if rule.particle is not None:
        particle = next(
            (c for c in token.children if c.dep_ in ("prt", "advmod", "prep") and c.lower_ == rule.particle), None
        )
        if particle is None:
            return None
        span.append(particle)
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in rule.not_subjects:
        return None
    if rule.not_subjects and _agent(token) in rule.not_subjects:
        return None  # "the town was devastated by the storm": the doer in the passive
    if rule.literal_when and literal(token, rule.literal_when):
        return None
    if rule.heads and not (token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in rule.heads):
        return None  # "a deadly Taliban faction" labels a group; "a deadly attack" states a fact
    if rule.plain_heads and plain_head(token, rule.plain_heads):
        return None  # "heated discussions": the set phrase for a sharp argument; "twisted metal": the plain sense
    if rule.terms_of_art and in_term_of_art(token, rule.terms_of_art):
        return None  # "cruel and unusual punishment", "a pension scheme": a field's own term
    obj = _object(token)
    if rule.objects:
        if obj is None or not (obj.lemma_.lower() in rule.objects or obj.ent_type_ in _PLACES):
            return None
        if obj.lemma_.lower() in rule.extend_objects:
            span.append(obj)
    if rule.with_subject and subject is not None and obj is not None:
        span = list(subject.subtree) + span + [t for t in obj.subtree]
    return sorted(span, key=lambda t: t.i) if _contiguous_enough(span) else [token]


def _agent(verb: Token) -> str:
    """The lemma of a passive verb's doer ("devastated by the storm"), or ''."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return doer.lemma_.lower() if doer is not None else ""


def stated(child: Token) -> bool:
    """What a verb of saying states: a clause ("claimed that ...") or an infinitive of being or having ("claimed to
    have swept the vote", "claims to be a doctor"): not a plan ("insisted on going") or a thing ("claimed victory")."""
    if child.dep_ == "ccomp":
        return True
    return (
        child.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        and (
            child.lemma_ in ("be", "have")
            or any(c.dep_ in ("aux", "auxpass") and c.lemma_ in ("be", "have") for c in child.children)
        )
    )


def _object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            if child.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head
    for child in verb.children:
        if child.dep_ == "prep":
            pobj = next((c for c in child.children if c.dep_ in _OBJECT_DEPS), None)
            if pobj is not None:
                return pobj
    return None


def _phrase(token: Token, rule: TermRule) -> list[Token] | None:
    doc = token.doc
    words = rule.lemmas
    if token.i + len(words) > len(doc):
        return None
    span = [doc[token.i + k] for k in range(len(words))]
    for word, tok in zip(words, span, strict=True):
        if word not in (tok.lower_, tok.lemma_.lower()):
            return None
    return span


def _contiguous_enough(span: list[Token]) -> bool:
    indices = sorted(t.i for t in span)
    return indices[-1] - indices[0] < 12
