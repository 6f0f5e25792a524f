"""`quizgame analyze`, `evaluate` and `questions`: the analysis and its questions run on article
files, and measured against gold annotations. They need no database."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import click

from quizgame.content.errors import ContentError

if TYPE_CHECKING:
    from quizgame.content.articles import ArticleFile


@click.command("analyze")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--json", "as_json", is_flag=True, help="Print the analysis as JSON (a list for several files or a folder)."
)
def analyze(paths: tuple[str, ...], as_json: bool) -> None:
    """Analyse article files, or every article in a folder, in one process (the language model loads once):
    promos, attributions, secondhand and unsourced claims, loaded terms. One file prints one analysis;
    several files or a folder print a list, in the order given. A file that cannot be read gives one
    line naming it on stderr and exit status 2 once the others are printed."""
    import json

    from quizgame.content.analysis.analyze import analyze_articles
    from quizgame.content.analysis.nlp import ModelMissing

    single = len(paths) == 1 and not os.path.isdir(paths[0])
    articles, failed = _read_articles(paths)
    try:
        analyses = analyze_articles(articles) if articles else []
    except ModelMissing as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if as_json:
        data = [analysis.to_json() for analysis in analyses]
        if not single or data:
            click.echo(json.dumps(data[0] if single else data, ensure_ascii=False, indent=2))
    else:
        for article, analysis in zip(articles, analyses, strict=True):
            if not single:
                click.echo(f"== {article.path}")
            for attribution in analysis.attributions:
                click.echo(f"{attribution.speaker} ({attribution.speaker_kind}) {attribution.cue}: {attribution.quote}")
    if failed:
        sys.exit(2)


def _read_articles(paths: tuple[str, ...]) -> tuple[list[ArticleFile], int]:
    """Read what can be read, saying on stderr what cannot; a folder stands for its article files."""
    from quizgame.content.articles import article_paths, read_article

    articles: list[ArticleFile] = []
    failed = 0
    for given in paths:
        files = article_paths(given) if os.path.isdir(given) else [given]
        if not files:
            click.echo(f"error: {given}: no article files (*.md) here", err=True)
            failed += 1
        for path in files:
            try:
                articles.append(read_article(path))
            except ContentError as exc:
                click.echo(f"error: {exc}", err=True)
                failed += 1
    return articles, failed


@click.command("evaluate")
@click.argument("gold_dirs", nargs=-1, required=True, type=click.Path(file_okay=False))
@click.option(
    "--questions", is_flag=True, help="Audit the generated questions instead: keys, distractors, shortcut players."
)
@click.option(
    "--misses",
    is_flag=True,
    help="Also list, per tuned folder, the gold attributions found with a wrong speaker or a wrong speaker kind.",
)
@click.option(
    "--against",
    "second_dir",
    type=click.Path(file_okay=False, exists=True),
    help="Score a second person's annotations of the same articles (same file names) against the gold instead "
    "of the analysis: how far two annotators agree.",
)
def evaluate(gold_dirs: tuple[str, ...], questions: bool, misses: bool, second_dir: str | None) -> None:
    """Score the analysis against hand-made gold annotations in each GOLD_DIR, in one process: precision,
    recall, F1 per category for each folder, then the gap between the tuned folders and the frozen ones
    (a folder holding a FROZEN file, or whose README.md front matter says `frozen: true`).
    With --questions, generate the questions for the gold articles and check every key against the gold.
    With --against DIR, score the annotations in DIR against the gold instead (no analysis runs)."""
    from quizgame.content.analysis.nlp import ModelMissing

    try:
        if second_dir is not None:
            from quizgame.content.analysis.agreement import agreement, paired_annotations

            report = agreement(paired_annotations(gold_dirs, second_dir))
            lines = [f"== {second_dir} against the gold of {', '.join(gold_dirs)}", *report.lines()[:-2]]
            lines.append(f"articles: {len(report.per_article)}")
        elif questions:
            from quizgame.content.audit.run import audit_folders

            run = audit_folders(gold_dirs)
            lines = (
                run.questions.lines("Every generated question") + [""] + run.rooms.lines("What a default room picks")
            )
            lines.append(f"sentences keying two items of one room: {run.room_sentence_repeats}")
        else:
            from quizgame.content.analysis.gold_set import score_directories, score_lines

            lines = score_lines(score_directories(gold_dirs, misses=misses))
    except (ContentError, ModelMissing) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo("\n".join(lines))


@click.command("questions")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--show", is_flag=True, help="Print the questions as a student sees them (the default).")
@click.option("--kind", "kinds", multiple=True, help="Only questions of this kind (repeatable).")
@click.option("--why", is_flag=True, help="Then list, per article, each finding a gate dropped and the gate.")
def questions(paths: tuple[str, ...], show: bool, kinds: tuple[str, ...], why: bool) -> None:
    """Generate the questions for article files, or every article in a folder, and print them as a student
    sees them: prompt, the passage shown, the options, then the key and the explanation. Articles of one
    event given together also get their comparison questions. Nothing is written."""
    from quizgame.content.analysis.nlp import ModelMissing
    from quizgame.content.generation import analyse, default_analyzer
    from quizgame.content.show import show as show_lines

    articles, failed = _read_articles(paths)
    try:
        coverage = analyse(articles, default_analyzer) if articles else []
    except ModelMissing as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo("\n".join(show_lines(coverage, kinds, why=why)))
    if failed:
        sys.exit(2)
