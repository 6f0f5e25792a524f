"""Words in single quotation marks: a title, a banner or someone's words, not the reporter's choice.

British and blog style set quotations, titles and slogans in single marks ("a Facebook Cause titled 'Stop Greek
police brutality'", "a banner reads: 'International resistance against the Austerity Imposed by the Troika'").
quotes.py reads only double marks, because a single mark is also the apostrophe ("don't", "protesters' demands");
here a single mark opens only where a word starts (after a space, a bracket or a dash, before a letter) and closes
only where a word ends (before a space or a punctuation mark), on one line, so that apostrophes inside or at the
end of words do not open a span. Used for loaded terms only: the gold rule keeps words inside quotation marks out.
"""

from __future__ import annotations

import re

from quizgame.content.analysis.quotes import Quote, QuoteIndex

# Opening: a single mark at the start of a word; closing: the first single mark after it that ends a word.
_SINGLE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–:-]))['‘](?=[A-Za-z])([^'‘’\"“”\n]{1,160}?[^\s'‘’])['’](?=[\s.,;:!?)\]—–-]|$)"
)


def single_quotes(text: str) -> QuoteIndex:
    """The single-quoted spans of a text, indexed like the double-quoted ones."""
    return QuoteIndex([Quote(m.start(), m.end()) for m in _SINGLE.finditer(text)])
