"""Errors answered in the caller's language: a fetch call (a live answer, a progress poll) gets
JSON it can read, a page gets the site's own error page (Werkzeug's plain one has no way on). The
traceback goes to the log either way."""

from __future__ import annotations

from typing import Any

from flask import Flask, jsonify, render_template
from werkzeug.exceptions import InternalServerError, NotFound

from quizgame.extensions import db
from quizgame.web.common.limits import wants_json


def _server_error(error: InternalServerError) -> Any:
    if wants_json():
        response = jsonify(error="server_error", message="Something went wrong on the server. Please try again.")
        response.status_code = 500
        return response
    # The failed request's transaction may be broken; the page must not need the database.
    db.session.rollback()
    return render_template("errors/500.html"), 500


def _not_found(error: NotFound) -> Any:
    """In the site's layout, with the ways on a student or a teacher needs."""
    return render_template("errors/404.html"), 404


def init_app(app: Flask) -> None:
    app.register_error_handler(InternalServerError, _server_error)
    app.register_error_handler(NotFound, _not_found)
