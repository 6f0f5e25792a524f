"""`quizgame content load|export` and `quizgame generate`: the shared articles and questions kept as files."""

from __future__ import annotations

import os
import sys

import click
from flask import current_app
from flask.cli import with_appcontext

from quizgame.content.errors import ContentError, ContentErrors
from quizgame.extensions import db


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


@click.command("generate")
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
