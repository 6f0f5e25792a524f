"""Plainly factual lines: what a "which line is a plug?" item may show beside its key.

A teacher reading styles9 found the writer's own hopes and opinions among the lines of the story ("A
local content policy would hopefully create employment ...", "Indeed, avoiding the oil curse is
important for Uganda ...", "The latter is now more urgent than ever ..."). A student who reads "not
reporting" as "opinion" defends tapping such a line, and a control whose key is "none of them" becomes
arguable. So the lines shown are those that state what happened or what is: no question or exclamation,
no hope, wish, speculation or advice (modal verbs, "hopefully"), no first person (the writer stepping in),
no judging or loaded word and no judgement, feeling or comparison `judgement.needs_source` finds. A
passive with no agent ("oil has been discovered") or a generalisation hides a source, but it is still
no opinion: such a line stays.
"""

from __future__ import annotations

import re

from quizgame.content.analysis.model import Sentence
from quizgame.content.kinds import judgement
from quizgame.content.kinds.common import Coverage
from quizgame.content.kinds.evaluative import possibly_loaded

# Hope, wish, speculation, advice or obligation: what the writer thinks may or ought to be.
_STANCE = re.compile(
    r"\b(would|could(?! not)|should|might|(?-i:may)|must|ought|need(s|ed)? to|hopefully|hope[sd]?|wish(es|ed)?|perhaps|"
    r"maybe|probably|possibly|surely|certainly|clearly|obviously|indeed|of course|in fact|important|"
    r"crucial|essential|vital|necessary|urgent(ly)?|seems?|appears? to|let's|let us)\b",
    re.IGNORECASE,
)
# The writer in the first person: "we", "our", "I" is the writer's own voice, not the report's.
_FIRST_PERSON = re.compile(r"\b(I|I'm|I've|(?i:me|my|we|we're|we've|our|ours)|us)\b")
# The cases of `needs_source` that are the writer's view; a hidden source or a generalisation is not.
_VIEWS = frozenset({judgement.JUDGEMENT, judgement.FEELING, judgement.COMPARISON})


# The writer turning to the reader with a wish or an exhortation ("but let's hope things will be okay",
# "we can only hope"): a comment whose tone a sentence alone does not settle. In styles9's Russia post it
# closes a sarcastic line about the country's richest civil servant ("Unfortunately, his income fell in
# 2010, but let's hope things will be okay."): read literally, "Unfortunately" judged his loss as bad.
_TO_THE_READER = re.compile(
    r"\b(let['’]s|let us) (hope|pray|wish|see|not forget|be honest|face it)\b|\b(we|one|you) can only (hope|wish|pray)\b"
    r"|\bfingers crossed\b",
    re.IGNORECASE,
)


def speaks_to_the_reader(text: str) -> bool:
    """Does the writer turn to the reader with a wish or an exhortation? Such a comment may be ironic: its
    judging words are not safe keys, and "No loaded word" is no safe key either."""
    return bool(_TO_THE_READER.search(text))


def takes_a_stance(text: str) -> bool:
    """A question, an exclamation, a hope, a wish, advice or the writer's "I" or "we": never a line
    shown beside a plug, where a student would defend it as "not reporting"."""
    text = text.strip()
    return text.endswith(("?", "!")) or bool(_STANCE.search(text) or _FIRST_PERSON.search(text))


def plainly_factual(item: Coverage, sentence: Sentence) -> bool:
    """Does the sentence state a fact, with no opinion, hope or question a student could take for
    "not reporting"?"""
    text = sentence.text.strip()
    if takes_a_stance(text):
        return False
    if any(possibly_loaded(w) for w in re.findall(r"[A-Za-z’'-]+", text)):
        return False
    found = judgement.needs_source(item.analysis, sentence)
    if found is not None and found[0] == judgement.COMPARISON and found[1][:1].isupper():
        return True  # "Best" is a name ("The mayor thanked Best"), not a comparison
    return found is None or found[0] not in _VIEWS
