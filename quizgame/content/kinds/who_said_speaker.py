"""Is a quotation's speaker sure? Who_said keys a speaker only when the student can find that person
in the text and the sentence could mean no one else (`sure_speaker`)."""

from __future__ import annotations

import re

from quizgame.content.analysis.model import Attribution
from quizgame.content.kinds import gate, speakers
from quizgame.content.kinds.common import Coverage, attribution_span, surname

# What an unnamed speaker may be called: a person described, never a thing ("some historical evidence").
_PEOPLE_NOUNS = frozenset(
    "protester protestor demonstrator observer witness eyewitness resident official source person man woman neighbor "
    "neighbour critic expert analyst activist supporter opponent member employee worker officer student parent voter "
    "local villager survivor victim relative friend spokesperson spokesman spokeswoman aide insider diplomat lawmaker".split()
)


def sure_speaker(item: Coverage, attribution: Attribution) -> bool:
    """Is the speaker a person (or a described source) the student can find in the text, and the only
    one the sentence could mean?"""
    start, end = attribution_span(attribution)
    text = item.body[start:end]
    if attribution.speaker_kind == "anonymous":
        head = (attribution.speaker.lower().split() or [""])[-1].rstrip("s")
        return (
            head in _PEOPLE_NOUNS
            and bool(re.match(r"(a|an|one|some|several|two|three|many|other)\s", attribution.speaker, re.IGNORECASE))
            and bool(re.search(rf"\b{re.escape(attribution.speaker.lower())}[\s,]", text.lower()))
        )
    if not re.fullmatch(r"([A-Z][\w.'-]*\s)+[A-Z][\w'-]+", attribution.speaker.strip()):
        return False
    if speakers.shares_statement(text, attribution.speaker):
        return False  # "Lopez and Reed said": one name is half the key
    if speakers.only_as_modifier(text, attribution.speaker):
        return False  # "the Trump administration ... the question 'Is this ...'": a body's words, not his
    if not any(attribution.speaker in p or p in attribution.speaker for p in item.analysis.people):
        return False
    frame = _frame(text, attribution.quote)
    others = [
        p
        for p in item.analysis.people
        if p in frame and surname(p) != surname(attribution.speaker) and not only_owner(frame, p)
    ]
    return not others and gate.speaker_shown(item.analysis, item.body, attribution.speaker, start, end, attribution.cue)


def only_owner(frame: str, person: str) -> bool:
    """Is the person in the frame only as an owner ("to mock Putin's tears", "responding to Pelosi's
    announcement")? Then the person is what the speaker talks about, not a rival speaker (reading4's
    Kasparov, reading2's Trump)."""
    found = list(re.finditer(rf"\b{re.escape(person)}\b", frame))
    return bool(found) and all(re.match(r"['’]s?\b", frame[m.end() :]) for m in found)


def _frame(text: str, quote: str) -> str:
    """The reporter's words around a quotation: without the quoted words, the blockquote lines and
    anything in quotation marks. A name there may be another speaker; a name inside the words
    ("[Typhoon Phanfone is] like the younger sibling of Haiyan", "the god Thoth", a tweet's
    "#Panamá") is what the speaker talks about (reading4: Cindy Ferrer, Sally Wasef, Leilani Gonzalez)."""
    text = text.replace(quote, " ")
    text = "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))
    return re.sub(r'"[^"]*"|“[^”]*”', " ", text)
