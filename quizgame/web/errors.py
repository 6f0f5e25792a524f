"""Server errors answered in the caller's language: a fetch call (a live answer, a progress poll)
gets JSON it can read, a page gets the usual error page. The traceback goes to the log either way."""

from __future__ import annotations

from typing import Any

from flask import Flask, jsonify
from werkzeug.exceptions import InternalServerError

from quizgame.web.limits import wants_json


def _server_error(error: InternalServerError) -> Any:
    if wants_json():
        response = jsonify(error="server_error", message="Something went wrong on the server. Please try again.")
        response.status_code = 500
        return response
    return error


def init_app(app: Flask) -> None:
    app.register_error_handler(InternalServerError, _server_error)
