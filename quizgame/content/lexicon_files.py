"""The one reader of the word lists under content/lexicon/ for code that must not load spaCy (the play
page groups tap-the-word units with them; the question gate reads the verbs of saying).

The analysis (quizgame/content/analysis/lexicon.py) reads the same files into its typed Lexicon; what
both read is the files, never a copy of their words."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LEXICON_DIR = Path(__file__).resolve().parents[2] / "content" / "lexicon"


@lru_cache(maxsize=4)
def read(name: str) -> dict[str, Any]:
    data = yaml.safe_load((LEXICON_DIR / name).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{LEXICON_DIR / name}: expected a mapping at the top level")
    return data


def loaded_term_entries() -> list[dict[str, Any]]:
    """loaded_terms.yaml's terms as written: term, neutral, reason, particle, extend_objects, ..."""
    return list(read("loaded_terms.yaml")["terms"])


def attribution_lists() -> dict[str, Any]:
    """attribution.yaml: strong and weak cues, titles, kinds of source."""
    return read("attribution.yaml")
