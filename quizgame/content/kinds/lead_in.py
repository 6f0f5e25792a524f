"""Who speaks in a blockquote: the person its lead-in line names ("Nabil Barqawi wrote:").

Blogs and Global Voices set every quoted tweet or post as a blockquote (often the original and its
translation, each a blockquote of its own) under a line of the writer's that names its author. The
analysis may credit the words to the handle the tweet opens with ("@Bani_2adam"), which no student
knows; the reader knows the person the lead-in names. The lead-in is trusted only when it leaves no
doubt: it ends with a colon, names one person of the article by full name followed by a verb of
saying, and the blockquotes between it and the words hold one author's handle at most.

Global Voices writes its lead-ins around the author's account instead: "Leilani Gonzalez (@Le1lani)
[es] on the other hand sees it as something logical:", "Many people, like Alexander Da Silva
(@Adasilva507) [es], refuse to believe ...:", "Agenda 507 (@agenda507) [es] wants to call attention
...:" (reading4's May Day and baseball posts, reading2's Peru post). The handle in brackets says
whose post follows whatever the verb (a view, a feeling) and whoever else the line names ("the end
of Mariano Rivera's career"): a lead-in with one "Name (@handle)" names its author.
"""

from __future__ import annotations

import re

from quizgame.content.kinds import gate
from quizgame.content.kinds.common import Coverage
from quizgame.content.kinds.readable import in_blockquote, is_english

_HANDLE = re.compile(r"^\s*>\s*(@\w+)", re.MULTILINE)
_WORDS_TO_VERB = 5  # "Mahmoud Homsi started the hashtag by tweeting:"
_LANGUAGE_MARK = re.compile(r"\s*\[[a-z]{2}\]")  # "El Panamá América [es] writes": a link to a post in Spanish
# A name written as its account: capitalised words (or a number: "Agenda 507") run up to "(@handle)".
_ACCOUNT = re.compile(r"((?:[A-Z][\w'’-]*|\d+)(?: (?:[A-Z][\w'’-]*|\d+|d[aeiou]|de la|del|van|von|al))*) \(@\w+\)")


def paragraph_at(body: str, offset: int) -> tuple[int, int]:
    start = body.rfind("\n\n", 0, offset)
    start = 0 if start < 0 else start + 2
    end = body.find("\n\n", offset)
    return start, len(body) if end < 0 else end


def _is_quote_block(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(line.lstrip().startswith(">") for line in lines)


def lead_in(body: str, offset: int) -> tuple[int, int, set[str]] | None:
    """The line that introduces the blockquote holding body[offset] (start, end), with the handles
    the blockquotes from there to the offset open with; None when body[offset] is in no blockquote
    or the paragraph before the blockquotes does not end with a colon."""
    if not in_blockquote(body, offset):
        return None
    start, end = paragraph_at(body, offset)
    handles: set[str] = set(_HANDLE.findall(body[start:end]))
    while start > 0:
        start, end = paragraph_at(body, max(0, start - 3))
        text = body[start:end]
        if not _is_quote_block(text):
            return (start, end, handles) if text.rstrip().endswith(":") else None
        handles |= set(_HANDLE.findall(text))
    return None


def introduced_speaker(item: Coverage, offset: int) -> str | None:
    """The one person the lead-in of the blockquote at `offset` names as its author, by the full name
    the analysis found; None when there is no lead-in, it names no one or more than one person, the
    name is not followed by a verb of saying, or the blockquotes hold more than one handle."""
    found = lead_in(item.body, offset)
    if found is None:
        return None
    start, end, handles = found
    if len(handles) > 1:
        return None
    text = _LANGUAGE_MARK.sub("", item.body[start:end])
    accounts = _ACCOUNT.findall(text)
    if len(accounts) == 1 and len(accounts[0].split()) >= 2:
        return _as_person(item, accounts[0])
    if accounts:
        return None  # two accounts named: whose post follows is not the line's to say
    named = [p for p in item.analysis.people if len(p.split()) >= 2 and p in text]
    named = [p for p in named if not any(p != q and p in q for q in named)]  # "Kim Eo" inside "Kim Eo-jun"
    surnames = {p.split()[-1] for p in item.analysis.people}
    others = [s for s in surnames if re.search(rf"\b{re.escape(s)}\b", text) and not any(s in p for p in named)]
    if len(named) != 1 or others:
        return None
    after = text[text.index(named[0]) + len(named[0]) :]
    after = re.sub(r"^\s*\([^)]{1,40}\)", "", after)  # "Kim Sang-ho (@sinbi2010) tweeted"
    following = re.findall(r"[A-Za-z]+", after)[: _WORDS_TO_VERB + 1]
    return named[0] if any(gate.speech_verb(word) for word in following) else None


def _as_person(item: Coverage, name: str) -> str:
    """The name before a handle as the analysis knows the person, where it does by that name with a
    word more or less (a title before it: "Blogger Itzel Chavez"), else as the line writes it."""
    for person in item.analysis.people:
        if person == name or (len(person.split()) >= 2 and (person in name or name in person)):
            return person
    return name


def authors(item: Coverage) -> dict[int, str]:
    """The author the lead-in names of every blockquote line of the article, by the line's start."""
    found: dict[int, str] = {}
    for line in re.finditer(r"^>[^\n]*", item.body, re.MULTILINE):
        person = introduced_speaker(item, line.start() + 1)
        if person is not None:
            found[line.start()] = person
    return found


def in_other_language(item: Coverage, offset: int) -> bool:
    """Does the lead-in of the blockquote at `offset` mark a post in another language ("[es]"), or do
    its blockquotes hold a line that is not English (the original above its translation)?"""
    found = lead_in(item.body, offset)
    if found is None:
        return False
    start, end, _ = found
    if _LANGUAGE_MARK.search(item.body[start:end]):
        return True
    block_end = paragraph_at(item.body, offset)[1]
    lines = [ln.lstrip("> ") for ln in item.body[end:block_end].split("\n") if ln.startswith(">")]
    return any(ln.strip() and not is_english(ln) for ln in lines)
