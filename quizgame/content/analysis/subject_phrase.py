"""The words of a speaker's subject, as the parse gives them: the noun phrase itself (`noun_phrase`),
a person named inside it or set off after it by commas, and a name's written form (a hyphenated
name whole, a possessive stripped). Coreference (coreference.py) reads them to say who the subject
stands for."""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.quoted_persons import expressing_clause
from quizgame.content.analysis.speakers import People, Person


def named_after_comma(head: Token, people: People) -> Person | None:
    """A title closing its phrase, then a comma and a person's name set off by another comma."""
    doc = head.doc
    if head.i + 3 >= len(doc) or doc[head.i + 1].text != "," or head.i != head.head.i and head.head.i > head.i:
        return None
    start = doc[head.i + 2].idx
    person = next((p for at, p in people.mentions if at == start), None)
    if person is None:
        return None
    after = start + len(person.name)
    return person if doc.text[after : after + 1] == "," else None


def person_in_subject(head: Token, people: People) -> Person | None:
    """A person named inside the subject's own words (not in a relative clause or a phrase after it)."""
    by = expressing_clause(head)  # 'comments made by Deputy Prime Minister Tharman': he made them
    skip = {
        t.i for c in head.children if c.dep_ in ("relcl", "acl", "prep") and c.i > head.i and c != by for t in c.subtree
    }
    skip |= {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}  # "Mr. Mugabe's government"
    if head.pos_ == "PROPN":  # "Borg Palm, Kazemi's solicitor, stated": the client is not the one who states
        skip |= {
            t.i for c in head.rights if c.dep_ == "appos" for g in c.children if g.dep_ == "poss" for t in g.subtree
        }
    tokens = [t for t in head.subtree if t.i not in skip]
    if not tokens:
        return None
    offsets = {t.idx for t in tokens}
    for at, person in people.mentions:
        if at in offsets:
            return person
    text = "".join(t.text_with_ws for t in tokens)
    return next((p for p in people.people if p.name in text), None)


def noun_phrase(head: Token) -> str:
    """The subject's words without relative clauses, appositions and trailing punctuation."""
    keep = [head]
    for child in head.lefts:
        if child.dep_ in ("det", "nummod", "amod", "compound", "poss", "nmod", "quantmod"):
            keep.extend(child.subtree)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            keep.extend(child.subtree)
        elif child.dep_ in ("prep", "cc", "conj") and in_organisation_name(head, list(child.subtree)):
            keep.extend(
                child.subtree
            )  # 'the Centers for Disease Control and Prevention', 'the National Oceanic and ...'
    tokens = sorted(set(keep), key=lambda t: t.i)
    tokens = [t for t in tokens if not t.is_space]
    start, end = tokens[0].i, tokens[-1].i + 1
    return head.doc[start:end].text.strip(" ,\n")


def in_organisation_name(head: Token, tokens: list[Token]) -> bool:
    """Words inside the organisation's name the tagger marked around a proper-noun head: an 'and' or a 'for' in a
    body's name ('the Food and Drug Administration') joins no two parties and opens no description."""
    if head.pos_ != "PROPN" or head.ent_type_ != "ORG":
        return False
    name = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    return name is not None and all(name.start <= t.i < name.end for t in tokens)


def phrase_without_article(phrase: str) -> str:
    for article in ("the ", "The "):
        if phrase.startswith(article) and phrase[len(article) :][:1].isupper():
            return phrase[len(article) :]
    return phrase


def hyphenated(token: Token) -> str:
    """'Abdul-Mahdi' whole, not its last part 'Mahdi' (the tokenizer splits at the hyphen)."""
    doc, start = token.doc, token.i
    while (
        start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_
    ):
        start -= 2
    return doc[start : token.i + 1].text


def without_possessive(text: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text
