"""The landing page: where teachers sign in and students find the join form."""

from flask import render_template

from quizgame.web.home import bp


@bp.get("/")
def index() -> str:
    return render_template("home.html")


@bp.get("/help")
def help_page() -> str:
    """A short guide for teachers: how a class joins, the two paces, and what the report's figures mean."""
    return render_template("help.html")


@bp.get("/healthz")
def healthz() -> tuple[str, int]:
    return "ok", 200
