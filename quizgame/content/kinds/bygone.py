"""Who could not have spoken at the time of the story: people the article gives as dead, and people it
names only in the past (a former office held in a year or decade long before the event).

A "who said it" option must be someone who could have said the words: "François Mitterrand" offered
for a tribute on Chirac's death (he died in 1996; the article names him only as the president "in the
eighties") is either absurd or guessed by a student who knows (teacher reading of reading2, 2026-12-06).
The checks read the text around each mention, never a list of names: a death told of the person ("X
died", "the late X", "the murder of X", "X, who died in ..."), or every mention in a sentence framed in
the past (a year or decade before the story's, "then-"), or, for a sentence with no time of its own,
in a paragraph so framed, with nothing that speaks of the story's present ("today", "is", "now").
Leaving a plausible name out costs an option (at worst the question); keeping an absurd one costs the
question its point, so a doubt leaves the name out.
"""

from __future__ import annotations

import re

from quizgame.content.kinds import timeframe
from quizgame.content.kinds.common import Coverage, in_quotation, surname
from quizgame.content.kinds.readable import in_blockquote

_DEATH_AFTER = (
    # the clause between may be long ("Jon Huber, who performed for WWE ... under the ring name Brodie Lee,
    # died on Saturday": reading5's obituary offered the dead man as the speaker of grief at his death)
    r"(?:\s*,[^,.;\n]{1,90},|\s*,\s*who\b[^.;\n]{1,200}?,)?,?\s+(?:has |had |have )?(?:died|dies|passed away|"
    r"was (?:killed|murdered|assassinated|executed|slain|shot dead|strangled|beheaded))\b"
)
# "the late", "murdered Pakistani social media star": a few words may stand between it and the name.
_DEATH_BEFORE = r"\b(?:[Tt]he late|[Mm]urdered|[Ss]lain|[Aa]ssassinated|[Dd]eceased)\s+(?:[A-Za-z-]+\s+){0,5}?"
_DEATH_OF = r"\b(?:death|murder|killing|assassination|funeral|execution|burial) of\s+(?:[A-Za-z-]+\s+){0,4}?"
_DEATH_NOUN_AFTER = r"['’]s (?:death|murder|killing|assassination|funeral|execution|burial)\b"
_HEARSAY = re.compile(r"\b(claim\w*|rumou?r\w*|hoax\w*|false\w*|reported|alleg\w*|wrongly)\b", re.IGNORECASE)
_LIFE_DATES = r"\s*\(\s*(?:born\s+)?\d{3,4}\s*[–-]\s*\d{3,4}\s*\)"  # "Nelson Mandela (1918–2013)"


def could_have_spoken(item: Coverage, name: str) -> bool:
    """May `name` be offered as the speaker of words in this article (said at the time of the story)?
    Someone the article quotes or credits with words is of the story whatever else it tells of them
    ("first elected in 2012"); someone it only names must be named once outside the past."""
    if given_as_dead(item.body, name):
        return False
    speaks = any(surname(a.speaker) == surname(name) for a in item.analysis.attributions)
    return speaks or not only_in_the_past(item, name)


def _mentions(name: str) -> list[str]:
    """The ways the article may name the person: the whole name, and the surname alone."""
    parts = name.split()
    return list(dict.fromkeys([name, *parts[-1:]])) if len(parts) > 1 else [name]


def given_as_dead(body: str, name: str) -> bool:
    """Does the article tell that this person is dead? A death told inside a quotation or a blockquote,
    or one the sentence gives as a rumour or a claim ("sites reported that Mr Sata has died", "an
    entry claiming that ..."), is somebody's words, not the article's; an epithet ("the late
    president Omar Bongo", life dates) takes the death as known, wherever it stands."""
    for mention in _mentions(name):
        who = re.escape(mention)
        told = (rf"\b{who}{_DEATH_AFTER}", rf"{_DEATH_OF}{who}\b", rf"\b{who}{_DEATH_NOUN_AFTER}")
        known = (rf"{_DEATH_BEFORE}{who}\b", rf"\b{who}{_LIFE_DATES}")
        for pattern in (*told, *known):
            for found in re.finditer(pattern, body):
                at = found.start()
                line_start = body.rfind("\n", 0, at) + 1
                # the words just before: "falsely reported that X died", "a claim that X was killed"
                if _HEARSAY.search(body[max(line_start, body.rfind(".", 0, at) + 1, at - 30) : at]):
                    continue
                if pattern in told and (in_quotation(body, at) or in_blockquote(body, at)):
                    continue
                return True
    return False


def only_in_the_past(item: Coverage, name: str) -> bool:
    """Is every mention of the person in a sentence (or, for a sentence with no time of its own, a
    paragraph) framed before the story's year? False when the story's year is unknown."""
    if item.year is None:
        return False
    found = False
    for mention in _mentions(name):
        for match in re.finditer(rf"\b{re.escape(mention)}\b", item.body):
            found = True
            sentence = next((s for s in item.analysis.sentences if s.start <= match.start() < s.end), None)
            start, end = (sentence.start, sentence.end) if sentence else (match.start(), match.end())
            text = sentence.text if sentence else item.body[max(0, start - 200) : end + 200]
            if not timeframe.in_the_past(item.body, text, start, end, item.year):
                return False
    return found
