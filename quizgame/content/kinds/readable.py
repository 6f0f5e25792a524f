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
    return body[line_start:offset + 1].lstrip().startswith(">")


def showable(body: str, start: int, end: int) -> bool:
    """May body[start:end] be a question's key or option? A whole sentence, with no language marker
    or editor's bracket, that is not in a blockquote."""
    text = body[start:end]
    return not (has_language_tag(text) or _EDITORIAL.search(text) or is_fragment(text) or in_blockquote(body, start))
