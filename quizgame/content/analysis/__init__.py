"""Article analysis: promos, attributions, secondhand and unsourced claims, loaded terms. No Flask here.

`analyze_article` and `analyze_articles` are imported lazily, so that reading the result types
(quizgame.content.analysis.model) does not import spaCy.
"""

from __future__ import annotations

from typing import Any

__all__ = ["analyze_article", "analyze_articles"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from quizgame.content.analysis import analyze

        return getattr(analyze, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
