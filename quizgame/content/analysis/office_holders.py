"""Who holds an office the text names by its role: a role noun that brings in someone new, and a name hung on the
place an office is posted to. Used by coreference.py when a subject is a title ('spokesperson', 'ambassador').
"""

from __future__ import annotations

from spacy.tokens import Token

from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.speakers import People, Person


def name_after_posting(head: Token) -> str | None:
    """'high commissioner to Pakistan Ajay Bisaria', 'ambassador to Pakistan Ajay Bisaria': the parser hangs the
    name on the place the office is posted to; a person's name closing the phrase 'to <place>' is the holder."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "for"):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ != "PERSON" or pobj.pos_ != "PROPN":
            continue
        entity = next((e for e in head.doc.ents if e.start <= pobj.i < e.end and e.label_ == "PERSON"), None)
        if entity is not None and entity.end == pobj.i + 1 and entity.start > prep.i + 1:
            return entity.text  # a place stands between 'to' and the name
    return None


def named_later(person: Person, head: Token, people: People) -> bool:
    """No mention of the person before this phrase: an indefinite role noun may introduce someone the text
    names later ('An Ethiopian government spokesman ... Zemedkun Tekle'), never someone named already."""
    return not any(at < head.idx and p is person for at, p in people.mentions)


def body_named(head: Token, first: Token, lexicon: Lexicon) -> bool:
    """'The election supervisory agency Bawaslu said', 'the civil society group Yiaga Africa', 'Rights group
    KontraS': a name set beside a noun for a body (agency, group, commission) is that body's name, though the
    small model tags such names as people. Not a person's title ('Spokesman Zemedkun Tekle')."""
    beside = head.head if head.dep_ == "appos" else head.doc[first.i - 1] if first.i else None
    if beside is None or beside.i == head.i or beside.pos_ != "NOUN" or beside.i != first.i - 1:
        return False
    lemma = beside.lemma_.lower()
    return lemma in lexicon.organization_nouns and lemma not in lexicon.titles
