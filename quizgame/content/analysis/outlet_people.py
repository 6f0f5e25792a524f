"""A person's name is no outlet, whatever stands around it.

Words that make an unlisted name an outlet also fit people: a person is described by a trade ("Broadcaster Piers
Morgan commented"), has colleagues ("Regina Martínez's fellow journalist Álvaro Delgado"), is told things and
quoted. A name the model tags a person's (or one tagged so elsewhere in the article and opening with a given name)
is an outlet only when a list knows it or the text says what it is with a word no person is ("news websites such
as Zambian Watchdog", "the weekly Ivoire Dimanche").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quizgame.content.analysis.first_names import is_first_name
from quizgame.content.analysis.outlet_descriptions import NEWS_WORDS, described, listed_among_outlets

# Descriptors that are also a person's trade.
_PERSONS_TRADES = frozenset(["broadcaster"])


def persons_name(tokens: Span, press_endings: frozenset[str]) -> bool:
    """Two words or more, a person's in every word, ending in no word of the press ('press_endings': a newsroom's
    last words, which no person's name ends in: "Daily News", "Radio FM")."""
    words = [t for t in tokens if t.lower_ != "the" and t.is_alpha]
    if len(words) < 2 or not words[0].is_title or words[-1].lower_ in press_endings | NEWS_WORDS:
        return False
    return all(t.ent_type_ == "PERSON" for t in words) or is_first_name(words[0].text) and _tagged_elsewhere(words)


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
