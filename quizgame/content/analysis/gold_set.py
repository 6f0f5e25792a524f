"""Running the analyser over directories of gold articles (article.md + article.yaml pairs).

A directory is a frozen split (never tuned on) when it holds a file named FROZEN or its README.md opens
with YAML front matter saying `frozen: true`; `score_directories` scores several in one process and
`score_lines` prints each one's figures and the gap between the tuned and the frozen ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from quizgame.content.analysis.analyze import analyze_articles
from quizgame.content.analysis.evaluation import Gold, Report, evaluate, gap_lines, load_gold, merge_reports
from quizgame.content.analysis.misses import speaker_misses
from quizgame.content.analysis.model import ArticleAnalysis
from quizgame.content.analysis.promos import find_promos, mask_promos
from quizgame.content.analysis.quotes import QuoteIndex, find_quotes
from quizgame.content.articles import read_article
from quizgame.content.errors import ContentError

FROZEN_MARKER = "FROZEN"


@dataclass
class DirectoryScore:
    directory: Path
    frozen: bool
    report: Report
    misses: list[str] = field(default_factory=list)  # speakers and kinds got wrong, when asked for

    def lines(self) -> list[str]:
        role = "frozen: never tuned on" if self.frozen else "tuned on"
        return [f"== {self.directory} ({role})", *self.report.lines(), *self.misses]


def is_frozen(directory: str | Path) -> bool:
    directory = Path(directory)
    if (directory / FROZEN_MARKER).exists():
        return True
    readme = directory / "README.md"
    if not readme.is_file():
        return False
    text = readme.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return False
    try:
        front = yaml.safe_load(text[4:].split("\n---", 1)[0])
    except yaml.YAMLError:
        return False
    return isinstance(front, dict) and front.get("frozen") is True


def score_directories(directories: Iterable[str | Path], misses: bool = False) -> list[DirectoryScore]:
    """Each folder's figures; with `misses`, also the speakers got wrong, except in a frozen folder (whose
    items no one may read)."""
    scores = []
    for directory in directories:
        frozen = is_frozen(directory)
        pairs, quoted = analyse_directory(directory)
        listed = speaker_misses(pairs) if misses and not frozen else []
        scores.append(DirectoryScore(Path(directory), frozen, evaluate(pairs, quoted), listed))
    return scores


def score_lines(scores: list[DirectoryScore]) -> list[str]:
    lines: list[str] = []
    for score in scores:
        lines += [*score.lines(), ""]
    tuned = [s for s in scores if not s.frozen]
    frozen = [s for s in scores if s.frozen]
    if tuned and frozen:
        lines.append(f"== gap: frozen ({_names(frozen)}) against tuned ({_names(tuned)})")
        lines += gap_lines(merge_reports(s.report for s in tuned), merge_reports(s.report for s in frozen))
    return lines


def _names(scores: list[DirectoryScore]) -> str:
    return ", ".join(str(score.directory) for score in scores)


def evaluate_directory(directory: str | Path) -> Report:
    return evaluate(*analyse_directory(directory))


def analyse_directory(directory: str | Path) -> tuple[list[tuple[Gold, ArticleAnalysis]], int]:
    """(gold, analysis) for each article, then the count of loaded terms reported inside quotations."""
    directory = Path(directory)
    gold_files = sorted(directory.glob("*.yaml"))
    if not gold_files:
        raise ContentError(directory, None, "no gold annotation files (*.yaml) here")
    golds = [load_gold(path) for path in gold_files]
    articles = []
    for path in gold_files:
        article_path = path.with_suffix(".md")
        if not article_path.exists():
            raise ContentError(path, None, f"the gold annotation has no article file {article_path.name}")
        articles.append(read_article(article_path))
    analyses = analyze_articles(articles)
    quoted = 0
    for article, analysis in zip(articles, analyses, strict=True):
        text = mask_promos(article.body, find_promos(article.body, article.outlet))
        index = QuoteIndex(find_quotes(text))
        quoted += sum(1 for term in analysis.loaded_terms if index.containing(term.start) is not None)
    return list(zip(golds, analyses, strict=True)), quoted
