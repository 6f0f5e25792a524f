"""Which blockquotes are an original in another language, and which are English in a tweet's shorthand.

Global Voices sets a post in its own language, then the same post in English, as two blockquotes under
one author. The English check of a sentence (voice.english) reads function words, which misjudges both
ways in a blockquote: a tweet in English shorthand has none ('Disgusting! #Armenia ruling Republican party
spokesman MP explicitly supports anti #gay #neonazi firebombers', '#Moussa : weak answers, strong attacks')
and is English all the same; an original mixing English words into Tagalog, Spanish or Cantonese ('In terms of
bullying and intimidation. Wala tayong laban sa China ...', '我唔係lady gaga fans, 亦冇打算去睇佢show') passes
for English. The layout decides instead: a blockquote followed by one that opens the same way (the same
handles, the same first words) is the original of the translation below it; a tweet no translation follows
is the author's own words when nothing in it is foreign. The handle is often printed on the original only
('> @mhassouneh:#شكرا ...' above '> Thank you for fighting poverty'), and a short line in another script has too
few words for the function-word check: the script alone tells. A translation is also known by its English
function words where the block above has few ('Nós voltamos porque as promessas não foram cumpridas' above 'We
came back because the promises were not kept').
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.voice import _FOREIGN_FUNCTION_WORDS, english

_FOREIGN = _FOREIGN_FUNCTION_WORDS - STOP_WORDS  # not 'do', 'me', 'so', which English has too

_WORD = re.compile(r"[^\W\d_]+")
_HANDLES = re.compile(r"^(?:\s*@\w+\s*:?)+")
_LATIN_END = 0x24F  # the last letter of Latin Extended-B: past it, Greek, Cyrillic, Arabic, Hebrew, Asian scripts
_FOREIGN_SHARE = 0.15  # of the words: an English text may name 'de la Cruz'
_SHARED_OPENING = 4  # words: a translation keeps names, numbers and the English the original had
_ENGLISH_SHARE = 0.35  # of a translation's words that are English function words (prose runs near one half)
_FEWER = 0.5  # an original has at most half the translation's share of English function words
_LENGTHS = (0.5, 2.0)  # word counts of an original and its translation keep within these ratios


def next_in_group(text: str, blocks: list[tuple[int, int]], index: int) -> str | None:
    """The words of the blockquote right below this one (blocks as the spans of their words), when only blank
    lines stand between them: the same introduction's."""
    if index + 1 >= len(blocks) or text[blocks[index][1] : blocks[index + 1][0]].strip(" \t\n>"):
        return None
    return text[blocks[index + 1][0] : blocks[index + 1][1]]


def written_in_other_script(text: str) -> bool:
    """Letters of a script other than Latin (Arabic, Cyrillic, Korean ...) for a good part of the letters."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if ord(c) > _LATIN_END) > 0.3 * len(letters)


def original_of(text: str, following: str | None) -> bool:
    """`text` is the original of the blockquote that follows it: both open with the same handles (or the
    translation with none), and then with the same first words, or the first is in another script or has
    another language's function words where the second has none, or far fewer English ones; a different
    handle below is someone else's tweet, not a translation."""
    if following is None:
        return False
    own, next_handles = _HANDLES.match(text), _HANDLES.match(following)
    own_handles = _handles(own.group(0)) if own else []
    if next_handles is not None and own_handles != _handles(next_handles.group(0)):
        return False  # another author's tweet (a translation printed without the handle is the original's)
    rest = text[own.end() :] if own else text
    next_rest = following[next_handles.end() :] if next_handles else following
    if written_in_other_script(rest) and not written_in_other_script(next_rest):
        return True
    if _foreign_words(rest) >= max(2, _FOREIGN_SHARE * len(_WORD.findall(rest))) and not _foreign_words(next_rest):
        return True  # '... y también los ciudadanos exigimos ...' above '... and the citizens demand ...'
    if _fewer_english_words(rest, next_rest):
        return True
    opening, next_opening = _WORD.findall(rest)[:_SHARED_OPENING], _WORD.findall(next_rest)[:_SHARED_OPENING]
    return len(opening) == _SHARED_OPENING and opening == next_opening and rest.strip() != next_rest.strip()


def _fewer_english_words(text: str, translation: str) -> bool:
    """The block below reads as English prose (many English function words), this one has a foreign mark (an
    accented letter or a foreign function word), about as many words and at most half the English function words:
    the same statement in another language. Two English blocks both run near one half."""
    words, below = _WORD.findall(text), _WORD.findall(translation)
    if len(words) < 4 or len(below) < 4 or not _LENGTHS[0] <= len(words) / len(below) <= _LENGTHS[1]:
        return False
    if all(w.isascii() for w in words) and not _foreign_words(text):
        return False
    share, below_share = _english_share(words), _english_share(below)
    return below_share >= _ENGLISH_SHARE and share <= _FEWER * below_share


def _english_share(words: list[str]) -> float:
    return sum(1 for w in words if w.lower() in STOP_WORDS) / len(words)


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
