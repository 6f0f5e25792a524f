"""How far two annotators agree: a second person's annotation of the same articles scored against the
gold with the matching rules the analysis is scored by (quizgame.content.analysis.evaluation).

The figure is the ceiling to hold the analysis to: where two careful people agree on 93% of the
attributions, an analysis at 80% is 13 points short of what the task allows, not of perfection.
A second annotation names its speakers the way the gold does (a name or a list of correct
references), so a speaker matches when any of its references matches the gold's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from quizgame.content.analysis.evaluation import (
    CATEGORIES,
    Counts,
    Gold,
    Report,
    load_gold,
    speaker_matches,
    text_matches,
)
from quizgame.content.errors import ContentError

Match = Callable[[Any, Any], bool]


def _references(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _same_source(second: Any, gold: Any) -> bool:
    return any(speaker_matches(name, gold) for name in _references(second))


_MATCHES: dict[str, tuple[str, Match]] = {
    "attributions": (
        "attributions",
        lambda b, a: text_matches(str(b["quote"]), str(a["quote"])) and _same_source(b["speaker"], a["speaker"]),
    ),
    "attribution_content": ("attributions", lambda b, a: text_matches(str(b["quote"]), str(a["quote"]))),
    "secondhand": (
        "secondhand",
        lambda b, a: text_matches(str(b["claim"]), str(a["claim"])) and _same_source(b["outlet"], a["outlet"]),
    ),
    "unsourced_claims": ("unsourced_claims", lambda b, a: text_matches(str(b), str(a))),
    "loaded_terms": ("loaded_terms", lambda b, a: text_matches(str(b["term"]), str(a["term"]), share=0.0)),
    "promos": ("promos", lambda b, a: text_matches(str(b), str(a))),
}


def compare(gold: Gold, second: Gold) -> dict[str, Counts]:
    """Per category: the second annotation's items as predictions, the gold's as the truth."""
    scores = {}
    for name in CATEGORIES:
        field, match = _MATCHES[name]
        theirs, ours = getattr(second, field), getattr(gold, field)
        scores[name] = Counts(
            predicted=len(theirs),
            correct=sum(1 for b in theirs if any(match(b, a) for a in ours)),
            gold=len(ours),
            found=sum(1 for a in ours if any(match(b, a) for b in theirs)),
        )
    return scores


def agreement(pairs: Iterable[tuple[Gold, Gold]]) -> Report:
    per_article: dict[str, dict[str, Counts]] = {}
    total = {name: Counts() for name in CATEGORIES}
    for gold, second in pairs:
        scores = compare(gold, second)
        per_article[gold.article] = scores
        for name, counts in scores.items():
            total[name].add(counts)
    return Report(per_article, total)


def paired_annotations(gold_dirs: Iterable[str | Path], second_dir: str | Path) -> list[tuple[Gold, Gold]]:
    """Each annotation in `second_dir` with the gold annotation of the same file name in one of
    `gold_dirs`; a second annotation with no gold is an error (it would be silently left out)."""
    second_files = sorted(Path(second_dir).glob("*.yaml"))
    if not second_files:
        raise ContentError(Path(second_dir), None, "no annotation files (*.yaml) here")
    pairs = []
    for path in second_files:
        gold_path = next((Path(d) / path.name for d in gold_dirs if (Path(d) / path.name).exists()), None)
        if gold_path is None:
            raise ContentError(path, None, "no gold annotation of the same name in the gold folders")
        pairs.append((load_gold(gold_path), load_gold(path)))
    return pairs
