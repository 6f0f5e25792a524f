"""`quizgame questions --show`: the generated questions as a student sees them, for a teacher to read."""

from __future__ import annotations

from click.testing import CliRunner

from quizgame.cli import main
from quizgame.content.show import show
from tests.content.kinds.seed_analysis import seed_coverage

LINES = show(seed_coverage())
TEXT = "\n".join(LINES)


def test_every_question_prints_its_prompt_options_key_and_explanation():
    blocks = TEXT.split("-" * 72)[1:]
    assert blocks
    for block in blocks:
        assert "\nQ: " in block and "\nKey: " in block and "\nWhy: " in block
    assert LINES[-1].split(":")[0].endswith("question(s)")
    assert int(LINES[-1].split()[0]) == len(blocks)


def test_who_said_shows_the_quotation_with_its_speaker_blanked():
    blocks = [b for b in TEXT.split("-" * 72) if "[who_said" in b]
    assert blocks
    for block in blocks:
        passage = " ".join(line for line in block.splitlines() if line.startswith("  | "))
        key = block.split("\nKey: ")[1].split("\n")[0]
        assert "[…]" in passage and key.split()[-1] not in passage


def test_a_tap_the_word_sentence_is_shown_as_its_strip_with_punctuation_kept():
    strips = [line for line in LINES if line.startswith("  Tap: ")]
    assert strips and all("[" in s for s in strips)
    assert any("," in s.replace("[", "").replace("]", "") for s in strips)


def test_the_command_generates_from_a_made_up_article_and_writes_nothing(tmp_path):
    article = tmp_path / "made-up-2026-01-01-town-council.md"
    article.write_text(
        "---\noutlet: Example News\nheadline: Town council votes on the bridge\npublished: 2026-01-01\n"
        "url: https://example.org/bridge\n---\n"
        "The town council voted on Monday to close the old bridge for repairs.\n\n"
        '"The bridge is no longer safe," said Mayor Ana Lopez, who proposed the closure.\n\n'
        'Councillor Tom Reed said the vote was rushed. "We were given two days to read the report," Reed said.\n',
        encoding="utf-8",
    )
    before = sorted(p.name for p in tmp_path.iterdir())
    result = CliRunner().invoke(main, ["questions", "--show", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "Town council votes on the bridge" in result.output and "question(s)" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_sensitive_story_is_flagged_under_its_heading_and_its_questions_still_shown():
    import dataclasses

    coverage = seed_coverage()
    first = coverage[0]
    grim = dataclasses.replace(first.article, headline="Three teenagers killed as bridge collapses")
    lines = show([dataclasses.replace(first, article=grim), *coverage[1:]])
    heading = next(n for n, line in enumerate(lines) if grim.headline in line)
    assert lines[heading + 1].startswith("! Sensitive story (deaths of children or teenagers)")
    assert not any(line.startswith("! ") for line in LINES)  # the seed stories are not flagged
    assert len([line for line in lines if line.startswith("Q: ")]) == len(
        [line for line in LINES if line.startswith("Q: ")]
    )


def test_the_sentence_to_tap_is_marked_bold_not_with_guillemets_that_read_as_quotation_marks():
    from quizgame.content.show import mark

    assert mark(" Prices soared last week. ") == " **Prices soared last week.** "
    assert mark("") == ""
    assert "«" not in TEXT and "»" not in TEXT
    marked = [line for line in LINES if line.startswith("  | ") and "**" in line]
    assert marked, "the seed articles give a tap item whose sentence is highlighted"
    headers = [line for line in LINES if line.startswith("  Passage (") and "**bold**" in line]
    assert headers
