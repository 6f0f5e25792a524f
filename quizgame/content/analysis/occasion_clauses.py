"""What was said, hung by the parser on the occasion it was said at.

'She told journalists after the ceremony that the decision had been unanimous', 'The minister told reporters
during a visit to Paris that the talks had stalled': the small model reads the that-clause as a relative clause on
'ceremony' or 'visit' (a noun in a phrase of time or place on the verb of saying), so the verb governs no content
and the statement is lost. A relative clause never has 'that' as its mark beside a subject of its own ('the
meeting that the minister chaired' has 'that' as the object), and an occasion takes no content clause, so such a
clause is what was said. Nouns that do take one ('after reports that the army had withdrawn', 'amid fears that
...') are statements of their own and stay out.
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import Lexicon

# phrases of time and place a statement is made in; 'in' is read by cue_content._statement_clause ('in a statement')
_OCCASION_PREPS = {"after", "before", "during", "at", "following", "outside", "on", "ahead"}
# nouns that take a content clause of their own: 'after news that ...', 'amid claims that ...'
_CONTENT_NOUNS = {
    "news",
    "fact",
    "fear",
    "hope",
    "belief",
    "idea",
    "evidence",
    "sign",
    "suggestion",
    "rumour",
    "rumor",
    "possibility",
    "concern",
    "view",
    "notion",
    "assurance",
    "promise",
    "warning",
    "claim",
    "allegation",
    "accusation",
    "word",
    "impression",
    "confirmation",
    "announcement",
    "revelation",
    "finding",
    "speculation",
    "indication",
    "assumption",
    "understanding",
    "condition",
    "ground",
    "decision",
}


def occasion_clause(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The that-clause with a subject of its own hung on the noun of an occasion phrase on `verb`, if any."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.lower_ in _OCCASION_PREPS):
        for noun in (t for t in prep.subtree if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")):
            lemma = noun.lemma_.lower()
            if lemma in _CONTENT_NOUNS or lemma in lexicon.statement_nouns or lemma in lexicon.document_nouns:
                continue
            for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.i > noun.i):
                marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
                subject = any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ != "that" for s in clause.children)
                if marked and subject:
                    return list(clause.subtree)
    return []
