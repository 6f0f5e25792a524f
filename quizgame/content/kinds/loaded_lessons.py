"""What a loaded_word item teaches about its term: the lexicon's reason in the sentence's own form, and
the neutral word or what a neutral version does (used by loaded_word, neutral_rewrite and whose_words)."""

from __future__ import annotations

import re

from quizgame.content.analysis.model import LoadedTerm
from quizgame.content.kinds.inflection import same_form

# Where the lexicon took an entry from ("(VADER lexicon, MIT)", "(Words to watch: puffery)"): for the
# teacher and the licence, not a lesson; reading4's teacher found it printed to students.
_CREDIT = re.compile(r"\s*\([^()]*(lexicon|Words to watch|written for this project)[^()]*\)(?=\.?\s*$)")


def in_sentence_form(term: LoadedTerm) -> str:
    """The lexicon's reason, naming the word as the sentence writes it: "'claims' casts doubt" for a
    sentence with "claims", not the lexicon's "'claimed'"."""
    surface = term.term.strip()

    def same_word(match: re.Match[str]) -> str:
        word = match.group(1)
        related = word.lower() != surface.lower() and " " not in surface and word[:4].lower() == surface[:4].lower()
        return f"'{surface}'" if related else match.group(0)

    return re.sub(r"'([A-Za-z-]+)'", same_word, _CREDIT.sub("", term.reason))


def lesson(term: LoadedTerm) -> str:
    """The lexicon's reason, and its neutral word where it fits the sentence's form ("removed" is no
    alternative to "oust": the neutral word is left out rather than offered wrongly inflected). A neutral
    in parentheses is the lexicon's instruction, not a word: reading5's teacher found 'A neutral alternative:
    "(none)"' printed to students."""
    if term.neutral.strip().startswith("("):
        return f"{in_sentence_form(term)} {instead(term.neutral)}"
    neutral = re.split(r"[/;,]| or ", term.neutral)[0].strip()
    if neutral and same_form(term.term, neutral):
        return f'{in_sentence_form(term)} A neutral alternative: "{term.neutral}".'
    return in_sentence_form(term)


def instead(placeholder: str) -> str:
    """What a neutral version does, from the lexicon's instruction: "(none)" and "(leave out)" leave the word
    out, "(describe the act)" describes the act, "(the name alone)" uses the name alone."""
    said = placeholder.strip().strip("()").strip().rstrip(".")
    if not said or said.lower() in ("none", "leave out"):
        return "A neutral version leaves the word out."
    if said.split()[0].lower() in ("describe", "give", "say"):
        return f"A neutral version would {said} instead."
    return f"A neutral version uses {said}."
