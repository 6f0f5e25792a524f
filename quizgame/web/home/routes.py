"""The landing page: where teachers sign in and students find the join form."""

from flask import Blueprint, render_template


def index() -> str:
    return render_template("home.html")


def help_page() -> str:
    """A short guide for teachers: how a class joins, the two paces, and what the report's figures mean."""
    return render_template("help.html")


def healthz() -> tuple[str, int]:
    return "ok", 200


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.home)."""
    bp.add_url_rule("/", view_func=index, methods=["GET"])
    bp.add_url_rule("/help", view_func=help_page, methods=["GET"])
    bp.add_url_rule("/healthz", view_func=healthz, methods=["GET"])
