"""Which body a 'the group', 'the organisation' stands for when the sentence before introduced one without a name;
and which unnamed person 'the official' is after 'A senior U.S. official, who spoke on condition of anonymity, said'.

'An organization supporting the rights of the Khmer Krom ethnic group plans to hold a demonstration Friday in front
of the National Assembly. The demonstration will continue as planned, the group said.': the last organisation named
before the description was the National Assembly, a place here, and the group is the organisation the sentence
before was about. described_organisations.py asks here first, then looks for the body named last.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quizgame.content.analysis.lexicon import Lexicon

_PLACE_PREPS = {"at", "outside", "near", "inside", "opposite"}


def named_as_place(name: Span) -> bool:
    """'a demonstration in front of the National Assembly', 'a rally outside the Ministry of Justice': a body named
    as the place where something happens is not the group a later 'the group said' stands for."""
    prep = name.root.head
    if name.root.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ == "of" and prep.head.lower_ == "front":
        return True
    return prep.lower_ in _PLACE_PREPS


def introduced_body(head: Token, lexicon: Lexicon) -> str | None:
    """The subject of the sentence before the description's, when it brings in a body by a description ('An
    organization supporting ...', 'A coalition of farmers' unions'): its words, up to a relative clause."""
    doc = head.doc
    if head.sent.start == 0:
        return None
    before = doc[head.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in lexicon.organization_nouns:
        return None
    det = next((c for c in subject.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("a", "an"):
        return None
    if any(_names(c) for c in subject.children):
        return None  # 'A group, Greenpeace,', 'A group led by Greenpeace': the name is the speaker, found as such
    end = max(t.i for t in subject.subtree if not any(a.dep_ == "relcl" for a in [t, *t.ancestors] if a.i > subject.i))
    return doc[subject.left_edge.i : end + 1].text


def _names(child: Token) -> bool:
    """A name set on the description itself (an apposition, a compound) or as the agent that leads it."""
    if child.dep_ in ("appos", "compound", "nmod"):
        return child.ent_type_ in ("ORG", "PERSON")
    if child.dep_ == "acl":
        agents = [t for t in child.children if t.dep_ == "agent"]
        return any(t.ent_type_ in ("ORG", "PERSON") for a in agents for t in a.subtree)
    return False


def introduced_as(head: Token) -> Token | None:
    """'A senior U.S. official ... said ... The official said': a definite 'the <noun>' whose noun was the subject of
    one of the two sentences before, brought in there by 'a'/'an', is that subject (the same unnamed person)."""
    det = next((c for c in head.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or any(c.dep_ in ("prep", "relcl", "acl", "amod") for c in head.children):
        return None
    doc = head.doc
    sent = head.sent
    for _ in range(2):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        for token in sent:
            article = next((c for c in token.children if c.dep_ == "det"), None)
            if (
                token.dep_ in ("nsubj", "nsubjpass")
                and token.lemma_ == head.lemma_
                and token.tag_ == head.tag_
                and article is not None
                and article.lower_ in ("a", "an")
            ):
                return token
    return None
