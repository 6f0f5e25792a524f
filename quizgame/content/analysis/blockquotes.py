"""Blockquotes: blogs set quoted words apart as Markdown blockquotes ("> ...") rather than in quotation marks.

A blockquote is a run of "> " lines; blockquotes separated only by blank lines form one group under
the paragraph that introduces them ("Activist Mohamed Abdo commented:", "On Twitter, H.Y. agrees:").
A quoted tweet names its author by handle ("@medabdou: ..."); otherwise the introducing sentence's cue
or subject is the speaker (block_introductions.py). A quotation in another language followed by its English
translation is one statement: only the English is attributed, under the handle the original carried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from quizgame.content.analysis.block_dialogues import dialogue_labels
from quizgame.content.analysis.block_introductions import introducing_cue, introduction, last_sentence
from quizgame.content.analysis.block_languages import english_lines, next_in_group, original_of, telegraphic_english
from quizgame.content.analysis.cue_parts import Cue
from quizgame.content.analysis.named_example import named_example
from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.voice import LEAD_IN_VERBS
from quizgame.content.analysis.written_by import writer_cue

_QUOTE_LINE = re.compile(r"^[ \t]*>[ \t]?(.*)$", re.MULTILINE)
_HANDLE = re.compile(r"^@(\w+)\s*:?\s*")
_RETWEET = re.compile(r"\s+RT\s+@(\w+)\s*:?\s*")
_SOCIAL = frozenset("tweet tweeted tweets tweeting twitter facebook retweeted".split())
_HANDLE_LINK = 0.9  # the tweet names its author itself
_INTRO_LINK = 0.85  # the speaker is the introducing sentence's cue or subject
_TOPIC_LINK = 0.6  # no cue: the speaker is whom the paragraph before is about


@dataclass(frozen=True)
class Block:
    start: int  # first character of the first "> " line
    end: int  # end of the last line
    lines: tuple[tuple[int, int], ...]  # each line's content (after "> ")


@dataclass(frozen=True)
class Quoted:
    """One attributed blockquote: its English words, where they are, and who speaks (the cue; or, when
    the paragraph before introduces it with no cue, `intro`, that paragraph's last sentence)."""

    content: tuple[int, int]
    quote: str
    cue: Cue | None
    handle: str | None
    social: bool
    link: float
    intro: Span | None = None


def find_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    lines: list[tuple[int, int]] = []
    start = end = -1
    for match in _QUOTE_LINE.finditer(text):
        if lines and text[end : match.start()].strip("\n") == "" and text[end : match.start()].count("\n") == 1:
            lines.append(match.span(1))
            end = match.end()
            continue
        if lines:
            blocks.append(Block(start, end, tuple(lines)))
        start, end, lines = match.start(), match.end(), [match.span(1)]
    if lines:
        blocks.append(Block(start, end, tuple(lines)))
    return sorted(blocks + _copied_under_lead_in(text), key=lambda b: b.start)


# 'Hoder writes:' or 'On Tuesday, at 5 PM, Joichi Ito wrote:' closing a paragraph, then the message as plain text.
_LEAD_IN_END = re.compile(LEAD_IN_VERBS + r"[ \t]*:[ \t]*$")
_PARAGRAPH_LINE = re.compile(r"^[^\n]*\S[^\n]*$", re.MULTILINE)


def _copied_under_lead_in(text: str) -> list[Block]:
    """Blogs print a message they copy as plain paragraphs as often as in a blockquote: under a paragraph that ends
    on its verb of saying ('Hoder writes:'), the first paragraph is the message, as a blockquote there would be
    (a list, a quotation in marks or a blockquote below is read as such)."""
    found: list[Block] = []
    previous: re.Match[str] | None = None
    for match in _PARAGRAPH_LINE.finditer(text):
        line = match.group(0).lstrip()
        if previous is not None and _LEAD_IN_END.search(previous.group(0)) and line[:1] not in _SET_APART_OPENERS:
            found.append(Block(match.start(), match.end(), (match.span(),)))
        previous = match
    return found


_SET_APART_OPENERS = frozenset('>-*•@"“')


def quoted_blocks(reading: Reading, cues: list[Cue]) -> list[Quoted]:
    text = reading.text
    result: list[Quoted] = []
    handle: str | None = None
    writer: Cue | None = None  # who wrote the blockquote before ('The post continued:' goes on with it)
    previous_end = -1
    group_start = 0
    blocks = find_blocks(text)
    for index, block in enumerate(blocks):
        if previous_end < 0 or text[previous_end : block.start].strip():
            handle = None  # a new group under a new introduction
            group_start = block.start
        previous_end = block.end
        own = _HANDLE.match(text[block.lines[0][0] : block.lines[0][1]])
        handle = "@" + own.group(1) if own else handle
        below = next_in_group(text, [(b.lines[0][0], b.lines[-1][1]) for b in blocks], index)
        if original_of(text[block.lines[0][0] : block.lines[-1][1]], below):
            continue  # the original of the translation below, which carries the same handle
        lines = english_lines(reading, block.lines)
        if not lines and own and telegraphic_english(text[block.lines[0][0] : block.lines[-1][1]], below):
            lines = list(block.lines)
        labelled = dialogue_labels(text, lines) or [
            (line, name) for line in lines if (name := _labelled_line(reading, line)) is not None
        ]
        for (_, line_end), (name, words_start) in labelled:  # "> Ann Lee: Check the car parks"
            words = text[words_start:line_end].strip()
            result.append(_tweet(reading, (words_start, line_end), words, name))
        lines = [line for line in lines if line not in {line for line, _ in labelled}]
        if not lines:
            continue  # the original of a translation that follows, or only labelled lines
        start = lines[0][0] + (own.end() if own and lines[0] == block.lines[0] else 0)
        words = " ".join(text[max(s, start) : e].strip() for s, e in lines if text[max(s, start) : e].strip())
        words = _HANDLE.sub("", words).strip()
        if not words.strip(" .[]…"):
            continue
        end = lines[-1][1]
        retweet = _RETWEET.search(text, start, end)
        if retweet is not None and handle is not None:
            # "... RT @other: ..." passes on another's tweet: a nested source with words of its own
            shared = _HANDLE.sub("", words[words.find(retweet.group(0).strip()) :]).strip()
            shared = _RETWEET.sub("", " " + shared).strip()
            result.append(_tweet(reading, (retweet.end(), end), shared, "@" + retweet.group(1)))
            words, end = words[: words.find(retweet.group(0).strip())].strip(), retweet.start()
        made = _quoted(reading, cues, group_start, (start, end), words, handle, writer)
        if made is not None:
            result.append(made)
            writer = None if made.handle is not None else made.cue
        handle = None
    return result


# "[For example] Avishay Vas: Check in the parking lots": a line of a blockquote labelled with a person's name
_LABEL = re.compile(r"\s*(?:\[[^\]\n]{1,30}\]\s*)?((?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+):\s+(?=\S)")


def _labelled_line(reading: Reading, line: tuple[int, int]) -> tuple[str, int] | None:
    """The name a blockquote's line is labelled with (two to four words the parser reads as a name) and where
    the words after the label start; a comment's or an editor's label ('Watchdog comment:', 'Editor's Note:')
    is no name."""
    match = _LABEL.match(reading.text, line[0], line[1])
    if match is None:
        return None
    span = reading.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if span is None or not all(t.pos_ == "PROPN" for t in span):
        return None
    return match.group(1), match.end()


def _quoted(
    reading: Reading,
    cues: list[Cue],
    group_start: int,
    content: tuple[int, int],
    words: str,
    handle: str | None,
    writer: Cue | None = None,
) -> Quoted | None:
    intro = introduction(reading, group_start)
    last = last_sentence(reading, intro)
    social = last is not None and any(t.lower_ in _SOCIAL or t.lower_ == "status" for t in last)
    if handle is not None:  # the introduction, when there is one, is the tweet's lead-in
        return _tweet(reading, content, words, handle, None if last is None else last.root)
    if intro is None:
        return None
    written = writer_cue(last, writer)  # 'Damien Glez's article ... discusses ...:', 'The post continued:'
    if written is not None:
        return Quoted(content, words, written, None, social, _INTRO_LINK)
    cue = named_example(introducing_cue(reading, cues, intro), last)
    if cue is None:
        return Quoted(content, words, None, None, social, _TOPIC_LINK, last)
    return Quoted(content, words, cue, None, social, _INTRO_LINK)


def _tweet(reading: Reading, content: tuple[int, int], words: str, handle: str, verb: Token | None = None) -> Quoted:
    verb = verb or reading.token_at(content[0])
    assert verb is not None
    return Quoted(content, words, Cue(verb, "tweeted", None, None, weak=False), handle, True, _HANDLE_LINK)


def within(blocks: list[Block], offset: int) -> bool:
    return any(b.start <= offset < b.end for b in blocks)
