"""Which token is a verb that attributes, and how: a verb of saying on its own; a verb of believing, showing
or finding with a subject and a clause ('she believes the plan will fail'), or a document's finding of none
('The audit found no evidence of fraud'); a document's verb with an object or a clause ('The decree instructs
archbishops to notify ...'). Read by cues.py, which makes the cues.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.cue_clauses import governs_clause, states_a_clause
from quizgame.content.analysis.cue_parts import subject_of
from quizgame.content.analysis.cue_verbs import identifies_as, remembers_as, that_clause
from quizgame.content.analysis.deed_clauses import hung_participle
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.not_stated import negated
from quizgame.content.analysis.pronoun_bodies import can_speak
from quizgame.content.analysis.small_clauses import causes_a_state

_CLAUSE_DEPS = {"ROOT", "advcl", "conj", "relcl", "ccomp", "xcomp", "acl", "parataxis", "pcomp"}
_NOT_SAYING = {
    "be",
    "have",
    "include",
    "contain",
    "cover",
    "take",
    "come",
    "go",
    "become",
    "remain",
    "get",
    "make",
    "follow",
    "affect",
    "allow",
    "require",
    "apply",
    "receive",
    "pass",
    "face",
    "need",
    "play",  # 'the law plays a role'
    # a document that brings something about or knows it does not say it ('A court ruling did ensure the details
    # were available to his lawyers', 'the decision means the plant will close')
    "ensure",
    "mean",
    "learn",
    "know",
    "understand",
    "realize",
    "realise",
}
# 'Blogs seem to be a forum' says nothing; 'The report appears to show that prices rose' says through its verb.
_RAISING = frozenset({"seem", "appear", "tend"})


def cue_lemma(token: Token, lexicon: Lexicon) -> tuple[str, bool] | None:
    """The verb of saying a token is, if any, and whether it attributes only through its clause.
    The tagger takes "tweeting" for a noun at times."""
    if token.pos_ != "VERB" and not (token.dep_ in _CLAUSE_DEPS and token.tag_ in ("NN", "VBG")):
        return None
    forms = (token.lemma_.lower(), token.lower_.removesuffix("ing"), token.lower_.removesuffix("ed"))
    for form in forms:
        if form in lexicon.strong_cues:
            return form, False
    for form in forms:
        if form in lexicon.clausal_cues and token.pos_ == "VERB" and _clausal_cue(token, form, lexicon):
            return form, True
    if that_clause(token, lexicon) or identifies_as(token, lexicon) or remembers_as(token, lexicon):
        return token.lemma_.lower(), True  # 'expressed that the war continues': a weak cue with a that-clause states it
    for form in forms:
        if form in lexicon.weak_cues:
            return form, False
    return None


def document_says(verb: Token, lexicon: Lexicon) -> bool:
    """'The decree instructs archbishops to notify ...', 'The guidelines also list MERS as ...': a document
    as the active subject of a verb with an object or a clause says what it states."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _NOT_SAYING or negated(verb):
        return False
    if verb.lemma_.lower() in _RAISING and not any(
        c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.strong_cues | lexicon.weak_cues | lexicon.clausal_cues
        for c in verb.children
    ):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in lexicon.document_nouns or subject.pos_ != "NOUN":
        return False
    if causes_a_state(verb, lexicon) or hung_participle(verb):
        return False  # 'the driver's record rendered him a danger', 'to get these rules abolished': no saying
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    near = [*verb.children, *(g for o in objects for g in o.children)]  # "cite the outbreak as an example"
    as_what = any(c.dep_ == "prep" and c.lower_ == "as" for c in near)
    return governs_clause(verb) or as_what and any(c.dep_ == "dobj" for c in verb.children)


def _says(verb: Token, lexicon: Lexicon) -> bool:
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in lexicon.strong_cues or lemma in lexicon.weak_cues)


def _clausal_cue(verb: Token, lemma: str, lexicon: Lexicon) -> bool:
    """'The decree read "..."', 'banners read ...': reading is a document's way of saying; the other
    verbs of believing and showing need a subject and a clause ('she believes the plan will fail')."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False  # 'allowed only if a doctor determined the mother was in danger': a condition, no finding
    own = next((c for c in verb.children if c.dep_ in ("nsubj", "agent")), None)
    joined = verb.dep_ == "conj" and _says(verb.head, lexicon)  # 'called on Turkey to halt ..., and deemed that'
    # 'wrote to the embassy asking to waive her immunity': a participle of a verb of saying speaks with its subject
    joined = joined or verb.dep_ == "advcl" and verb.tag_ == "VBG" and _says(verb.head, lexicon)
    subject = subject_of(verb) if own is not None or verb.dep_ == "relcl" or joined else None
    if subject is None:  # a belief is attributed only to its own subject or one shared with a statement
        return False
    if lemma == "read":
        return subject.lemma_.lower() in lexicon.document_nouns or subject.lemma_.lower() in lexicon.statement_nouns
    if lemma == "find" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False  # 'Ralph finds out that part of Baur's remains was buried in a can': learning, not finding
    if lemma == "point":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) and governs_clause(verb)
    if lemma == "threaten":  # 'the coalition threatened to unseat the government', not 'the standoff threatens to'
        speaks = can_speak(subject, lexicon) or subject.lower_ in ("he", "she", "they", "we", "who")
        return speaks and any(states_a_clause(c) for c in verb.children if c.dep_ == "xcomp")
    if lemma in lexicon.weak_cues:  # 'urged states to vote by mail', not 'demanding the city abolish ...'
        return any(states_a_clause(c) for c in verb.children)
    return governs_clause(verb) or finds_nothing(verb, subject, lexicon)


def finds_nothing(verb: Token, subject: Token, lexicon: Lexicon) -> bool:
    """'A 2022 study by the University of Calder found no measurable effect on local employment', 'The audit found
    no evidence of fraud': a document finding none of something states that there is none, as 'found that there
    was no ...' does; a finding of a thing ('the survey found 40 cases') is left to the clause rule."""
    if verb.lemma_.lower() != "find" or subject.lemma_.lower() not in lexicon.document_nouns:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(d.dep_ == "det" and d.lower_ == "no" for o in objects for d in o.children)
