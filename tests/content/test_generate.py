"""Regenerating candidates: deterministic, and no reviewer decision is ever lost."""

from __future__ import annotations

import copy
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from quizgame.cli import main
from quizgame.content.articles import read_articles
from quizgame.content.errors import ContentError
from quizgame.content.generation import is_reviewed, merge, regenerate
from quizgame.content.question_files import QuestionRecord, read_question_files
from tests.content.kinds.seed_analysis import DC, seed_coverage

CONTENT = Path(__file__).resolve().parents[2] / "content"
SEED = {c.slug: c.analysis for c in seed_coverage()}


def seed_analyzer(batch):
    """The hand-made analyses of the seed articles, in the analyser's shape."""
    return [SEED[article.slug] for article in batch]


def copy_content(tmp_path: Path, questions: bool = True) -> Path:
    """A copy of content/, with the shipped (curated) questions or with none."""
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    if not questions:
        for path in (target / "questions").glob("*.yaml"):
            path.unlink()
    return target


def snapshot(content: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((content / "questions").glob("*"))}


def questions(content: Path) -> dict[str, QuestionRecord]:
    articles = {a.slug: a for a in read_articles(content / "articles")}
    return {
        q.id: replace(q, path="", line=None)
        for f in read_question_files(content / "questions", articles)
        for q in f.questions
    }


def test_generating_twice_changes_nothing_the_second_time(tmp_path):
    content = copy_content(tmp_path, questions=False)
    first = regenerate(content, analyze=seed_analyzer)
    assert len(first.files_written) == 4 and first.candidates > 40
    written = snapshot(content)
    second = regenerate(content, analyze=seed_analyzer)
    assert second.files_written == [] and len(second.files_unchanged) == 4
    assert snapshot(content) == written


def test_reviewed_questions_are_kept_exactly_and_not_asked_again(tmp_path):
    content = copy_content(tmp_path)
    before = {qid: q for qid, q in questions(content).items() if is_reviewed(q)}
    regenerate(content, analyze=seed_analyzer)
    after = questions(content)
    assert all(after[qid] == q for qid, q in before.items())
    # the hand-written who_said on Durkan's "autonomous zone" line is not generated a second time
    same = [q for q in after.values() if q.kind == "who_said" and "Capitol Hill autonomous zone" in q.prompt]
    assert [q.id for q in same] == ["q-a14703068b"]


def test_approved_edited_and_rejected_candidates_survive_regeneration(tmp_path):
    content = copy_content(tmp_path, questions=False)
    regenerate(content, analyze=seed_analyzer)
    path = content / "questions" / f"{DC}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    candidates = [q for q in data["questions"] if q["status"] == "candidate"]
    approved, rejected, annotated = candidates[0], candidates[1], candidates[2]
    approved.update(status="approved", prompt="An edited prompt?", review={"by": "curator"})
    rejected.update(status="rejected")
    annotated.update(review={"note": "look again"})
    stale = dict(copy.deepcopy(candidates[3]), id="q-stale00001")  # no shared lists: safe_dump would alias them
    data["questions"].append(stale)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")

    regenerate(content, analyze=seed_analyzer)
    after = questions(content)
    assert after[approved["id"]].prompt == "An edited prompt?" and after[approved["id"]].status == "approved"
    assert after[rejected["id"]].status == "rejected"
    assert after[annotated["id"]].review == {"note": "look again"}
    assert "q-stale00001" not in after


def test_a_fresh_candidate_never_overwrites_a_reviewed_question_with_its_id():
    reviewed = QuestionRecord(
        "q-1", "who_said", "attribution", "Edited?", ["a", "b"], [1], "e", None, ["s"], status="approved"
    )
    fresh = replace(reviewed, prompt="Generated?", answer=[0], status="candidate")
    other = replace(fresh, id="q-2")
    assert merge([reviewed], [fresh, other]) == [reviewed, other]
    assert merge([replace(reviewed, status="candidate")], [other]) == [other]


def test_generating_one_article_writes_its_file_and_its_events_file_only(tmp_path):
    content = copy_content(tmp_path, questions=False)
    progress: list[int] = []
    report = regenerate(content, [f"articles/{DC}.md"], analyze=seed_analyzer, on_progress=progress.append)
    assert sorted(Path(p).name for p in report.files_written) == [f"{DC}.yaml", "event-seattle-chaz-2020.yaml"]
    assert sum(progress) == 3  # the other outlets of the event are read for comparisons and distractors
    assert sorted(snapshot(content)) == [f"{DC}.yaml", "event-seattle-chaz-2020.yaml"]


def test_an_unknown_article_or_a_broken_file_stops_before_anything_is_written(tmp_path):
    content = copy_content(tmp_path)
    before = snapshot(content)
    with pytest.raises(ContentError, match="no such article: nope"):
        regenerate(content, ["nope"], analyze=seed_analyzer)
    broken = content / "questions" / f"{DC}.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "- id: [\n", encoding="utf-8")
    with pytest.raises(ContentError, match=DC):
        regenerate(content, analyze=seed_analyzer)
    after = snapshot(content)
    assert {n: t for n, t in after.items() if n != broken.name} == {n: t for n, t in before.items() if n != broken.name}


def test_the_command_names_an_unknown_article_and_writes_nothing(tmp_path):
    runner = CliRunner()
    content = copy_content(tmp_path)
    before = snapshot(content)
    result = runner.invoke(main, ["generate", "no-such-article", "--dir", str(content)])
    assert result.exit_code == 2
    assert "no such article: no-such-article" in result.output and "Nothing was written." in result.output
    assert snapshot(content) == before


def test_the_command_on_the_real_analysis_keeps_the_curated_set_and_is_repeatable(tmp_path):
    runner = CliRunner()
    content = copy_content(tmp_path)
    reviewed = {qid: q for qid, q in questions(content).items() if is_reviewed(q)}
    first = runner.invoke(main, ["generate", "--dir", str(content)])
    assert first.exit_code == 0, first.output
    after = questions(content)
    assert all(after[qid] == q for qid, q in reviewed.items())
    written = snapshot(content)
    again = runner.invoke(main, ["generate", "--dir", str(content)])
    assert "0 file(s) written, 4 unchanged" in again.output
    assert snapshot(content) == written


def test_a_folder_without_articles_is_an_error(tmp_path):
    with pytest.raises(ContentError, match="no articles"):
        regenerate(tmp_path, analyze=seed_analyzer)


def test_a_control_drawn_anew_that_shows_a_line_of_an_approved_one_does_not_double_it():
    from quizgame.content.question_files import Evidence

    def lines_item(qid, lines, start, status):
        return QuestionRecord(
            qid,
            "not_reporting",
            "sourcing",
            "Which of these lines is a plug or a housekeeping note, not reporting?",
            [*lines, "None of them: all four are the article's own text"],
            [4],
            "e",
            Evidence("town-news", start, start + 30, lines[0]),
            ["town-news"],
            status=status,
            control=True,
        )

    approved = lines_item(
        "q-a",
        ["The bridge closed on Monday.", "The mayor thanked the crew on Twitter.", "c d e f.", "g h i j."],
        0,
        "approved",
    )
    redrawn = lines_item(
        "q-b",
        ["Trucks were sent round by the ring road.", "The mayor thanked the crew on Twitter.", "k l m n.", "o p q r."],
        300,
        "candidate",
    )
    elsewhere = lines_item(
        "q-c", ["Four new lines here, all different.", "w x y z.", "s t u v.", "a b c d e."], 900, "candidate"
    )
    assert merge([approved], [redrawn, elsewhere]) == [approved, elsewhere]
    # fixed options ("None of them ...", "To a person the article names") are no line of the article
    same_options = replace(elsewhere, id="q-d", choices=["One.", "Two.", "Three.", "Four.", approved.choices[-1]])
    assert merge([approved], [same_options]) == [approved, same_options]
