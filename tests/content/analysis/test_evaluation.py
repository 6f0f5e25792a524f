from quizgame.content.analysis.evaluation import (
    CATEGORIES,
    Counts,
    Gold,
    Report,
    evaluate,
    gap_lines,
    merge_reports,
    speaker_matches,
    text_matches,
)
from quizgame.content.analysis.gold_set import is_frozen
from quizgame.content.analysis.model import ArticleAnalysis, Attribution, LoadedTerm, Promo


def attribution(speaker: str, quote: str) -> Attribution:
    return Attribution(speaker, "named", "said", quote, True, 0, 1)


def test_text_and_speaker_matching_are_lenient_about_marks_and_surnames():
    assert text_matches("“I’m angry about how this all came about.”", "angry about how this all came about")
    assert not text_matches("I am calm", "angry")
    assert speaker_matches("Deanna Nolette", "Nolette")
    assert not speaker_matches("Carmen Best", "Jenny Durkan")


def test_precision_recall_and_f1_per_category():
    gold = Gold(
        article="a",
        attributions=[
            {"speaker": "Carmen Best", "quote": "not my decision"},
            {"speaker": "Jenny Durkan", "quote": "summer of love"},
        ],
        loaded_terms=[{"term": "lambasted"}],
        promos=["CLICK HERE FOR THE APP"],
    )
    analysis = ArticleAnalysis(
        article="a",
        attributions=[attribution("Best", "leaving was not my decision"), attribution("Trump", "summer of love")],
        loaded_terms=[LoadedTerm("lambasted", "s", "criticized", "r", 0, 9), LoadedTerm("said", "s", "-", "r", 0, 4)],
        promos=[Promo("CLICK HERE FOR THE APP", 0, 22)],
    )
    report = evaluate([(gold, analysis)])
    assert (report.total["attributions"].precision, report.total["attributions"].recall) == (0.5, 0.5)
    assert report.total["attribution_content"].f1 == 1.0
    assert report.total["loaded_terms"].precision == 0.5
    assert report.total["promos"].f1 == 1.0


def test_empty_categories_do_not_divide_by_zero():
    assert Counts().f1 == 1.0
    assert Counts(predicted=2).precision == 0.0


def test_speaker_kinds_are_compared_where_the_speaker_was_found():
    gold = Gold(article="a", attributions=[{"speaker": "Best", "kind": "named", "quote": "not my decision"}])
    analysis = ArticleAnalysis(article="a", attributions=[attribution("Carmen Best", "it was not my decision")])
    report = evaluate([(gold, analysis)])
    assert (report.kinds_agreeing, report.kinds_compared) == (1, 1)
    assert "speaker kinds agreeing: 1/1" in report.lines()


def report_with(attributions: Counts) -> Report:
    total = {name: Counts() for name in CATEGORIES}
    total["attributions"] = attributions
    return Report({}, total)


def test_merged_reports_add_their_counts_so_a_larger_folder_weighs_more():
    merged = merge_reports([report_with(Counts(4, 4, 4, 4)), report_with(Counts(1, 0, 4, 0))])
    assert (merged.total["attributions"].precision, merged.total["attributions"].recall) == (0.8, 0.5)


def test_the_gap_is_frozen_minus_tuned_for_precision_recall_and_f1():
    rows = gap_lines(report_with(Counts(4, 4, 4, 4)), report_with(Counts(4, 2, 4, 2)))
    attributions = next(row for row in rows if row.startswith("attributions "))
    assert attributions.split()[-3:] == ["-0.500", "-0.500", "-0.500"]
    unsourced = next(row for row in rows if row.startswith("unsourced_claims"))
    assert unsourced.split()[-3:] == ["+0.000", "+0.000", "+0.000"]


def test_a_folder_is_frozen_by_a_frozen_file_or_its_readme_front_matter(tmp_path):
    marked, readme, plain, unmarked = (tmp_path / name for name in ("marked", "readme", "plain", "unmarked"))
    for folder in (marked, readme, plain, unmarked):
        folder.mkdir()
    (marked / "FROZEN").write_text("", encoding="utf-8")
    (readme / "README.md").write_text("---\nfrozen: true\n---\n# Split\n", encoding="utf-8")
    (unmarked / "README.md").write_text("---\nfrozen: false\n---\nfrozen: true is only said here\n", encoding="utf-8")
    assert is_frozen(marked) and is_frozen(readme)
    assert not is_frozen(plain) and not is_frozen(unmarked)
