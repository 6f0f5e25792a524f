"""The seam between curation and the article analysis / question generators.

Curation calls only the functions here, so the analysis and the generators can change (or be
absent in a checkout that lacks them) without touching the import, the annotated page or review.
Analyses are stored as JSON; `analysis_from_json` rebuilds the result types from it.
"""

from __future__ import annotations

from typing import Any

from quizgame.content.analysis.model import (
    ArticleAnalysis,
    Attribution,
    LoadedTerm,
    Promo,
    Secondhand,
    Sentence,
    UnsourcedClaim,
)
from quizgame.content.articles import ArticleFile
from quizgame.content.question_files import QuestionRecord


class PipelineUnavailable(RuntimeError):
    """The analysis or the generators are not installed in this checkout."""


def analyse(article: ArticleFile) -> ArticleAnalysis:
    try:
        from quizgame.content.analysis import analyze_article  # type: ignore[attr-defined]
    except ImportError as exc:
        raise PipelineUnavailable("the article analysis is not available") from exc
    return analyze_article(article)  # type: ignore[no-any-return]


def generator_kinds() -> list[str]:
    """The question kinds that can be made from one article, each run as one import step."""
    try:
        from quizgame.content.kinds import ARTICLE_GENERATORS
    except ImportError:
        return []
    return list(ARTICLE_GENERATORS)


def generate(kind: str, article: ArticleFile, analysis: ArticleAnalysis) -> list[QuestionRecord]:
    try:
        from quizgame.content.kinds import ARTICLE_GENERATORS, Coverage
    except ImportError as exc:
        raise PipelineUnavailable("the question generators are not available") from exc
    return list(ARTICLE_GENERATORS[kind](Coverage(article, analysis), ()))


def analysis_to_json(analysis: ArticleAnalysis) -> dict[str, Any]:
    return analysis.to_json()


def analysis_from_json(data: dict[str, Any]) -> ArticleAnalysis:
    def build(cls: type, key: str) -> list[Any]:
        return [cls(**item) for item in data.get(key, [])]

    return ArticleAnalysis(
        article=data["article"],
        promos=build(Promo, "promos"),
        attributions=build(Attribution, "attributions"),
        secondhand=build(Secondhand, "secondhand"),
        unsourced_claims=build(UnsourcedClaim, "unsourced_claims"),
        loaded_terms=build(LoadedTerm, "loaded_terms"),
        sentences=build(Sentence, "sentences"),
        people=list(data.get("people", [])),
    )
