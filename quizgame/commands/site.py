"""`quizgame demo` and `quizgame teacher`: running the site, and a teacher who forgot their password."""

from __future__ import annotations

import secrets
import sys

import click
from flask import current_app
from flask.cli import with_appcontext
from flask_migrate import upgrade

from quizgame.content.errors import ContentError, ContentErrors
from quizgame.extensions import db


@click.command("demo")
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
