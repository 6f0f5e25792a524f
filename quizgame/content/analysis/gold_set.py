"""Running the analyser over a directory of gold articles (article.md + article.yaml pairs)."""

from __future__ import annotations

from pathlib import Path

from quizgame.content.analysis.analyze import analyze_articles
from quizgame.content.analysis.evaluation import Report, evaluate, load_gold
from quizgame.content.analysis.promos import find_promos, mask_promos
from quizgame.content.analysis.quotes import QuoteIndex, find_quotes
from quizgame.content.articles import read_article
from quizgame.content.errors import ContentError


def evaluate_directory(directory: str | Path) -> Report:
    directory = Path(directory)
    gold_files = sorted(directory.glob("*.yaml"))
    if not gold_files:
        raise ContentError(directory, None, "no gold annotation files (*.yaml) here")
    golds = [load_gold(path) for path in gold_files]
    articles = []
    for path, gold in zip(gold_files, golds):
        article_path = path.with_suffix(".md")
        if not article_path.exists():
            raise ContentError(path, None, f"the gold annotation has no article file {article_path.name}")
        articles.append(read_article(article_path))
    analyses = analyze_articles(articles)
    quoted = 0
    for article, analysis in zip(articles, analyses):
        text = mask_promos(article.body, find_promos(article.body))
        index = QuoteIndex(find_quotes(text))
        quoted += sum(1 for term in analysis.loaded_terms if index.containing(term.start) is not None)
    return evaluate(zip(golds, analyses), quoted)
