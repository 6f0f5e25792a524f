"""Scoring the analysis against hand-made gold annotations: matching, precision, recall, F1.

Pure: it compares ArticleAnalysis objects with gold records and never runs the analyser itself.
A prediction is correct when it matches some gold item; a gold item is found when some
prediction matches it (so one long quotation may find several gold snippets of it).
Text matches when one normalised text contains the other; speakers match on the full name or the
surname ("Nolette" finds "Deanna Nolette").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from quizgame.content.analysis.model import ArticleAnalysis

CATEGORIES = ("attributions", "attribution_content", "secondhand", "unsourced_claims", "loaded_terms", "promos")


@dataclass
class Counts:
    predicted: int = 0
    correct: int = 0  # predictions that match some gold item
    gold: int = 0
    found: int = 0  # gold items matched by some prediction

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.predicted += other.predicted
        self.correct += other.correct
        self.gold += other.gold
        self.found += other.found


@dataclass
class Gold:
    article: str
    attributions: list[dict[str, Any]] = field(default_factory=list)
    secondhand: list[dict[str, Any]] = field(default_factory=list)
    unsourced_claims: list[str] = field(default_factory=list)
    loaded_terms: list[dict[str, Any]] = field(default_factory=list)
    promos: list[str] = field(default_factory=list)


@dataclass
class Report:
    per_article: dict[str, dict[str, Counts]]
    total: dict[str, Counts]
    quoted_loaded_terms: int = 0  # loaded terms reported from inside a quotation: must be 0
    kinds_agreeing: int = 0  # of the gold attributions found with the right speaker,
    kinds_compared: int = 0  # how many also have the gold speaker kind

    def lines(self) -> list[str]:
        rows = [f"{'category':22} {'P':>6} {'R':>6} {'F1':>6}   (pred/correct, gold/found)"]
        for name in CATEGORIES:
            c = self.total[name]
            rows.append(
                f"{name:22} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}   "
                f"({c.predicted}/{c.correct}, {c.gold}/{c.found})"
            )
        rows.append(f"speaker kinds agreeing: {self.kinds_agreeing}/{self.kinds_compared}")
        rows.append(f"articles: {len(self.per_article)}; loaded terms inside quotations: {self.quoted_loaded_terms}")
        return rows


def load_gold(path: str | Path) -> Gold:
    with Path(path).open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    return Gold(
        article=str(data["article"]),
        attributions=list(data.get("attributions") or []),
        secondhand=list(data.get("secondhand") or []),
        unsourced_claims=[str(x) for x in data.get("unsourced_claims") or []],
        loaded_terms=list(data.get("loaded_terms") or []),
        promos=[str(x) for x in data.get("promos") or []],
    )


def normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\s+", " ", text)
    return text.strip(" \"'.,;:!?—-")


def text_matches(predicted: str, gold: str, share: float = 0.5) -> bool:
    """The prediction contains the gold text, or is a part of it at least `share` as long."""
    p, g = normalise(predicted), normalise(gold)
    if not p or not g:
        return False
    return g in p or (p in g and len(p) >= max(3, share * len(g)))


def speaker_matches(predicted: str, gold: str | list[str]) -> bool:
    """`gold` may list several correct references to one speaker ("Zemedkun Tekle", "government spokesman")."""
    if isinstance(gold, list):
        return any(speaker_matches(predicted, g) for g in gold)
    p, g = normalise(predicted), normalise(gold)
    p = re.sub(r"^the ", "", p)
    g = re.sub(r"^the ", "", g)
    return p == g or p.split()[-1:] == g.split()[-1:] or (bool(p) and (p in g or g in p))


def score_article(gold: Gold, analysis: ArticleAnalysis) -> dict[str, Counts]:
    def attribution(pred: Any, item: dict[str, Any]) -> bool:
        return text_matches(pred.quote, str(item["quote"])) and speaker_matches(pred.speaker, item["speaker"])

    def content(pred: Any, item: dict[str, Any]) -> bool:
        return text_matches(pred.quote, str(item["quote"]))

    def secondhand(pred: Any, item: dict[str, Any]) -> bool:
        return text_matches(pred.claim, str(item["claim"])) and speaker_matches(pred.outlet, item["outlet"])

    return {
        "attributions": _count(analysis.attributions, gold.attributions, attribution),
        "attribution_content": _count(analysis.attributions, gold.attributions, content),
        "secondhand": _count(analysis.secondhand, gold.secondhand, secondhand),
        "unsourced_claims": _count(
            analysis.unsourced_claims, gold.unsourced_claims, lambda p, g: text_matches(p.text, g)
        ),
        "loaded_terms": _count(
            analysis.loaded_terms, gold.loaded_terms, lambda p, g: text_matches(p.term, str(g["term"]), share=0.0)
        ),
        "promos": _count(analysis.promos, gold.promos, lambda p, g: text_matches(p.text, g)),
    }


def evaluate(pairs: Iterable[tuple[Gold, ArticleAnalysis]], quoted_loaded_terms: int = 0) -> Report:
    per_article: dict[str, dict[str, Counts]] = {}
    total = {name: Counts() for name in CATEGORIES}
    agreeing = compared = 0
    for gold, analysis in pairs:
        scores = score_article(gold, analysis)
        per_article[gold.article] = scores
        for name, counts in scores.items():
            total[name].add(counts)
        for agrees in _kind_agreement(gold, analysis):
            compared += 1
            agreeing += agrees
    return Report(per_article, total, quoted_loaded_terms, agreeing, compared)


def _kind_agreement(gold: Gold, analysis: ArticleAnalysis) -> list[bool]:
    """For each gold attribution with a `kind` found with the right speaker: does a match share the kind?"""
    result = []
    for item in gold.attributions:
        if "kind" not in item:
            continue
        matches = [
            p
            for p in analysis.attributions
            if text_matches(p.quote, str(item["quote"])) and speaker_matches(p.speaker, item["speaker"])
        ]
        if matches:
            result.append(any(p.speaker_kind == item["kind"] for p in matches))
    return result


def _count(predicted: list[Any], gold: list[Any], match: Callable[[Any, Any], bool]) -> Counts:
    return Counts(
        predicted=len(predicted),
        correct=sum(1 for p in predicted if any(match(p, g) for g in gold)),
        gold=len(gold),
        found=sum(1 for g in gold if any(match(p, g) for p in predicted)),
    )


def merge_reports(reports: Iterable[Report]) -> Report:
    """Several folders scored as one set: the counts add up, so a big folder weighs more than a small one."""
    merged = Report({}, {name: Counts() for name in CATEGORIES})
    for report in reports:
        merged.per_article.update(report.per_article)
        for name in CATEGORIES:
            merged.total[name].add(report.total[name])
        merged.quoted_loaded_terms += report.quoted_loaded_terms
        merged.kinds_agreeing += report.kinds_agreeing
        merged.kinds_compared += report.kinds_compared
    return merged


def gap_lines(tuned: Report, frozen: Report) -> list[str]:
    """Tuned and frozen figures side by side and frozen minus tuned: a negative gap is what tuning bought
    that does not carry over to articles no rule was fitted on."""
    rows = [f"{'category':22} {'tuned P / R / F1':>20}   {'frozen P / R / F1':>20}   {'gap P / R / F1':>23}"]
    for name in CATEGORIES:
        t, f = tuned.total[name], frozen.total[name]
        rows.append(
            f"{name:22} {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}   "
            f"{f.precision:6.3f} {f.recall:6.3f} {f.f1:6.3f}   "
            f"{f.precision - t.precision:+7.3f} {f.recall - t.recall:+7.3f} {f.f1 - t.f1:+7.3f}"
        )
    return rows
