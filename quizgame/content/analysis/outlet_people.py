"""A person's name is no outlet, whatever stands around it.

Words that make an unlisted name an outlet also fit people: a person is described by a trade ("Broadcaster Piers
Morgan commented"), has colleagues ("Regina Martínez's fellow journalist Álvaro Delgado"), is told things and
quoted. A name the model tags a person's (or one tagged so elsewhere in the article and opening with a given name)
is an outlet only when a list knows it or the text says what it is with a word no person is ("news websites such
as Zambian Watchdog", "the weekly Ivoire Dimanche").

A newsroom's last word ("Times", "Herald", "Post") is a surname too: after a given name, and where a person stands
(a role before it, "coach Peter Herald", "actor Daniel Post", or beside it, "Dupont's lawyer, Marc Times"), the name
is a person's. So is a listed one-word outlet standing alone where the article names a person with it as surname
("Liam Fox said ... Fox said": the politician, not the network).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quizgame.content.analysis.first_names import is_first_name
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.outlet_descriptions import NEWS_WORDS, described, listed_among_outlets
from quizgame.content.analysis.person_names import person_noun

# Descriptors that are also a person's trade.
_PERSONS_TRADES = frozenset(["broadcaster"])


def persons_name(tokens: Span, press_endings: frozenset[str], lexicon: Lexicon) -> bool:
    """Two words or more, a person's in every word, with no word of the news ("Zodiak Broadcasting Station") and
    ending in no word of the press ('press_endings': a newsroom's last words, "Daily News", "Radio FM") unless a
    given name opens it where a person stands ("coach Peter Herald")."""
    words = [t for t in tokens if t.lower_ != "the" and t.is_alpha]
    if len(words) < 2 or not words[0].is_title or any(t.lower_ in NEWS_WORDS for t in words):
        return False
    if words[-1].lower_ in press_endings:
        return is_first_name(words[0].text) and where_a_person_stands(tokens, lexicon)
    return all(t.ent_type_ == "PERSON" for t in words) or is_first_name(words[0].text) and _tagged_elsewhere(words)


def where_a_person_stands(tokens: Span, lexicon: Lexicon) -> bool:
    """A role right before the name ("actor Daniel Post") or in apposition with it ("Dupont's lawyer, Marc Times";
    "Marc Times, the minister's lawyer")."""
    before = tokens.doc[tokens.start - 1] if tokens.start > tokens.sent.start else None
    if before is not None and before.pos_ == "NOUN" and person_noun(before.lemma_.lower(), lexicon):
        return True
    root = tokens.root
    beside = [c for c in root.children if c.dep_ == "appos" and _closed(c)] + (
        [root.head] if root.dep_ == "appos" else []
    )
    return any(t.pos_ == "NOUN" and person_noun(t.lemma_.lower(), lexicon) for t in beside)


def _closed(appos: Token) -> bool:
    """'Marc Times, the minister's lawyer, said': an apposition closes with a comma; 'In comments to the Irish
    Independent, a security expert said' is the clause's subject the parse hung on the name."""
    after = appos.right_edge.i + 1
    return after < len(appos.doc) and appos.doc[after].text == ","


def said_to_be_a_newsroom(tokens: Span, known: bool) -> bool:
    """Known to the article as an outlet, listed among outlets, or described as one by a word that is no trade."""
    if known or listed_among_outlets(tokens):
        return True
    before = tokens.doc[tokens.start - 1] if tokens.start > tokens.sent.start else None
    return described(tokens) and not (before is not None and before.lemma_.lower() in _PERSONS_TRADES)


def _tagged_elsewhere(words: list[Token]) -> bool:
    """'Regina Martínez' untagged here: the same name tagged a person's elsewhere in the article."""
    own = [t.lower_ for t in words]
    return any(ent.label_ == "PERSON" and [t.lower_ for t in ent if t.is_alpha] == own for ent in words[0].doc.ents)


def surname_of_someone_named(tokens: Span) -> bool:
    """A one-word name that ends a person's full name elsewhere in the article ('Fox' after 'Liam Fox'), the full
    name opening with a given name."""
    words = [t for t in tokens if t.lower_ != "the"]
    if len(words) != 1:
        return False
    word = words[0].lower_
    return any(
        ent.label_ == "PERSON"
        and 2 <= len(ent) <= 3
        and all(t.is_alpha and t.is_title for t in ent)  # a name, not "Brenda Zulu - Zambian" run together
        and ent[-1].lower_ == word
        and is_first_name(ent[0].text)
        and not (ent.start <= words[0].i < ent.end)
        for ent in tokens.doc.ents
    )
