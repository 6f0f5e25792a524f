"""A common noun standing for an outlet named before: "The website further reported", "the agency said",
"The daily said", "told the paper that ...".
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.outlet_descriptions import DESCRIPTORS, NEEDS_NEWS

# Nouns other bodies share less than "agency" or "network": right after an outlet is named they stand for it.
_OWN_KIND = frozenset("paper station channel site".split())


def refers_back(token: Token, outlet: str, near: bool = False) -> bool:
    """'The website further reported', 'the agency said': a bare common noun standing for the outlet
    cited just before. Nouns that other bodies share ('agency', 'network') must be part of its name."""
    lemma = token.lemma_.lower()
    if lemma not in DESCRIPTORS or token.pos_ != "NOUN" and not _paper_by_frequency(token):
        return False
    if any(c.dep_ not in ("det", "punct") and not _alias(c) and not _told_clause(c) for c in token.children):
        return False  # "the local news outlet" describes rather than refers back
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
        return False
    if near and lemma in _OWN_KIND:
        return True  # "According to Dawn, ... The paper said": a newsroom's own noun for an outlet named just before
    return lemma not in NEEDS_NEWS or lemma in outlet.lower()


def _paper_by_frequency(token: Token) -> bool:
    """'The daily said', 'told the weekly': the small model tags 'daily' and 'weekly' adjectives even where they
    stand alone as the subject or the object, which only a noun does."""
    return token.lower_ in ("daily", "weekly") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "pobj")


def _told_clause(child: Token) -> bool:
    """'told the paper that officers had acted ...': the parser may make what was told a relative clause of the
    one told; it says nothing about which paper."""
    told = child.head
    return child.dep_ == "relcl" and told.dep_ in ("dobj", "dative") and told.head.lemma_.lower() == "tell"


def _alias(child: Token) -> bool:
    """'the website popularly known as ZWD': another name for the outlet referred back to."""
    return child.dep_ == "acl" and child.lemma_.lower() in ("know", "call", "name")


# A broadcaster is no paper and a paper no broadcaster: "National broadcaster RTE reported ... In comments to the
# Irish Independent, ... The station later reported" refers back past the paper.
_BROADCAST_NOUNS = frozenset(["station", "channel", "broadcaster"])
_PAPER_NOUNS = frozenset(["paper", "newspaper", "daily", "weekly", "tabloid"])
_BROADCAST_WORDS = frozenset("tv television radio channel fm broadcasting broadcaster".split())
_PAPER_ENDINGS = frozenset(
    "times post journal herald tribune gazette telegraph chronicle inquirer courier dispatch examiner independent "
    "observer standard mirror sentinel guardian newspaper zeitung shimbun gazeta gazzetta giornale".split()
)


def of_its_kind(token: Token, outlet: str) -> bool:
    """Whether a noun for a kind of newsroom can stand for the outlet: 'the station' not for 'the Irish Independent',
    'the paper' not for 'Citizen TV'."""
    kind = token.lower_ if token.lower_ in ("daily", "weekly") else token.lemma_.lower()
    words = outlet.lower().split()
    if kind in _BROADCAST_NOUNS:
        return words[-1] not in _PAPER_ENDINGS
    if kind in _PAPER_NOUNS:
        return not any(word in _BROADCAST_WORDS for word in words)
    return True
