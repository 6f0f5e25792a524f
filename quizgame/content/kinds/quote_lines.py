"""Which words of a quotation a who_said item asks about, and which line of the article is its evidence.

The analysis hands over a quotation as a span that may join the reporter's words to the speaker's, or
run a blockquote's lines (a heading, a transcript) into one sentence; a question must quote the speaker
only, and its evidence must be the line a student can read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quizgame.content.analysis.model import Attribution
from quizgame.content.kinds.common import Coverage, attribution_span
from quizgame.content.kinds.readable import in_blockquote

_STOP = (".", "!", "?", '"', "”", "’", "'", ")", "…")


def first_full_line(item: Coverage, attribution: Attribution) -> Attribution:
    """A blockquoted quotation of several lines is asked about from its first line that closes with a
    stop: the analysis joins a blockquote's lines with a space, so a heading ran into the sentence after
    it ("Fifth fallacy: The Bible is the ultimate judge over homosexuality It is an absurd fallacy",
    reading3's Malawi post) and a transcript's lines into each other ("Colleague: Sure Karimdjanov [to
    policewoman]: ...", reading3's Kyrgyzstan post). A heading line (no stop) is skipped."""
    at = item.body.find(attribution.quote[:40], attribution.sentence_start or attribution.start)
    if at < 0 or not in_blockquote(item.body, at) or "\n" not in item.body[at : at + len(attribution.quote) + 40]:
        return attribution
    joined = " ".join(attribution.quote.split())
    line_start = item.body.rfind("\n", 0, at) + 1
    for line in item.body[line_start:].split("\n")[:12]:
        text = " ".join(line.lstrip("> ").split())
        if not text:
            continue
        if not line.startswith(">") or text not in joined:
            break  # out of the blockquote, or no longer the quotation's words
        if text.endswith(_STOP) and len(text.split()) >= 4:
            return replace(attribution, quote=text) if text != joined else attribution
    return attribution


def quoted_only(item: Coverage, attribution: Attribution) -> Attribution | None:
    """The attribution with its quotation only: a span that joins a quotation and the reporter's words
    before or between its parts ('of Chirac, "He incarnated ...', 'A," adding, "B') would put the
    reporter's words in the speaker's mouth. Which parts are quoted follows from whether the span
    opens inside quotation marks; the longest quoted part is kept (None when it is too short to ask).
    A blockquote's marks are the writer's own inner quotations ('a rape by "foreigners," it ...')."""
    parts = re.split(r'["“”]', attribution.quote)
    at = item.body.find(attribution.quote[:40], attribution.sentence_start or attribution.start)
    if len(parts) < 2 or at < 0 or in_blockquote(item.body, at):
        return attribution
    opened = item.body[:at][-1:] in ('"', "“")
    longest = max((p.strip(" ,") for p in parts[0 if opened else 1 :: 2]), key=len)
    return replace(attribution, quote=longest) if len(longest.split()) >= 4 else None


def quote_line(item: Coverage, attribution: Attribution) -> tuple[int, int] | None:
    """The evidence of a quotation: its sentence, or for a blockquoted one the blockquote line that
    holds the quotation itself (the translation, where the original stands in a blockquote above
    it; never the longest line of a lead-in and its blockquotes). None for a blockquoted quotation
    whose words are not found as they stand."""
    head = attribution.quote[:40]
    at = item.body.find(head, attribution.sentence_start or attribution.start) if head else -1
    if at < 0:
        span = attribution_span(attribution)
        return None if in_blockquote(item.body, attribution.start) or "\n>" in item.body[slice(*span)] else span
    if not in_blockquote(item.body, at):
        return attribution_span(attribution)
    line_start = item.body.rfind("\n", 0, at) + 1
    line_end = item.body.find("\n", at)
    return line_start, len(item.body) if line_end < 0 else line_end
