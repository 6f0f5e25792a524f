"""The acceptance floors, on the whole gold set (seed articles and articles on other topics)."""

from pathlib import Path

import pytest

from quizgame.content.analysis.gold_set import evaluate_directory

GOLD_DIR = Path(__file__).resolve().parents[2] / "data" / "gold"
MIN_ARTICLES = 9  # three seed articles and six from Wikinews and VOA


@pytest.fixture(scope="module")
def report():
    return evaluate_directory(GOLD_DIR)


def test_the_gold_set_is_all_there(report):
    assert len(report.per_article) >= MIN_ARTICLES
    assert len(report.per_article) == len([p for p in GOLD_DIR.glob("*.md") if p.name != "README.md"])


def test_attributions_with_the_right_speaker(report):
    assert report.total["attributions"].f1 >= 0.85


def test_promos_are_all_found_and_nothing_else(report):
    assert report.total["promos"].f1 == 1.0


def test_loaded_terms_precision_and_recall(report):
    assert report.total["loaded_terms"].precision >= 0.75
    assert report.total["loaded_terms"].recall >= 0.65


def test_no_loaded_term_comes_from_inside_a_quotation(report):
    assert report.quoted_loaded_terms == 0
