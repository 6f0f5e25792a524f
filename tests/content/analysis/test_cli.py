import json
from pathlib import Path

from click.testing import CliRunner

from quizgame.cli import main

SEED = sorted((Path(__file__).resolve().parents[3] / "content" / "articles").glob("*.md"))[0]
GOLD_DIR = Path(__file__).resolve().parents[2] / "data" / "gold"


def test_analyze_prints_the_analysis_as_json():
    result = CliRunner().invoke(main, ["analyze", str(SEED), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["article"] == SEED.stem
    body = SEED.read_text(encoding="utf-8").split("\n---\n", 1)[1]
    for promo in data["promos"]:
        assert body[promo["start"] : promo["end"]] == promo["text"]


def test_a_malformed_file_gives_one_line_naming_it_and_exit_2(tmp_path):
    broken = tmp_path / "broken.md"
    broken.write_text("---\noutlet: x\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(broken), "--json"])
    assert result.exit_code == 2
    assert str(broken) in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_missing_file_exits_2():
    result = CliRunner().invoke(main, ["analyze", "/no/such/article.md"])
    assert result.exit_code == 2
    assert "/no/such/article.md" in result.output


def test_evaluate_prints_precision_recall_f1_per_category():
    result = CliRunner().invoke(main, ["evaluate", str(GOLD_DIR)])
    assert result.exit_code == 0, result.output
    for category in ("attributions", "secondhand", "unsourced_claims", "loaded_terms", "promos"):
        assert category in result.output
