"""Two annotators compared: the second's items scored against the gold by the analysis's own matching."""

from pathlib import Path

import yaml
from click.testing import CliRunner

from quizgame.cli import main
from quizgame.content.analysis.agreement import agreement, compare, paired_annotations
from quizgame.content.analysis.evaluation import Gold

GOLD = Gold(
    article="a",
    attributions=[
        {"speaker": ["Carmen Best", "the chief"], "quote": "not my decision", "kind": "named"},
        {"speaker": "Jenny Durkan", "quote": "summer of love", "kind": "named"},
    ],
    secondhand=[{"outlet": "KOMO", "claim": "the precinct was empty"}],
    unsourced_claims=["The zone covers six blocks"],
    loaded_terms=[{"term": "lambasted", "neutral": "criticized"}],
)


def test_the_same_annotation_agrees_fully():
    scores = compare(GOLD, GOLD)
    assert all(c.precision == 1.0 and c.recall == 1.0 for c in scores.values())


def test_a_second_speaker_reference_matches_any_of_the_golds_and_a_wrong_speaker_keeps_the_content():
    second = Gold(
        article="a",
        attributions=[
            {"speaker": ["Police Chief Best", "Best"], "quote": "leaving was not my decision"},
            {"speaker": "Donald Trump", "quote": "summer of love"},
        ],
        unsourced_claims=["The zone covers six blocks", "Protesters left"],
    )
    scores = compare(GOLD, second)
    assert (scores["attributions"].correct, scores["attributions"].found) == (1, 1)
    assert (scores["attribution_content"].correct, scores["attribution_content"].found) == (2, 2)
    assert (scores["unsourced_claims"].predicted, scores["unsourced_claims"].correct) == (2, 1)
    assert scores["secondhand"].found == 0 and scores["loaded_terms"].recall == 0.0


def write(folder: Path, name: str, gold: Gold) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = {
        "article": gold.article,
        "attributions": gold.attributions,
        "secondhand": gold.secondhand,
        "unsourced_claims": gold.unsourced_claims,
        "loaded_terms": gold.loaded_terms,
        "promos": gold.promos,
    }
    (folder / name).write_text(yaml.safe_dump(data), encoding="utf-8")


def test_annotations_pair_by_file_name_across_gold_folders(tmp_path):
    write(tmp_path / "gold1", "a.yaml", GOLD)
    write(tmp_path / "gold2", "b.yaml", Gold(article="b", unsourced_claims=["It rained"]))
    write(tmp_path / "second", "a.yaml", GOLD)
    write(tmp_path / "second", "b.yaml", Gold(article="b"))
    pairs = paired_annotations([tmp_path / "gold1", tmp_path / "gold2"], tmp_path / "second")
    report = agreement(pairs)
    assert sorted(report.per_article) == ["a", "b"]
    assert report.total["unsourced_claims"].gold == 2 and report.total["unsourced_claims"].found == 1


def test_the_command_prints_the_agreement_and_names_a_second_annotation_without_gold(tmp_path):
    write(tmp_path / "gold", "a.yaml", GOLD)
    write(tmp_path / "second", "a.yaml", GOLD)
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path / "gold"), "--against", str(tmp_path / "second")])
    assert result.exit_code == 0, result.output
    assert "attributions" in result.output and "1.000" in result.output and "articles: 1" in result.output
    write(tmp_path / "second", "z.yaml", Gold(article="z"))
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path / "gold"), "--against", str(tmp_path / "second")])
    assert result.exit_code == 2 and "z.yaml" in result.output
