"""Interviews set as a transcript: each turn opens its paragraph with the speaker's label.

    Wikinews: Why are you running?
    Jane Porter: The city has neglected its schools.

A label is a short capitalised name before a colon at the start of a paragraph ("Porter:", "**Jane
Porter:**", "WN:", "((Wikinews))"), its initials in brackets after it or not ("**Lucía Fernández (LF):**", Global
Voices' form: the initials are the label, as the later turns write it). The text is a transcript only when labelled paragraphs alternate
between at least two labels and some turn asks a question, so that "Update: ..." or "Photo: ..."
lines never make one. The interviewer's label is the one whose turns are questions (or a name such
as "Wikinews", "WN", "Q"); every other label's turn, with the unlabelled paragraphs that continue
it, is that speaker's answer: a direct statement. A label is resolved to the person the article
names ("Porter", or the initials "JP", stand for Jane Porter).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.speakers import People

_BOLD = r"(?:\*\*|'''|__)?"
_NAME = r"[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|de|van|von|da|del|bin|al|la|le)){0,4}"
_LABEL = re.compile(
    rf"[ \t]*{_BOLD}[ \t]*(?:\(\((?P<wiki>{_NAME})\)\)|(?P<name>{_NAME})(?:[ \t]+\((?P<short>[A-Z]{{1,4}})\))?[ \t]*{_BOLD}[ \t]*:)"
    rf"[ \t]*{_BOLD}[ \t]*(?=\S)"
)
_INTERVIEWERS = {"wikinews", "wn", "q", "question", "interviewer", "int"}
_ANSWERERS = {"a", "answer"}
_NOT_SPEAKERS = {
    "update",
    "note",
    "editor's note",
    "editor’s note",
    "correction",
    "source",
    "sources",
    "photo",
    "image",
    "video",
    "audio",
    "related",
    "see also",
    "caption",
    "warning",
    "disclaimer",
    "credit",
    "read more",
    "watch",
    "listen",
    "transcript",
    "summary",
    "background",
    "updated",
}
_MIN_TURNS = 2
LABELLED = 0.9  # the label names the speaker, but a transcript's labels can be misread
UNLABELLED = 0.7  # an unlabelled answer is the interviewee's: the person the article mentions most


@dataclass(frozen=True)
class Turn:
    label: str
    speaker: str  # the label resolved to a person the article names, else the label itself
    content: tuple[int, int]
    link: float  # how surely the speaker is known: a label names them, an unlabelled answer is a guess


def find_turns(reading: Reading, people: People) -> list[Turn]:
    """The answers of a transcript (the interviewer's questions are not statements of a source)."""
    paragraphs = _one_off_labels(_paragraphs(reading))
    asks: dict[str, list[bool]] = {}
    for label, start, end in paragraphs:
        if label:
            asked = reading.text[start:end].rstrip().rstrip("*_").rstrip()  # '**GV: How did it start?**'
            asks.setdefault(label.lower(), []).append(asked.endswith("?"))
    turns = sum(len(v) for v in asks.values())
    interviewers = {k for k, v in asks.items() if k in _INTERVIEWERS or sum(v) > len(v) / 2}
    if turns < _MIN_TURNS or not interviewers or sum(sum(asks[k]) for k in interviewers) < _MIN_TURNS:
        return []  # no one asks anything: labelled notes, not an interview
    interviewee = _interviewee(people) if set(asks) - interviewers <= _ANSWERERS else None
    if set(asks) - interviewers - _ANSWERERS == set() and interviewee is None:
        return []
    result: list[Turn] = []
    current: str | None = None  # who speaks in the paragraph being read
    link = LABELLED
    for label, start, end in paragraphs:
        if label:
            key = label.lower()
            current = None if key in interviewers else interviewee if key in _ANSWERERS else _speaker(label, people)
            link = LABELLED
        elif label is None:
            current = None  # a heading or a caption ends the turn
            continue
        elif current is None and interviewee is not None and _after_question(paragraphs, start):
            current, link = interviewee, UNLABELLED  # an unlabelled answer under a labelled question
        if current is None:
            continue
        if not label and result and result[-1].speaker == current and _adjacent(paragraphs, result[-1], start):
            result[-1] = Turn(result[-1].label, current, (result[-1].content[0], end), result[-1].link)
        else:
            result.append(Turn(label or "", current, (start, end), link))
    return result


def _paragraphs(reading: Reading) -> list[tuple[str | None, int, int, int]]:
    """(label, content start, content end, paragraph start) per paragraph: the label of a turn, ""
    for prose that may continue one, None for a heading, a caption or a blockquote (which end a turn)."""
    text = reading.text
    starts = reading.paragraph_starts
    result: list[tuple[str | None, int, int, int]] = []
    for index, start in enumerate(starts):
        end = len(text[: starts[index + 1] if index + 1 < len(starts) else len(text)].rstrip())
        match = _LABEL.match(text, start, end)
        label = _label_of(match) if match else None
        if label is not None and match is not None:
            result.append((label, match.end(), end, start))
        else:
            result.append(("" if _prose(text[start:end]) else None, start, end, start))
    return result


def _one_off_labels(paragraphs: list[tuple[str | None, int, int, int]]) -> list[tuple[str | None, int, int]]:
    """'Frido Welker: I think ...' once, in the middle of an answer: the interviewee naming someone, not a
    turn. A label used only once that follows another speaker's answer (no question between) is prose."""
    counts: dict[str, int] = {}
    for label, *_ in paragraphs:
        if label:
            counts[label.lower()] = counts.get(label.lower(), 0) + 1
    result: list[tuple[str | None, int, int]] = []
    previous: str | None = None  # the label of the last labelled paragraph
    for label, start, end, whole in paragraphs:
        answering = previous is not None and previous.lower() not in _INTERVIEWERS
        if label and counts[label.lower()] == 1 and answering and label.lower() not in _INTERVIEWERS:
            result.append(("", whole, end))
            continue
        if label:
            previous = label
        result.append((label, start, end))
    return result


def _after_question(paragraphs: list[tuple[str | None, int, int]], start: int) -> bool:
    before = [p for p in paragraphs if p[2] <= start]
    return bool(before) and bool(before[-1][0])


def _adjacent(paragraphs: list[tuple[str | None, int, int]], turn: Turn, start: int) -> bool:
    between = [p for p in paragraphs if turn.content[1] <= p[1] < start]
    return not between


def _interviewee(people: People) -> str | None:
    """An unlabelled answer's speaker: the person the article mentions most (the one interviewed)."""
    counts: dict[str, int] = {}
    for _, person in people.mentions:
        counts[person.name] = counts.get(person.name, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None  # no one stands out: better no speaker than a guess
    return ranked[0][0]


def _label_of(match: re.Match[str]) -> str | None:
    label = (match.group("wiki") or match.group("short") or match.group("name") or "").strip(" *'_")
    if not label or label.lower() in _NOT_SPEAKERS or len(label) > 40:
        return None
    return label


def _prose(paragraph: str) -> bool:
    """A paragraph of sentences, which may continue a turn; not a heading, a caption or a blockquote."""
    paragraph = paragraph.strip()
    if not paragraph or paragraph.startswith((">", "#", "*", "—", "-")):
        return False
    return paragraph[-1:] in '.!?"”…)' and len(paragraph.split()) >= 4


def _speaker(label: str, people: People) -> str:
    bare = label.rstrip(".")
    known = people.by_surname(bare.split()[-1]) if bare[:1].isupper() else None
    if known is not None:
        return known.name
    if bare.isupper() and 2 <= len(bare) <= 4:  # "JP": the person whose initials these are
        matches = [p for p in people.people if "".join(w[0] for w in p.name.split()).upper() == bare]
        if len(matches) == 1:
            return matches[0].name
    return label
