"""How far each finding's `confidence` can be trusted: precision by confidence bucket on gold folders.

A confidence is meant as the chance that the finding is right, so that a question generator can refuse
weak ones (`quizgame/content/kinds/gate.py` keys questions only on findings from 0.7). This measures it:

    python -m quizgame.content.analysis.calibration tests/data/devcorpus tests/data/styles tests/data/styles2

prints, per category, how many findings fall in each band of confidence and how many of those match the
gold. Each finder documents the figures it was set by beside its threshold. Scoring reuses
`evaluation.score_article` on one finding at a time, so a finding counts as right exactly when the
evaluation would count it so. Never run it on the frozen split: the bands would be tuned on it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from quizgame.content.analysis.evaluation import Gold, score_article
from quizgame.content.analysis.model import ArticleAnalysis

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


def calibrate(pairs: Iterable[tuple[Gold, ArticleAnalysis]]) -> dict[str, list[Band]]:
    table = {category: [Band(low) for low in BANDS] for category in CATEGORIES}
    for gold, analysis in pairs:
        empty = replace(analysis, **{category: [] for category in CATEGORIES})
        for category in CATEGORIES:
            for finding in getattr(analysis, category):
                alone = replace(empty, **{category: [finding]})
                right = score_article(gold, alone)[category].correct > 0
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


def main(directories: list[str]) -> None:
    from quizgame.content.analysis.analyze import analyze_articles
    from quizgame.content.analysis.evaluation import load_gold
    from quizgame.content.articles import read_article

    pairs: list[tuple[Gold, ArticleAnalysis]] = []
    for directory in directories:
        gold_files = sorted(Path(directory).glob("*.yaml"))
        analyses = analyze_articles(read_article(path.with_suffix(".md")) for path in gold_files)
        pairs += zip((load_gold(path) for path in gold_files), analyses)
    print("\n".join(lines(calibrate(pairs))))


if __name__ == "__main__":
    main(sys.argv[1:])
