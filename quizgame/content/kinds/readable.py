"""Which sentences a question may show at all: whole sentences in the reporter's own prose.

A teacher drops a question whose key or option is a cut sentence ("All except Karlos, who ...,"),
carries a translator's language marker ("[ca] (Stop Eurovegas) to prevent ..."), or is a quoted
reader comment, tweet or poem set off as a blockquote ("> Knows how to be a stone."): the first two
do not read as sentences, and a blockquote is someone else's voice, so asking whether it is "part
of the reporting" or "neutral" has two defensible answers. Such sentences are neither keys nor
options; a generator abstains rather than shows them.
"""

from __future__ import annotations

import re

# A link to a page in another language, as blogs and Global Voices mark it: "[ca]", "[es]", "[he]", "[pt-BR]".
LANGUAGE_TAG = re.compile(r"\[[a-z]{2,3}(?:-[A-Za-z]{2,4})?\]")
# An editor's insertion or cut inside a quotation ("[...]", "[by the police, ...]"): the words around
# it are the speaker's, re-cut by the writer, and read badly as an option.
_EDITORIAL = re.compile(r"\[[^\]]{4,}\]|\[\.\.\.\]|\[…\]")
# How the rest of a cut sentence opens: a bracket, a stop, or a word that continues a clause.
_CONTINUATION = re.compile(r"^([\[\]),;:.…]|(and|but|or|nor|that|which|who|whom|whose|to|of|with|while|because)\b)")


# Little words of English prose: a passage with almost none of them is in another language (an original
# quotation beside its translation, a tweet in Turkish), and a student cannot judge what they cannot read.
_ENGLISH = frozenset(
    "the a an and of to in on at for is are was were be been has have had it its that this with by from as "
    "not but or they he she we you i his her their our will would can could should said says who which "
    "us all your my me so if there what more about up out just now them than then when very one go back get".split()
)
# An interview set as questions and answers: "((WN)) What prompted ...", "((Naomi Martisius)) Okay. ..."
_INTERVIEW_LABEL = re.compile(r"^\s*(\(\([^)\n]{1,60}\)\)|\*\*[^*\n]{1,60}:?\*\*:?)", re.MULTILINE)
INTERVIEW_LABEL = _INTERVIEW_LABEL  # who_said reads an answer's label for its speaker (kinds/answers.py)


def is_english(text: str) -> bool:
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    return len(words) < 4 or sum(w in _ENGLISH for w in words) / len(words) >= 0.12


def in_interview(body: str, offset: int) -> bool:
    """Is body[offset] in the question-and-answer part of an interview (from its first speaker label
    on)? There every sentence is the interviewer's or the guest's speech, not the reporter's prose."""
    first = _INTERVIEW_LABEL.search(body)
    return first is not None and offset >= first.start()


# A photo caption or credit: "Desi (left) and Raquel collecting signatures.", "Photo: ...", "Image source: ...",
# "Bo Xilai portrayed as Icarus ..."
_CAPTION = re.compile(
    r"\((left|right|centre|center|pictured|above|below|top|bottom|file photo)\)|^(photo|image|picture|thumbnail)s?\b[^.]{0,40}:"
    # a name and a bare participle, no verb: "Bo Xilai portrayed as Icarus, who ..."
    r"|^(?-i:[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*) (portrayed|pictured|seen|shown|depicted|drawn) (as|at|in|with|during)\b",
    re.IGNORECASE,
)


def is_caption(text: str) -> bool:
    return _CAPTION.search(text.strip()) is not None


def in_gallery(body: str, start: int) -> bool:
    """Is body[start] in a paragraph of one line set among photo captions: the paragraphs on both sides
    (or one side, at the body's end) are short lines with no closing punctuation ("Naruto",
    "Sabine Wren from Star Wars: Rebels")? Then it is a caption too ("Lots of kids got into the fun, too.")."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", start)
    line_end = len(body) if line_end < 0 else line_end
    before = [p for p in body[:line_start].split("\n") if p.strip()]
    after = [p for p in body[line_end:].split("\n") if p.strip()]
    neighbours = ([before[-1]] if before else []) + ([after[0]] if after else [])
    return len(neighbours) == 2 and all(_bare_line(n) for n in neighbours)


def _bare_line(line: str) -> bool:
    line = line.strip()
    return len(line.split()) <= 12 and line[-1:] not in '.?!:"”’)' and not line.startswith(("#", ">", "-", "*"))


def has_language_tag(text: str) -> bool:
    return LANGUAGE_TAG.search(text) is not None


def is_fragment(text: str) -> bool:
    """A piece a sentence splitter cut off: it opens as a clause goes on, or it stops at a
    comma, a semicolon or a dash. (A headline has no full stop and is whole; a colon ends an
    introduction, which is whole too.)"""
    text = text.strip()
    return not text or bool(_CONTINUATION.match(text)) or text.endswith((",", ";", "—", "–", "-"))


def in_blockquote(body: str, offset: int) -> bool:
    """Is body[offset] on a Markdown blockquote line ("> ...")?"""
    line_start = body.rfind("\n", 0, offset) + 1
    return body[line_start : offset + 1].lstrip().startswith(">")


def showable(body: str, start: int, end: int) -> bool:
    """May body[start:end] be a question's key or option in the reporter's voice? A whole English
    sentence, with no language marker or editor's bracket, not a photo caption (nor a line among captions), not in a blockquote
    nor an interview's questions and answers."""
    text = body[start:end]
    return not (
        has_language_tag(text)
        or _EDITORIAL.search(text)
        or is_fragment(text)
        or in_blockquote(body, start)
        or in_interview(body, start)
        or not is_english(text)
        or is_caption(text)
        or in_gallery(body, start)
    )
