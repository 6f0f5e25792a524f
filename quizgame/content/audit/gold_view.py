"""What a gold annotation says about a piece of article text: who it is attributed to, whether it
is an unsourced claim, which loaded terms and promos it holds.

The audit asks these questions of the text a generated question shows (a statement, a sentence, a
line), so the matching is by text, as the analysis evaluation matches: normalised containment
either way, or a shared run of words long enough to be the same statement."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from quizgame.content.analysis.evaluation import Gold, normalise, speaker_matches

_SHARED_RUN = 6  # words in common, in order, that make two snippets the same statement


@dataclass(frozen=True)
class Source:
    kind: str  # the gold kind: named, anonymous, organization, document, outlet, social_media
    speaker: str | list[str]  # as annotated (a list gives several correct references)
    quote: str
    direct: bool


def same_statement(a: str, b: str) -> bool:
    """Do two snippets share the statement: one holds the other, or they share a run of words?"""
    x, y = normalise(a), normalise(b)
    if not x or not y:
        return False
    if x in y or y in x:
        return True
    xs, ys = x.split(), y.split()
    if min(len(xs), len(ys)) < _SHARED_RUN:
        return False
    runs = {tuple(xs[i : i + _SHARED_RUN]) for i in range(len(xs) - _SHARED_RUN + 1)}
    return any(tuple(ys[i : i + _SHARED_RUN]) in runs for i in range(len(ys) - _SHARED_RUN + 1))


class GoldView:
    """One article's gold annotation, asked about text."""

    def __init__(self, gold: Gold) -> None:
        self.gold = gold
        self.sources = [
            Source(str(a.get("kind", "")), a.get("speaker", ""), str(a.get("quote", "")), bool(a.get("direct")))
            for a in gold.attributions
        ] + [Source("outlet", s.get("outlet", ""), str(s.get("claim", "")), False) for s in gold.secondhand]

    def sources_of(self, text: str) -> list[Source]:
        """Gold attributions (and secondhand statements) whose words are this text's."""
        return [s for s in self.sources if s.quote and same_statement(text, s.quote)]

    def is_unsourced(self, text: str) -> bool:
        return any(same_statement(text, claim) for claim in self.gold.unsourced_claims)

    def is_promo(self, text: str) -> bool:
        return any(same_statement(text.rstrip(" …"), promo) for promo in self.gold.promos)

    def loaded_terms_in(self, text: str) -> list[str]:
        """The gold loaded terms that occur in this text (as whole words)."""
        return [str(t["term"]) for t in self._loaded_items_in(text)]

    def loaded_words_in(self, text: str) -> set[str]:
        """Every word of the gold loaded terms in this text."""
        return {w for item in self._loaded_items_in(text) for w in _words(str(item["term"]))}

    def charged_words_in(self, text: str) -> set[str]:
        """The words of the gold loaded terms in this text that carry the charge: those the neutral alternative
        drops ('devastating' of 'devastating crisis' -> 'economic crisis'; 'unfortunately' of 'Unfortunately, his
        income fell' -> 'His income fell'). A term whose alternative shares none of its words keeps them all."""
        charged: set[str] = set()
        for item in self._loaded_items_in(text):
            words = set(_words(str(item["term"])))
            kept = words - set(_words(str(item.get("neutral") or "")))
            charged |= kept or words
        return charged

    def _loaded_items_in(self, text: str) -> list[dict[str, Any]]:
        low = text.lower()
        return [
            t for t in self.gold.loaded_terms if re.search(rf"(?<!\w){re.escape(str(t['term']).lower())}(?!\w)", low)
        ]

    def says_speaker(self, text: str, name: str) -> bool | None:
        """Is `name` the speaker of this text per the gold? None when the gold has no attribution of it."""
        found = self.sources_of(text)
        if not found:
            return None
        return any(speaker_matches(name, _plain(s.speaker)) for s in found)


def _plain(speaker: Any) -> str | list[str]:
    return [str(s) for s in speaker] if isinstance(speaker, list) else str(speaker)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+(?:['-]\w+)*", text.lower().replace("’", "'"))
