"""How far each finding's `confidence` can be trusted: precision by confidence bucket on gold folders.

A confidence is meant as the chance that the finding is right, so that a question generator can refuse
weak ones (`quizgame/content/kinds/gate.py` keys questions only on findings from 0.7). This measures it:

    python -m quizgame.content.analysis.calibration tests/data/devcorpus tests/data/styles tests/data/styles2

prints, per category, each 0.1-wide bin of confidence, overall and per shape (shapes.shape_of: the kind
of rule a finding came from), with its findings, articles, mean confidence, measured precision and the
expected calibration error (ECE), then the older 0.5-0.9 bands and the speaker agreement. Scoring reuses
`evaluation.score_article` on one finding at a time, so a finding counts as right exactly when the
evaluation would count it so. Never tune on the frozen splits:
`--totals tests/data/frozen tests/data/frozen2 tests/data/frozen3` prints each category's ECE line only, as a check.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from quizgame.content.analysis.evaluation import Gold, score_article, speaker_matches, text_matches
from quizgame.content.analysis.model import ArticleAnalysis, Attribution
from quizgame.content.analysis.shapes import shape_of

CATEGORIES = ("attributions", "secondhand", "unsourced_claims", "loaded_terms", "promos")
BANDS = (0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass
class Band:
    low: float
    predicted: int = 0
    correct: int = 0

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None


def scored_findings(pairs: Iterable[tuple[Gold, ArticleAnalysis]]) -> Iterator[tuple[Gold, str, Any, bool]]:
    """Each finding with its article's gold, its category and whether the evaluation counts it right when it
    stands alone."""
    for gold, analysis in pairs:
        empty = replace(analysis, **{category: [] for category in CATEGORIES})
        for category in CATEGORIES:
            for finding in getattr(analysis, category):
                alone = replace(empty, **{category: [finding]})
                yield gold, category, finding, score_article(gold, alone)[category].correct > 0


def calibrate(pairs: Iterable[tuple[Gold, ArticleAnalysis]]) -> dict[str, list[Band]]:
    table = {category: [Band(low) for low in BANDS] for category in CATEGORIES}
    for _gold, category, finding, right in scored_findings(pairs):
        band = _band(table[category], finding.confidence)
        band.predicted += 1
        band.correct += right
    return table


def lines(table: dict[str, list[Band]]) -> list[str]:
    rows = [f"{'category':18} " + " ".join(f"{'>=' + format(b, '.1f'):>14}" for b in BANDS)]
    for category, bands in table.items():
        cells = []
        for band in bands:
            p = band.precision
            cells.append(f"{'-' if p is None else format(p, '.2f')} ({band.correct}/{band.predicted})".rjust(14))
        rows.append(f"{category:18} " + " ".join(cells))
    return rows


def _band(bands: list[Band], confidence: float) -> Band:
    chosen = bands[0]
    for band in bands:
        if confidence >= band.low - 1e-9:
            chosen = band
    return chosen


@dataclass
class Agreement:
    """Attributions found under one condition, and how many the gold bears out. A key built from the
    speaker (who_said) or its kind (attribution_type) is right only when both agree: `right`."""

    predicted: int = 0
    found: int = 0  # a gold attribution has the same words
    speaker: int = 0  # ... and the same speaker
    right: int = 0  # ... and the same speaker kind too
    wrong: list[str] = field(default_factory=list)  # "speaker: quote" of the rest, to read on tuned sets

    @property
    def precision(self) -> float | None:
        return self.right / self.predicted if self.predicted else None


Condition = Callable[[ArticleAnalysis, Attribution], "str | None"]
# Does a gold attribution of the same words bear out the finding under this condition's label?
Accepts = Callable[[str, Attribution, dict], bool]


def same_speaker_and_kind(label: str, a: Attribution, gold: dict) -> bool:
    return speaker_matches(a.speaker, gold["speaker"]) and gold.get("kind") == a.speaker_kind


def by_kind_and_band(analysis: ArticleAnalysis, a: Attribution) -> str:
    band = max((low for low in BANDS if a.confidence >= low - 1e-9), default=BANDS[0])
    return f"{a.speaker_kind} >={band:.1f} {'direct' if a.direct else 'indirect'}"


def speaker_agreement(
    pairs: Iterable[tuple[Gold, ArticleAnalysis]],
    condition: Condition = by_kind_and_band,
    accepts: Accepts = same_speaker_and_kind,
) -> dict[str, Agreement]:
    """Per condition (by default: speaker kind, confidence band, direct or not), how often the
    analysis's speaker and speaker kind agree with the gold's for the same words. An attribution
    `condition` maps to None is left out (the generators would not key on it). `accepts` says what
    a key built under a condition needs of the gold (by default: the same speaker and kind)."""
    table: dict[str, Agreement] = {}
    for gold, analysis in pairs:
        for a in analysis.attributions:
            name = condition(analysis, a)
            if name is None:
                continue
            row = table.setdefault(name, Agreement())
            same = [g for g in gold.attributions if text_matches(a.quote, str(g["quote"]))]
            speaker = [g for g in same if speaker_matches(a.speaker, g["speaker"])]
            row.predicted += 1
            row.found += bool(same)
            row.speaker += bool(speaker)
            if any(accepts(name, a, g) for g in same):
                row.right += 1
            else:
                row.wrong.append(f"{gold.article}: {a.speaker} ({a.speaker_kind}): {a.quote[:60]}")
    return dict(sorted(table.items()))


def agreement_lines(table: dict[str, Agreement]) -> list[str]:
    # "of judged": right among the findings the gold has the same words for (the rest it cannot judge)
    rows = [
        f"{'condition':48} {'predicted':>9} {'same words':>10} {'speaker':>8} {'right':>6} {'precision':>9} {'of judged':>9}"
    ]
    for name, row in table.items():
        p = row.precision
        judged = format(row.right / row.found, ".3f") if row.found else "-"
        rows.append(
            f"{name:48} {row.predicted:9} {row.found:10} {row.speaker:8} {row.right:6} {'-' if p is None else format(p, '.2f'):>9} {judged:>9}"
        )
    return rows


ECE_BINS = tuple(round(0.1 * i, 1) for i in range(10))  # [0, .1), [.1, .2), ... [.9, 1.0]


@dataclass
class Bucket:
    """Findings of one category (and shape) in one confidence bin: what they claim and what they are."""

    n: int = 0
    correct: int = 0
    claimed: float = 0.0  # the sum of their confidences
    articles: set[str] = field(default_factory=set)

    @property
    def confidence(self) -> float:
        return self.claimed / self.n if self.n else 0.0

    @property
    def precision(self) -> float:
        return self.correct / self.n if self.n else 0.0


Buckets = dict[tuple[str, str, float], Bucket]  # (category, shape, bin) -> bucket; shape "*" is every shape


def bucket(pairs: Iterable[tuple[Gold, ArticleAnalysis]]) -> Buckets:
    """Each finding scored alone into its category's bin, once for all shapes ("*")
    and once for its own shape (shapes.shape_of)."""
    table: Buckets = {}
    for gold, category, finding, right in scored_findings(pairs):
        low = max(b for b in ECE_BINS if finding.confidence >= b - 1e-9)
        for shape in ("*", shape_of(category, finding)):
            row = table.setdefault((category, shape, low), Bucket())
            row.n += 1
            row.correct += right
            row.claimed += finding.confidence
            row.articles.add(gold.article)
    return table


def ece(table: Buckets, category: str, shape: str = "*") -> tuple[int, float]:
    """Expected calibration error: the gap between claimed confidence and measured precision, averaged
    over the bins weighted by their findings. Returns (findings, ECE)."""
    rows = [b for (c, s, _), b in table.items() if c == category and s == shape]
    total = sum(b.n for b in rows)
    if not total:
        return 0, 0.0
    return total, sum(b.n * abs(b.confidence - b.precision) for b in rows) / total


def calibration_lines(table: Buckets, totals_only: bool = False) -> list[str]:
    rows = [f"{'category':17} {'shape':28} {'bin':>4} {'n':>5} {'arts':>4} {'conf':>5} {'prec':>5} {'gap':>6}"]
    for category in CATEGORIES:
        n, error = ece(table, category)
        correct = sum(b.correct for (c, s, _), b in table.items() if c == category and s == "*")
        rows.append(f"{category:17} {'ECE':28} {'':>4} {n:5} {'':>4} {'':>5} {correct / max(n, 1):5.2f} {error:6.3f}")
        if totals_only:
            continue
        for (c, shape, low), b in sorted(table.items(), key=lambda kv: (kv[0][1] != "*", kv[0][1], -kv[0][2])):
            if c == category:
                gap = b.confidence - b.precision
                rows.append(
                    f"{'':17} {shape:28} {low:4.1f} {b.n:5} {len(b.articles):4} "
                    f"{b.confidence:5.2f} {b.precision:5.2f} {gap:+6.2f}"
                )
    n = sum(ece(table, c)[0] for c in CATEGORIES)
    overall = sum(ece(table, c)[0] * ece(table, c)[1] for c in CATEGORIES) / max(n, 1)
    rows.append(f"{'all':17} {'ECE':28} {'':>4} {n:5} {'':>4} {'':>5} {'':>5} {overall:6.3f}")
    return rows


def tuned_pairs(directories: list[str], frozen: bool = False) -> list[tuple[Gold, ArticleAnalysis]]:
    from quizgame.content.analysis.analyze import analyze_articles
    from quizgame.content.analysis.evaluation import load_gold
    from quizgame.content.articles import read_article

    pairs: list[tuple[Gold, ArticleAnalysis]] = []
    for directory in directories:
        if not frozen and any(part.startswith("frozen") for part in Path(directory).parts):
            raise SystemExit("calibration measures the tuned folders only, never the frozen split")
        gold_files = sorted(Path(directory).glob("*.yaml"))
        analyses = analyze_articles(read_article(path.with_suffix(".md")) for path in gold_files)
        pairs += zip((load_gold(path) for path in gold_files), analyses, strict=True)
    return pairs


def main(arguments: list[str]) -> None:
    """`--totals` prints each category's ECE line only: the one view allowed of the frozen split, as a check."""
    totals = "--totals" in arguments
    pairs = tuned_pairs([a for a in arguments if a != "--totals"], frozen=totals)
    print("\n".join(calibration_lines(bucket(pairs), totals_only=totals)))
    if totals:
        return
    print()
    print("\n".join(lines(calibrate(pairs))))
    print()
    print("\n".join(agreement_lines(speaker_agreement(pairs))))


if __name__ == "__main__":
    main(sys.argv[1:])
