"""Who 'the 33-year-old' is: the person the article gave that age ('Grace Wanjiru, 33,', 'Wanjiru (33)',
'33-year-old Liam Carter'). Sport, court and accident reports name a person once with an age and go on with the age
as their epithet; the last sentence's subject, the fallback, is often someone else (the coach, the officer)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from quizgame.content.analysis.speakers import People, Person

_NAME_THEN_AGE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.'’-]*\s*(?:,\s*|\()(\d{1,3})\s*[,)]")
_AGE_THEN_NAME = re.compile(r"\b(\d{1,3})-year-old\s+(?:[\w-]+\s+){0,3}$")


def person_of_age(head: Token, people: People) -> Person | None:
    """The person the article gave the age in 'the 33-year-old' ('Grace Wanjiru, 33,', 'Wanjiru (33)', '33-year-old
    Grace Wanjiru'), the latest before it; None when no age was given or two people have it."""
    year = next(c for c in head.children if c.lower_ == "year")
    age = next((c.text for c in year.children if c.dep_ == "nummod" and c.text.isdigit()), None)
    if age is None:
        return None
    text = head.doc.text
    aged: list[Person] = []
    for at, person in people.mentions:
        if at >= head.idx:
            break
        after = _NAME_THEN_AGE.match(text, at, at + 80)
        before = _AGE_THEN_NAME.search(text[max(0, at - 60) : at])
        given = (after and after.group(1) == age) or (before and before.group(1) == age)
        if given and not any(p is person for p in aged):
            aged.append(person)
    return aged[0] if len(aged) == 1 else None
