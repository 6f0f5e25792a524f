"""Nouns of saying that carry what was said: a that-clause after 'announcement', 'warning' or 'accusation' ("his
announcement that he will not be sworn in", "accusations by the opposition that the vote was rigged"), an 'of'
phrase after an owned 'allegation' ("Tsvangirai's allegations of widespread fraud"), and a view a copula gives
("Their forecast is that winds will ease"). Found with the source phrases (cue_phrases.phrase_cue).
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.cue_parts import Cue, clean_span, subject_of

# Verbs that put out a statement: "issued a statement deploring ...", "The ministry made the announcement that ...".
ISSUING_VERBS = {"issue", "release", "publish", "send", "post", "put", "make"}
_ACCUSATIONS = {"accusation", "charge"}  # with a that-clause and no owner: someone unnamed accused
_ALLEGING = {"allegation", "claim", "accusation"}  # with an owner ("Tsvangirai's allegations of fraud")
_DISMISSING = {"dismiss", "reject", "deny", "refute", "dispute", "rebut"}  # styles4: the denier's statement


def noun_cue(noun: Token, cues: dict[int, Cue]) -> None:
    """The cue a noun of saying opens, if it carries what was said; added to `cues` by the noun's index."""
    lemma = noun.lemma_.lower()
    if lemma in _ACCUSATIONS | _ALLEGING:
        _accusation_cue(noun, cues)
    elif lemma in ANNOUNCING | _HELD:
        _announced_cue(noun, cues)


# Nouns of saying whose that-clause is what their owner said: "his announcement that he will not be sworn in"
ANNOUNCING = frozenset(
    "announcement statement warning assertion insistence admission pledge promise declaration prediction "
    "notion contention suggestion argument theory".split()  # 'put forth the notion that the court had no say'
)


# Nouns of a view held, whose owner states the clause a copula gives them: "Their forecast is that winds will ease"
_HELD = frozenset("view position forecast argument belief conclusion assessment verdict".split())


def that_clause_under(head: Token) -> Token | None:
    """The clause a head governs with 'that' as its mark: 'the notion that ...', '(the view) is that ...'."""
    return next(
        (
            c
            for c in head.children
            if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
        ),
        None,
    )


def _announced_cue(noun: Token, cues: dict[int, Cue]) -> None:
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS:
        owner = subject_of(noun.head)  # "The ministry made the announcement that ..."
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
    if owner is None and by is not None:  # "a warning from the African Union that the two countries risked ..."
        owner = next((c for c in by.children if c.dep_ == "pobj"), None)
    clause = that_clause_under(noun) if noun.lemma_.lower() in ANNOUNCING else None
    if clause is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "Datoo's view is that ..."
        clause = that_clause_under(noun.head)
    if owner is None or clause is None:
        return
    content = clean_span(noun, [t for t in clause.subtree if t.i != clause.left_edge.i or t.lower_ != "that"])
    if noun.dep_ == "dobj":
        cues.pop(noun.head.i, None)  # 'put forth the notion that ...': one statement, not the verb's as well
    cues[noun.i] = Cue(noun, noun.text, owner, content, weak=False, strength=0.8)


def _accusation_cue(noun: Token, cues: dict[int, Cue]) -> None:
    """'questioning about accusations that he sodomized an aide': the accusation's clause is what was said,
    by its owner ('her accusation that ...', 'accusations by the opposition that ...') or by someone unnamed."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
    owner = owner or (next((c for c in by.children if c.dep_ == "pobj"), None) if by else None)
    clause = that_clause_under(noun)
    if owner is None and clause is not None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DISMISSING:
        owner = subject_of(noun.head)  # 'dismissed claims that there is a relationship ...': what the speaker denies
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if clause is None and (of is None or owner is None):
        return  # "Tsvangirai's allegations of widespread fraud" names its owner; "charges of fraud" does not
    if (
        clause is None
        and noun.lemma_.lower() not in _ALLEGING
        or clause is not None
        and owner is None
        and (noun.lemma_.lower() not in _ACCUSATIONS)
    ):
        return
    words = clause.subtree if clause is not None else (t for c in of.children for t in c.subtree)
    content = clean_span(noun, [t for t in words if clause is None or t.lower_ != "that" or t.i != clause.left_edge.i])
    cue = Cue(noun, noun.text, owner, content, weak=False, strength=0.8)
    if owner is None:
        cue.unnamed = "unnamed accusers"
    cues[noun.i] = cue
