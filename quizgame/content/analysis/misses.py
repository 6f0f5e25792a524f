"""Where the speaker is wrong: the gold attributions whose words were found but credited to someone else,
and those credited to the right speaker with another kind. For reading what to fix, not for scoring.

Each line says the article, the gold speaker and kind, what the analysis credited instead and the words.
"""

from __future__ import annotations

from collections.abc import Iterable

from quizgame.content.analysis.evaluation import Gold, speaker_matches, text_matches
from quizgame.content.analysis.model import ArticleAnalysis


def _gold_speaker(item: dict) -> str:
    speaker = item["speaker"]
    return " | ".join(str(s) for s in speaker) if isinstance(speaker, list) else str(speaker)


def speaker_misses(pairs: Iterable[tuple[Gold, ArticleAnalysis]]) -> list[str]:
    """'speaker' lines: gold words found, its speaker not; 'credit' lines: predicted words that are some gold
    item's, credited to none of their speakers; 'kind' lines: the speaker found, the kind not."""
    lines: list[str] = []
    for gold, analysis in pairs:
        for p in analysis.attributions:
            items = [g for g in gold.attributions if text_matches(p.quote, str(g["quote"]))]
            if items and not any(speaker_matches(p.speaker, g["speaker"]) for g in items):
                wanted = "; ".join(f"{_gold_speaker(g)!r}" for g in items)
                lines.append(
                    f"credit   {gold.article[:40]:40}  got {p.speaker!r} ({p.speaker_kind})  gold {wanted}"
                    f"  :: {p.quote[:60]}"
                )
        for item in gold.attributions:
            quote = str(item["quote"])
            same_words = [p for p in analysis.attributions if text_matches(p.quote, quote)]
            if not same_words:
                continue
            right = [p for p in same_words if speaker_matches(p.speaker, item["speaker"])]
            kind = item.get("kind")
            if not right:
                credited = "; ".join(sorted({f"{p.speaker!r} ({p.speaker_kind})" for p in same_words}))
                lines.append(
                    f"speaker  {gold.article[:40]:40}  gold {_gold_speaker(item)!r} ({kind})  got {credited}"
                    f"  :: {quote[:60]}"
                )
            elif kind and not any(p.speaker_kind == kind for p in right):
                got = "; ".join(sorted({p.speaker_kind for p in right}))
                lines.append(
                    f"kind     {gold.article[:40]:40}  gold {_gold_speaker(item)!r} ({kind})  got {got}"
                    f"  :: {quote[:60]}"
                )
    return lines
