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


# Two of the smallest gold articles keep these runs to one model load and a few seconds.
SMALL = [
    GOLD_DIR / "voa-2007-10-21-ethiopia-denies-rebel-attack.md",
    GOLD_DIR / "wikinews-2008-06-29-mugabe-claims-victory.md",
]


def copy_gold(article, folder):
    folder.mkdir(exist_ok=True)
    for suffix in (".md", ".yaml"):
        (folder / article.with_suffix(suffix).name).write_text(
            article.with_suffix(suffix).read_text(encoding="utf-8"), encoding="utf-8"
        )
    return folder


def test_analyze_takes_several_files_and_prints_a_json_list_in_their_order():
    result = CliRunner().invoke(main, ["analyze", str(SMALL[1]), str(SMALL[0]), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [item["article"] for item in data] == [SMALL[1].stem, SMALL[0].stem]
    single = json.loads(CliRunner().invoke(main, ["analyze", str(SMALL[0]), "--json"]).output)
    assert data[1] == single


def test_analyze_reads_a_folders_articles_but_not_its_readme_and_names_a_bad_file(tmp_path):
    folder = copy_gold(SMALL[0], tmp_path / "articles")
    (folder / "README.md").write_text("# not an article\n", encoding="utf-8")
    (folder / "broken.md").write_text("---\noutlet: x\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(folder), "--json"])
    assert result.exit_code == 2
    assert [item["article"] for item in json.loads(result.stdout)] == [SMALL[0].stem]
    assert str(folder / "broken.md") in result.stderr
    assert "README" not in result.stderr


def test_evaluate_scores_each_folder_and_the_gap_between_tuned_and_frozen(tmp_path):
    tuned = copy_gold(SMALL[0], tmp_path / "tuned")
    frozen = copy_gold(SMALL[0], tmp_path / "frozen")
    (frozen / "README.md").write_text("---\nfrozen: true\n---\n# Frozen split\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(tuned), str(frozen)])
    assert result.exit_code == 0, result.output
    assert f"== {tuned} (tuned on)" in result.output
    assert f"== {frozen} (frozen: never tuned on)" in result.output
    gap = result.output.split("== gap:", 1)[1].splitlines()
    assert str(frozen) in gap[0] and str(tuned) in gap[0]
    rows = {line.split()[0]: line.split()[1:] for line in gap[2:] if line.strip()}
    assert set(rows) == {
        "attributions",
        "attribution_content",
        "secondhand",
        "unsourced_claims",
        "loaded_terms",
        "promos",
    }
    # The same article on both sides: the analysis scores the same, so every gap is zero.
    for figures in rows.values():
        assert figures[:3] == figures[3:6]
        assert all(float(g) == 0 for g in figures[6:])


def test_evaluate_prints_no_gap_without_a_frozen_folder(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", str(copy_gold(SMALL[0], tmp_path / "tuned"))])
    assert result.exit_code == 0, result.output
    assert "attributions" in result.output
    assert "== gap" not in result.output
