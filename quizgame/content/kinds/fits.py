"""Does a neutral verb of saying fit where the loaded verb stands? The rewrite a question offers, or the
alternative its explanation names, must be a sentence a teacher would let stand.

"said" is the neutral word for "insisted", "claimed", "boasted"; but "insist" and "demand" also take what
"say" cannot: a that-clause in the subjunctive ("The President insists that the budget include funding":
"said that the budget include" is ungrammatical, a teacher's reading of styles8) and "on" ("insisted on a
recount": "said on a recount"). Told by the parse of the sentence alone (`inflection.same_form` tells
only the word's ending); where the neutral verb does not fit, no question is made on it."""

from __future__ import annotations

import functools
import re

from quizgame.content.kinds.inflection import same_form

# The neutral verbs of saying that take only a statement ("said that he is ..."), never a mandate.
_SAYING = frozenset("said says say stated states state".split())
_SINGULAR_PRONOUNS = frozenset("he she it this that one".split())


def neutral_fits(sentence: str, term_at: int, term: str, neutral: str) -> bool:
    """Can `neutral` stand in for `term` (at `term_at` in `sentence`), as it is inflected and as the
    sentence goes on after it?"""
    if not same_form(term, neutral):
        return False
    if (neutral.lower().split() or [""])[0] not in _SAYING or " " in term.strip():
        return True
    return not _mandate(sentence, term_at)


@functools.lru_cache(maxsize=512)
def _mandate(sentence: str, term_at: int) -> bool:
    """Does the verb at `term_at` take what a verb of saying cannot: a subjunctive that-clause (a bare
    verb after a singular subject, or "be", with no auxiliary: "that the budget include", "that he be
    removed") or "on"/"upon" with no statement after it ("insisted on a recount")?"""
    from quizgame.content.analysis.nlp import load_nlp

    doc = load_nlp()(sentence)
    verb = next((t for t in doc if t.idx == term_at), None)
    if verb is None:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if not clauses and after is not None and after.lower_ in ("on", "upon") and after.head == verb:
        return True
    return any(_subjunctive(c) for c in clauses)


def _subjunctive(clause: object) -> bool:
    children = list(clause.children)  # type: ignore[attr-defined]
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ != "VB" for c in children) or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children
    ):
        return False  # "that he would include", "that it has been": tensed, as "said" reports it
    be = [c for c in children if c.dep_ in ("aux", "auxpass") and c.lower_ == "be"]
    if be or clause.lower_ == "be":  # type: ignore[attr-defined]
        return True  # "that he be removed", "that the council be dissolved"
    if clause.tag_ not in ("VB", "VBP"):  # type: ignore[attr-defined]
        return False
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.tag_ in ("NN", "NNP") or s.lower_ in _SINGULAR_PRONOUNS for s in subjects) and not re.search(
        r"s$",
        clause.text,  # type: ignore[attr-defined]
    )
