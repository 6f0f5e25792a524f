"""The `quizgame` command: Flask's CLI group plus demo and content commands."""

from __future__ import annotations

import os
import secrets
import sys
from typing import TYPE_CHECKING

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext
from flask_migrate import upgrade

from quizgame.content.errors import ContentError, ContentErrors
from quizgame.extensions import db

if TYPE_CHECKING:
    from quizgame.content.articles import ArticleFile


def _create_app():  # type: ignore[no-untyped-def]
    from quizgame import create_app

    return create_app()


@click.group(cls=FlaskGroup, create_app=_create_app, add_version_option=False)
def main() -> None:
    """quizgame: media literacy from real news."""


@click.group("content")
def content_group() -> None:
    """Articles and questions kept as files under content/."""


@content_group.command("load")
@click.option(
    "--dir", "content_dir", type=click.Path(file_okay=False), help="Defaults to QUIZGAME_CONTENT_DIR or ./content"
)
@with_appcontext
def content_load(content_dir: str | None) -> None:
    """Upsert articles and questions by slug and id, in one transaction."""
    from quizgame.content.store import load_content

    try:
        report = load_content(db.session, content_dir or current_app.config["CONTENT_DIR"])
    except (ContentError, ContentErrors) as exc:
        click.echo(f"error: {exc}", err=True)
        click.echo("Nothing was loaded; the database is unchanged.", err=True)
        sys.exit(2)
    click.echo(str(report))


@content_group.command("export")
@click.option("--format", "format_name", required=True, type=click.Choice(["kahoot", "gift", "aiken", "qti"]))
@click.option(
    "--article", "slugs", multiple=True, help="An article's slug; repeat for several. Default: every shared article."
)
@click.argument("out_dir", type=click.Path(file_okay=False))
@with_appcontext
def content_export(format_name: str, slugs: tuple[str, ...], out_dir: str) -> None:
    """Write the approved questions of the articles in another tool's format, with a report of what
    the format could not hold (also written beside the file)."""
    from pathlib import Path

    from sqlalchemy import select

    from quizgame.content.portable import FORMATS, approved_questions, export_questions
    from quizgame.models import Article

    query = select(Article).order_by(Article.slug)
    query = query.where(Article.slug.in_(slugs)) if slugs else query.where(Article.owner_id.is_(None))
    articles = list(db.session.scalars(query))
    unknown = sorted(set(slugs) - {a.slug for a in articles})
    if unknown:
        click.echo(f"error: no article with the slug {', '.join(unknown)}", err=True)
        sys.exit(2)
    data, notes = export_questions(format_name, approved_questions(articles))
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"quizgame-questions{FORMATS[format_name].extension}"
    target.write_bytes(data)
    report = "\n".join(notes.lines()) + "\n"
    (folder / f"{target.name}.report.txt").write_text(report, encoding="utf-8")
    click.echo(f"Wrote {target}")
    click.echo(report, nl=False)


@main.command("generate")
@click.argument("articles", nargs=-1)
@click.option(
    "--dir",
    "content_dir",
    type=click.Path(file_okay=False),
    help="Defaults to QUIZGAME_CONTENT_DIR or the checkout's content/",
)
def generate(articles: tuple[str, ...], content_dir: str | None) -> None:
    """Write question candidates for ARTICLES (slugs or .md paths; default: all) into content/questions/,
    keeping every question a reviewer approved, rejected or annotated. Needs no database."""
    from quizgame.config import DEFAULT_CONTENT_DIR
    from quizgame.content.generation import regenerate

    content_dir = content_dir or os.environ.get("QUIZGAME_CONTENT_DIR", str(DEFAULT_CONTENT_DIR))

    with click.progressbar(length=0, label="Analysing articles", file=sys.stderr) as bar:

        def start(total: int) -> None:
            bar.length = total

        try:
            report = regenerate(content_dir, articles, on_progress=bar.update, on_start=start)
        except (ContentError, ContentErrors) as exc:
            click.echo(f"error: {exc}", err=True)
            click.echo("Nothing was written.", err=True)
            sys.exit(2)
    click.echo(str(report))


@main.command("demo")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; 0.0.0.0 serves the whole network (as --lan does).",
)
@click.option("--lan", is_flag=True, help="Serve on the school network, so students join from their phones.")
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="Set everything up and print the URLs, but start no server.")
@with_appcontext
def demo(host: str, lan: bool, port: int, no_serve: bool) -> None:
    """Create or upgrade the database, load the content, make a demo teacher and room, and serve."""
    from quizgame.content.store import load_content
    from quizgame.demo import ensure_demo
    from quizgame.lan import ALL_INTERFACES, public_host

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    upgrade(directory=app.extensions["migrate"].directory)
    try:
        click.echo(str(load_content(db.session, app.config["CONTENT_DIR"])))
    except (ContentError, ContentErrors) as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    setup = ensure_demo(db.session, secrets.token_urlsafe(9), app.config["PASSWORD_HASH_METHOD"])
    if lan:
        host = "0.0.0.0"
    shown = public_host(host)
    base = f"http://{shown}:{port}"
    if host in ALL_INTERFACES:
        # Join links and QR codes carry this address, whatever host the teacher's browser uses.
        app.config["PUBLIC_URL"] = base
    click.echo("")
    click.echo(f"Teacher login:  {base}/teacher/login")
    click.echo(f"  e-mail:       {setup.email}")
    if setup.password:
        click.echo(f"  password:     {setup.password}")
    else:
        click.echo("  password:     unchanged since the first run (quizgame teacher reset-password to set a new one)")
    click.echo(f"Demo room code: {setup.room_code}")
    click.echo(f"Join URL:       {base}/join?code={setup.room_code}")
    if host in ALL_INTERFACES and shown == "127.0.0.1":
        click.echo("warning: no network address found; phones cannot reach this machine.", err=True)
    elif host in ALL_INTERFACES:
        click.echo("Students on the same network (Wi-Fi) open the join URL or scan the QR code on the room page.")
    click.echo("", nl=True)
    sys.stdout.flush()
    if no_serve:
        return
    from werkzeug.serving import run_simple

    run_simple(host, port, app, threaded=True, use_reloader=False)


@click.group("teacher")
def teacher_group() -> None:
    """Teacher accounts."""


@teacher_group.command("reset-password")
@click.argument("email")
@click.option(
    "--password", help="The new password (at least 10 characters); by default a random one is made and printed."
)
@with_appcontext
def reset_password(email: str, password: str | None) -> None:
    """Give the teacher with this EMAIL a new password, for one who forgot theirs."""
    from quizgame.accounts import AccountError, set_password

    new = password or secrets.token_urlsafe(9)
    try:
        set_password(db.session, email, new, current_app.config["PASSWORD_HASH_METHOD"])
    except AccountError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    db.session.commit()
    click.echo(
        f"New password for {email.strip()}: {new}" if password is None else f"Password changed for {email.strip()}."
    )


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
def evaluate(gold_dirs: tuple[str, ...], questions: bool, misses: bool) -> None:
    """Score the analysis against hand-made gold annotations in each GOLD_DIR, in one process: precision,
    recall, F1 per category for each folder, then the gap between the tuned folders and the frozen ones
    (a folder holding a FROZEN file, or whose README.md front matter says `frozen: true`).
    With --questions, generate the questions for the gold articles and check every key against the gold."""
    from quizgame.content.analysis.nlp import ModelMissing

    try:
        if questions:
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
def questions(paths: tuple[str, ...], show: bool, kinds: tuple[str, ...]) -> None:
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
    click.echo("\n".join(show_lines(coverage, kinds)))
    if failed:
        sys.exit(2)


def init_app(app) -> None:  # type: ignore[no-untyped-def]
    app.cli.add_command(content_group)
    app.cli.add_command(teacher_group)
    app.cli.add_command(demo)
    app.cli.add_command(generate)
    app.cli.add_command(analyze)
    app.cli.add_command(evaluate)
    app.cli.add_command(questions)


main.add_command(content_group)
main.add_command(teacher_group)
main.add_command(demo)
main.add_command(generate)
main.add_command(analyze)
main.add_command(evaluate)
main.add_command(questions)


if __name__ == "__main__":  # `python -m quizgame.cli ...` in a worktree runs that tree's code
    main()
