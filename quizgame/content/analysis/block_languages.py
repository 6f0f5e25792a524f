"""Which blockquotes are an original in another language, and which are English in a tweet's shorthand.

Global Voices sets a post in its own language, then the same post in English, as two blockquotes under
one author. The English check of a sentence (voice.english) reads function words, which misjudges both
ways in a blockquote: a tweet in English shorthand has none ('Disgusting! #Armenia ruling Republican party
spokesman MP explicitly supports anti #gay #neonazi firebombers', '#Moussa : weak answers, strong attacks')
and is English all the same; an original mixing English words into Tagalog, Spanish or Cantonese ('In terms of
bullying and intimidation. Wala tayong laban sa China ...', '我唔係lady gaga fans, 亦冇打算去睇佢show') passes
for English. The layout decides instead: a blockquote followed by one that opens the same way (the same
handles, the same first words) is the original of the translation below it; a tweet no translation follows
is the author's own words when nothing in it is foreign.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.voice import _FOREIGN_FUNCTION_WORDS, english

_FOREIGN = _FOREIGN_FUNCTION_WORDS - STOP_WORDS  # not 'do', 'me', 'so', which English has too

_WORD = re.compile(r"[^\W\d_]+")
_HANDLES = re.compile(r"^(?:\s*@\w+\s*:?)+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_FOREIGN_SHARE = 0.15  # of the words: an English text may name 'de la Cruz'
_SHARED_OPENING = 4  # words: a translation keeps names, numbers and the English the original had


def next_in_group(text: str, blocks: list[tuple[int, int]], index: int) -> str | None:
    """The words of the blockquote right below this one (blocks as the spans of their words), when only blank
    lines stand between them: the same introduction's."""
    if index + 1 >= len(blocks) or text[blocks[index][1] : blocks[index + 1][0]].strip(" \t\n>"):
        return None
    return text[blocks[index + 1][0] : blocks[index + 1][1]]


def written_in_cjk(text: str) -> bool:
    """Chinese, Japanese or Korean script for a good part of the letters (a few English words mixed in)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if _CJK.match(c)) > 0.3 * len(letters)


def original_of(text: str, following: str | None) -> bool:
    """`text` is the original of the blockquote that follows it: both open with the same handles (or none),
    and then with the same first words, or the first is in Chinese script or has another language's function
    words where the second has none; a different handle below is someone else's tweet, not a translation."""
    if following is None:
        return False
    own, next_handles = _HANDLES.match(text), _HANDLES.match(following)
    own_handles = _handles(own.group(0)) if own else []
    if own_handles != (_handles(next_handles.group(0)) if next_handles else []):
        return False
    rest = text[own.end() :] if own else text
    next_rest = following[next_handles.end() :] if next_handles else following
    if written_in_cjk(rest) and not written_in_cjk(next_rest):
        return True
    if _foreign_words(rest) >= max(2, _FOREIGN_SHARE * len(_WORD.findall(rest))) and not _foreign_words(next_rest):
        return True  # '... y también los ciudadanos exigimos ...' above '... and the citizens demand ...'
    opening, next_opening = _WORD.findall(rest)[:_SHARED_OPENING], _WORD.findall(next_rest)[:_SHARED_OPENING]
    return len(opening) == _SHARED_OPENING and opening == next_opening and rest.strip() != next_rest.strip()


def telegraphic_english(text: str, following: str | None) -> bool:
    """A tweet in English shorthand: Latin letters only, no function word of another language, a few words,
    and no tweet of the same author below it, which could be its translation."""
    own, below = _HANDLES.match(text), _HANDLES.match(following or "")
    if following is not None and (below is None or own is None or _handles(below.group(0)) == _handles(own.group(0))):
        return False
    words = _WORD.findall(_HANDLES.sub("", text))
    if len(words) < 3 or not all(w.isascii() for w in words):
        return False
    return not _foreign_words(text)


def _foreign_words(text: str) -> int:
    return sum(1 for w in _WORD.findall(text) if w.lower() in _FOREIGN)


def _handles(text: str) -> list[str]:
    return re.findall(r"@\w+", text)


def english_lines(reading: Reading, lines: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The lines of a blockquote in English: all of them when the whole reads as English, else those that do."""
    whole = reading.doc.char_span(lines[0][0], lines[-1][1], alignment_mode="expand")
    if whole is not None and english(whole):
        return list(lines)
    kept = []
    for start, end in lines:
        span = reading.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span) and english(span) and any(t.is_stop for t in span):
            kept.append((start, end))
    return kept
