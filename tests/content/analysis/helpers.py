"""Small articles made in the test, analysed with the real pipeline (the model loads once per process)."""

from __future__ import annotations

from quizgame.content.analysis.analyze import analyze_article
from quizgame.content.analysis.model import ArticleAnalysis
from quizgame.content.articles import ArticleFile


def article(body: str, outlet: str = "Test Times") -> ArticleFile:
    return ArticleFile(slug="test-article", outlet=outlet, headline="Test", published=None, url=None, body=body)


def analyze_text(body: str, outlet: str = "Test Times") -> ArticleAnalysis:
    return analyze_article(article(body, outlet))


def pairs(body: str) -> list[tuple[str, str]]:
    """(speaker, quote) of each attribution found in a made-up article body."""
    return [(a.speaker, a.quote) for a in analyze_text(body).attributions]


def speakers_by_cue(body: str) -> dict[str, str]:
    """The speaker each cue's attribution was credited to."""
    return {a.cue: a.speaker for a in analyze_text(body).attributions}
