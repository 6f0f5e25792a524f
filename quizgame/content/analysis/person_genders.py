"""Each person's gender as the text shows it, for 'he' and 'she' (pronouns.py): a gendered title (Mr,
spokeswoman), a given name most people bearing it are of one sex, the pronouns used in sentences about them alone.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from quizgame.content.analysis.first_names import name_gender
from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.speakers import People, Person

_MALE = {
    "mr",
    "sir",
    "lord",
    "king",
    "prince",
    "spokesman",
    "chairman",
    "congressman",
    "councilman",
    "father",
    "brother",
    "businessman",
    "actor",
    "emperor",
    "duke",
}
_FEMALE = {
    "mrs",
    "ms",
    "miss",
    "madam",
    "dame",
    "lady",
    "queen",
    "princess",
    "spokeswoman",
    "chairwoman",
    "congresswoman",
    "councilwoman",
    "sister",
    "businesswoman",
    "actress",
    "empress",
    "duchess",
}
_MALE_WORDS = {"he", "him", "his", "himself"}
_FEMALE_WORDS = {"she", "her", "hers", "herself"}


def person_genders(doc: Doc, people: People, lexicon: Lexicon) -> dict[str, str]:
    """Each person's gender as the text shows it: a gendered title, a given name most people bearing it are of
    one sex (first_names.py), or the pronouns used of them alone."""
    cached = doc.user_data.get("person_genders")
    if cached is not None:
        return cached
    votes: dict[str, Counter[str]] = {}
    by_offset = tokens_by_offset(doc)
    for person in people.people:
        votes[person.name] = Counter({"m": 3 * len(person.roles & _MALE), "f": 3 * len(person.roles & _FEMALE)})
        given = name_gender(person.name.split()[0]) if len(person.name.split()) > 1 else None
        if given is not None:  # "Nick Adderley ... asking to waive her immunity": the given name outweighs a "her"
            votes[person.name][given] += 2
    by_sentence: dict[int, list[tuple[Token, Person]]] = {}
    for at, person in people.mentions:
        token = by_offset.get(at)
        if token is not None:
            by_sentence.setdefault(token.sent.start, []).append((token, person))
            before = doc[token.i - 1].lower_.rstrip(".") if token.i else ""
            votes[person.name]["m" if before in _MALE else "f" if before in _FEMALE else "none"] += 3
    for found in by_sentence.values():
        if len({p.name for _, p in found}) != 1:
            continue
        token, person = found[0]
        sent = token.sent
        if _disjoint_subject(sent, [t for t, _ in found]):
            continue
        for t in doc[token.i : sent.end]:
            if t.lower_ in _MALE_WORDS:
                votes[person.name]["m"] += 1
            elif t.lower_ in _FEMALE_WORDS:
                votes[person.name]["f"] += 1
    result = {name: ("m" if c["m"] > c["f"] else "f") for name, c in votes.items() if c["m"] != c["f"]}
    doc.user_data["person_genders"] = result
    return result


def _disjoint_subject(sent, mentions: list[Token]) -> bool:
    """'Again accompanied by Sarkozy, she recounted her experiences': a 'she' subject of a clause that holds the
    name elsewhere (an adjunct, an object) is someone else; its pronouns say nothing of the named person's sex."""
    for t in sent:
        if t.lower_ in _MALE_WORDS | _FEMALE_WORDS and t.dep_ in ("nsubj", "nsubjpass"):
            clause = t.head
            if any(
                clause.left_edge.i <= m.i <= clause.right_edge.i and not (t.left_edge.i <= m.i <= t.right_edge.i)
                for m in mentions
            ):
                return True
    return False


def tokens_by_offset(doc: Doc) -> dict[int, Token]:
    """Each token by its character offset, as People records mentions (cached on the doc)."""
    cached = doc.user_data.get("tokens_by_offset")
    if cached is None:
        cached = {t.idx: t for t in doc}
        doc.user_data["tokens_by_offset"] = cached
    return cached
