"""Is a run of capitalised words a person's name, or an outlet's, a body's or a place's?

The small model's entity labels are a hint, not an answer: it tags surnames as organisations, cities as
people and leaves some names untagged, so these rules weigh the label against what the text says of the name
(a title, 'of' an organisation, a place's position after 'in').
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from quizgame.content.analysis.first_names import is_first_name
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.reading import same_token

_MAX_NAME_TOKENS = 3


def max_words(tokens: list[Token]) -> int:
    """Three words make a name ('Jean-Yves Le Drian'); four when the tagger reads each as a person's
    ('Sayyid Ali Hosseini Khamenei'), not a run of words of a body or a title."""
    return _MAX_NAME_TOKENS + 1 if all(t.ent_type_ == "PERSON" for t in tokens) else _MAX_NAME_TOKENS


def member_of_organisation(tokens: list[Token], head: Token, lexicon: Lexicon) -> bool:
    """'Nikki Holland of the National Crime Agency', 'the Rights Fund's Jacqueline De León': a name of two or
    three plain words belonging to an organisation is a person the tagger took for part of it."""
    if not 2 <= len(tokens) <= _MAX_NAME_TOKENS or not same_token(head, tokens[-1]):
        return False
    if any(
        t.lower_ in lexicon.organization_nouns or t.lower_ in lexicon.outlet_words or not t.is_alpha for t in tokens
    ):
        return False
    for child in head.children:
        if child.dep_ == "poss" and child.ent_type_ == "ORG" and child.i < tokens[0].i:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(
                o.dep_ == "pobj" and (o.ent_type_ == "ORG" or o.lemma_.lower() in lexicon.organization_nouns)
                for o in child.children
            )
        ):
            return True
    return False


def lone_name_is_person(token: Token, roles: set[str], person_counts: Counter[str]) -> bool:
    """A single name ('Trump') is a person with a title, or when tagged a person more than once:
    the small model tags a country ('Madagascar's minister') as a person now and then, and a city
    ('held in Bogotá', 'the mayor of Bogotá') too: a name used as a place anywhere in the text is one."""
    if token.ent_type_ in ("GPE", "LOC", "NORP", "ORG"):
        return False
    if not roles and token.text in _places(token.doc):
        return False
    return bool(roles) or person_counts[token.text] >= 2


_LOCATIVE = ("in", "at", "near", "outside", "across")


_JURISDICTION = {"mayor", "governor", "president", "minister", "city", "province", "state", "capital", "people"}


def _places(doc: Doc) -> set[str]:
    """Names in a place's position: after 'in', 'at', 'near', or 'the mayor of'."""
    cached = doc.user_data.get("place_names")
    if cached is None:
        cached = {
            t.text
            for t in doc
            if t.dep_ == "pobj"
            and t.pos_ == "PROPN"
            and (t.head.lower_ in _LOCATIVE or t.head.lower_ == "of" and t.head.head.lemma_.lower() in _JURISDICTION)
        }
        doc.user_data["place_names"] = cached
    return cached


_ORG_SUFFIXES = {"inc", "ltd", "llc", "plc", "co", "corp", "sa", "ag", "gmbh", "group", "media", "online", "blog"}


def untagged_name(tokens: list[Token], lexicon: Lexicon) -> bool:
    """'Johannes Tafadwa Chibamu writes', 'B Shiva Parvathi said': two or three capitalised words the tagger gave
    no label, with no article and no word of an organisation's or an outlet's name, that open with a known given
    name or hold an initial ('B', 'R.'), are a person's name: the tagger leaves many names from outside its
    training bare, and 'World Wonder Ring Stardom' opens with no given name."""
    if not 2 <= len(tokens) <= _MAX_NAME_TOKENS or any(t.ent_type_ not in ("", "PERSON") for t in tokens):
        return False
    if any(c.dep_ == "det" for c in tokens[-1].children):
        return False
    for token in tokens:
        word = token.text.rstrip(".")
        lower = word.lower()
        if lower in lexicon.organization_nouns or lower in lexicon.outlet_words or lower in lexicon.outlet_nouns:
            return False
        if lower in _ORG_SUFFIXES or lower in lexicon.titles or not word.isalpha():
            return False
        if not (word.istitle() or len(word) == 1 and word.isupper()):
            return False  # 'ALDI', 'iPhone', 'McDonald' aside: a plain capitalised word or an initial
    initial = any(len(t.text.rstrip(".")) == 1 for t in tokens[:-1])
    return len(tokens[-1].text) >= 3 and (initial or _given(tokens[0].text))


_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
_ABBREVIATED_BODIES = frozenset("US UK UN EU USA USS UAE DC NY LA SA AU".split())


def initials_name(tokens: list[Token], lexicon: Lexicon) -> bool:
    """'E.O. Wilson', 'J. R. Tolkien': initials and a surname are a person's name, whatever label the tagger gave
    the run ('E.O. Wilson' comes out an organisation); 'U.N. Habitat', 'A.P. Moller' hold a word of an organisation
    or are no longer than the initials."""
    if not 2 <= len(tokens) <= 4 or not all(_INITIALS.match(t.text) for t in tokens[:-1]):
        return False
    if any(t.text.replace(".", "") in _ABBREVIATED_BODIES for t in tokens[:-1]):
        return False  # 'U.N. Habitat', 'U.S. Steel': a place or a body abbreviated
    if tokens[0].i > 0 and tokens[0].doc[tokens[0].i - 1].lower_ == "the":
        return False  # 'the U.S.S. Grayback': a name with an article is a thing's
    surname = tokens[-1].text
    lower = surname.lower()
    if lower in lexicon.organization_nouns or lower in lexicon.outlet_words or lower in lexicon.outlet_nouns:
        return False
    return surname.istitle() and surname.isalpha() and len(surname) >= 3 and lower not in _ORG_SUFFIXES


def given_name_inside(tokens: list[Token]) -> list[Token]:
    """'Minister of Interior Eli Yishai': the words of a run before a given name that opens the last two or three
    words are the rest of a title ('Interior'), when the tagger marked none of the run a person."""
    if len(tokens) < 3 or any(t.ent_type_ == "PERSON" for t in tokens):
        return []
    first = tokens[0]
    if first.i == 0 or first.doc[first.i - 1].lower_ != "of" or _given(first.text) or len(first.text.rstrip(".")) == 1:
        return []
    for k in range(max(1, len(tokens) - _MAX_NAME_TOKENS), len(tokens) - 1):
        if _given(tokens[k].text):
            return tokens[:k]
    return []


def noun_before_untagged_name(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """'Resident Carmen Vidal, 71, said', 'Farmer Ben Kruger': a capitalised noun for a person opening a run the
    tagger left bare, before a given name and a surname, says what the person is and is not part of the name; so does
    one the tagger took into the person ('Farmer Ramon Cruz said'), when a known given name follows it."""
    if len(tokens) < 3:
        return []
    word = tokens[0].lower_
    if word in lexicon.titles or not person_noun(word, lexicon):
        return []
    if any(t.ent_type_ == "PERSON" for t in tokens):
        if _given(tokens[0].text):
            return []
        rest = tokens[1:]
        named = len(rest) <= _MAX_NAME_TOKENS and all(t.text.istitle() and t.ent_type_ == "PERSON" for t in rest)
        return tokens[:1] if named and _given(rest[0].text) else []
    return tokens[:1] if untagged_name(tokens[1:], lexicon) else []


_PARTICLES = {"al", "el", "la", "le", "de", "da", "di", "du", "van", "von", "del", "der", "den", "st", "san", "santa"}


# 'Pieter de Vries', 'Ursula von der Leyen', 'Luiz da Silva': lower-case words inside a person's name
_NAME_PARTICLES = {"de", "da", "di", "do", "du", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "ten"}
_PLACES = ("GPE", "LOC", "FAC")


def name_particle(token: Token) -> bool:
    """A lower-case particle between a given name (or a word tagged a person) and the capitalised rest of the
    name ('Pieter de Vries', 'von der Leyen'); not in a place's name ('Rio de Janeiro', tagged a place)."""
    doc = token.doc
    if token.lower_ not in _NAME_PARTICLES or not token.text.islower() or token.i == 0:
        return False
    before = doc[token.i - 1]
    if not (before.lower_ in _NAME_PARTICLES or before.ent_type_ == "PERSON" or _given(before.text)):
        return False
    after = next((t for t in doc[token.i + 1 : token.i + 3] if t.lower_ not in _NAME_PARTICLES), None)
    return (
        after is not None
        and after.text[:1].isupper()
        and after.pos_ == "PROPN"
        and after.ent_type_ not in _PLACES
        and all(t.lower_ in _NAME_PARTICLES for t in doc[token.i + 1 : after.i])
    )


def _given(word: str) -> bool:
    """A given name ('Eli', 'Johannes'), not a particle that opens names of bodies too ('Al Akhbar', 'De Beers')."""
    return word.istitle() and word.lower() not in _PARTICLES and is_first_name(word)


# Nouns for a person that are neither titles nor the lexicon's nouns for unnamed sources ('the blogger', 'the
# lawyer'): an apposition with one ('Ahmed Salem, a blogger in Nouakchott') says what a later 'the blogger' means.
_PERSON_NOUNS = frozenset(
    "blogger writer author journalist poet novelist artist singer musician actor actress athlete player farmer "
    "trader driver pilot engineer nurse doctor lawyer student pupil mother father son daughter wife husband "
    "widow veteran refugee migrant pensioner teenager priest monk nun prisoner suspect defendant plaintiff "
    "soldier child girl boy striker goalkeeper midfielder defender winger batsman bowler jockey cyclist sprinter "
    "swimmer boxer golfer skier".split()
)  # sport reports go on with the position ('the striker', 'the goalkeeper') after naming the player once


def person_noun(lemma: str, lexicon: Lexicon) -> bool:
    return lemma in _PERSON_NOUNS or lemma in lexicon.titles or lemma in lexicon.anonymous_nouns


def place_name(tokens: list[Token], roles: set[str]) -> bool:
    """'Chippewa Falls', 'Ciudad Juárez': a name of several words written where a place goes ('in Chippewa
    Falls', 'the mayor of Ciudad Juárez') anywhere in the text is a place, though the tagger calls it a person."""
    return len(tokens) >= 2 and not roles and tokens[-1].text in _places(tokens[-1].doc) and not _given(tokens[0].text)


def namesakes(known: str, name: str) -> bool:
    """'Julie Lam' and 'Vita Lam', 'David Turpin' and 'Louise Turpin': two full names that share the surname and
    differ in the given name are two people (a family, or a common surname), not one."""
    a, b = known.split(), name.split()
    if a[0].lower() in _NAME_PARTICLES or b[0].lower() in _NAME_PARTICLES:
        return False  # 'De Vries' opening a sentence is Pieter de Vries's surname
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or set(a) <= set(b) or set(b) <= set(a):
        return False
    return all(len(w.rstrip(".")) > 1 and w.isalpha() for w in (a[0], b[0])) and a[0] != b[0]
