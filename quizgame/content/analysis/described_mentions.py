"""People the narration names by a description: 'The fire chief said ...', 'the minister added', 'The 34-year-old
told ...'. The people list holds only the places a name is written, so a 'he' or 'she' after such a sentence looked
past it to the last name ('Her neighbour, Tom Brennan, said ... The fire chief said ... He added': Brennan). A
definite description that resolves to a person named before it is a mention of that person, for pronouns only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from quizgame.content.analysis.lexicon import Lexicon
from quizgame.content.analysis.speakers import People, Person

Resolver = Callable[[Token, People, Lexicon], Any]  # coreference._resolve: a name, a kind and a certainty, or None


def described_people(doc: Doc, people: People, lexicon: Lexicon, resolve: Resolver) -> list[tuple[int, Person]]:
    """(offset, person) for each subject that is a definite description ('the spokeswoman', 'the 45-year-old') the
    resolver reads as a person the text named before it."""
    key = f"described_people:{id(people)}"
    cached = doc.user_data.get(key)
    if cached is not None:
        return cached
    found: list[tuple[int, Person]] = []
    for token in doc:
        if not _definite_description(token):
            continue
        resolved = resolve(token, people, lexicon)
        if resolved is None or resolved.kind != "named" or resolved.certainty >= 1.0:
            continue  # a name in the subject is a mention already
        person = people.by_full_name(resolved.name)
        if person is not None and any(at < token.idx and p is person for at, p in people.mentions):
            found.append((token.idx, person))
    doc.user_data[key] = found
    return found


def _definite_description(token: Token) -> bool:
    """'the minister', 'The fire chief', 'the 34-year-old' as a subject; not 'his lawyer' (someone else) or 'a
    spokesman' (someone new)."""
    if token.dep_ not in ("nsubj", "nsubjpass") or not (token.pos_ == "NOUN" or token.lower_ == "old"):
        return False
    det = next((c for c in token.children if c.dep_ == "det"), None)
    return det is not None and det.lower_ == "the"
