"""Reports no one is named for, given by 'there was': 'In addition, there were several reports of rape in one
village', 'There have been reports that the camp was shelled'. The devcorpus convention reads "there had been
reports" as an anonymous attribution, not the reporter's own claim; what the reports hold is the 'of' phrase or
the that-clause after the noun. A report of an event with nothing said of it ('there were no reports of injuries')
is negated by 'no' and left alone, as is a report that is named ('there was a report by Reuters': a source phrase).
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.cue_parts import Cue, clean_span

_REPORT_NOUNS = frozenset("report claim allegation rumour rumor account".split())


def existential_report(noun: Token) -> Cue | None:
    """The anonymous cue of 'there were reports of X' / 'there were reports that X', or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _REPORT_NOUNS or noun.dep_ not in ("attr", "nsubj"):
        return None
    verb = noun.head
    if verb.lemma_ != "be" or not any(c.dep_ == "expl" and c.lower_ == "there" for c in verb.children):
        return None
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or any(c.dep_ == "neg" for c in verb.children):
        return None  # 'there were no reports of injuries': nothing was reported
    if any(c.dep_ == "prep" and c.lower_ in ("by", "from") for c in noun.children):
        return None  # 'a report by Reuters': the source phrase names who reported it
    clause = next(
        (c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)),
        None,
    )
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if clause is not None:
        words = [t for t in clause.subtree if not (t.i == clause.left_edge.i and t.lower_ == "that")]
    elif of is not None:  # 'reports of rape in one village': the phrases after 'of' hang on the noun as well
        words = [t for t in noun.subtree if t.i > of.i]
    else:
        return None
    content = clean_span(noun, words)
    if content is None:
        return None
    cue = Cue(noun, noun.text, None, content, weak=False, strength=0.7)
    cue.unnamed = "unnamed reports"
    return cue
