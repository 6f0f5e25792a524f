"""A dialogue set as a blockquote: each line labelled with its speaker by one word ('> Karimdjanov: Look, she is
drinking beer.', '> Policewoman: I have a praznik', '> Colleague: Sure').

A blogger transcribing a video writes the exchange this way. Labels of two words or more are names the parser can
check (blockquotes._labelled_line); a one-word label is as often a list's heading ('Exigimos:', 'Note:'), so it is
read as a speaker only when the whole blockquote is an exchange: every line with words labelled, at least three
lines, at least two labels taking turns, one of them coming back. An editor's aside after the label ('Karimdjanov [to policewoman]:') is
part of the label.
"""

from __future__ import annotations

import re

_ONE_WORD = re.compile(r"\s*([A-Z][\w'’-]+)(?:\s*\[[^\]\n]{1,40}\])?:\s+(?=\S)")
_MIN_LINES = 3


def dialogue_labels(text: str, lines: list[tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[str, int]]]:
    """Each line of the blockquote with its label and where its words start, when the blockquote is a dialogue;
    else []."""
    spoken = [line for line in lines if text[line[0] : line[1]].strip()]
    labelled = []
    for start, end in spoken:
        match = _ONE_WORD.match(text, start, end)
        if match is None:
            return []
        labelled.append(((start, end), (match.group(1), match.end())))
    names = [name for _, (name, _) in labelled]
    turns = sum(1 for a, b in zip(names, names[1:], strict=False) if a != b)
    if len(labelled) < _MIN_LINES or len(set(names)) < 2 or turns < len(names) // 2:
        return []
    if max(names.count(name) for name in names) < 2:
        return []  # 'Wages: ...', 'Hours: ...', 'Safety: ...': headings, each once; speakers come back
    return labelled
