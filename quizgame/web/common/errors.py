"""Errors answered in the caller's language: a fetch call (a live answer, a progress poll) gets
JSON it can read, a page gets the site's own error page, in its layout with a way on (Werkzeug's
plain one has none). Flask writes a server error's traceback to the log (quizgame.web.common.request_log),
under the request id the 500 page shows, so a teacher's report of it can be found."""

from __future__ import annotations

from typing import Any

from flask import Flask, jsonify, make_response, render_template
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.exceptions import Forbidden, HTTPException, InternalServerError, MethodNotAllowed, NotFound

from quizgame.extensions import db
from quizgame.web.common.limits import wants_json
from quizgame.web.common.request_log import request_id

# status -> (the JSON error's name, what a fetch call's page may show)
MESSAGES = {
    403: ("forbidden", "This is not yours to see or change."),
    404: ("not_found", "There is nothing at this address."),
    405: ("method_not_allowed", "This address does not take that kind of request."),
    409: ("conflict", "The room changed at the same moment. Nothing was saved; please try again."),
    500: ("server_error", "Something went wrong on the server. Please try again."),
}


def _json(status: int) -> Any:
    name, message = MESSAGES[status]
    response = jsonify(error=name, message=message, request_id=request_id())
    response.status_code = status
    return response


def _client_error(error: HTTPException) -> Any:
    """403, 404 and 405, in the site's layout with the menu of whoever is asking."""
    status = error.code or 404
    response = _json(status) if wants_json() else (render_template(f"errors/{status}.html"), status)
    if isinstance(error, MethodNotAllowed):
        # The Allow header says which methods the address takes; a page of our own must keep it.
        response = _with_headers(response, error.get_headers())
    return response


def _with_headers(response: Any, headers: list[tuple[str, str]]) -> Any:
    made = make_response(response)
    for name, value in headers:
        if name.lower() != "content-type":
            made.headers[name] = value
    return made


def _server_error(error: InternalServerError) -> Any:
    # The failed request's transaction may be broken; the page must not need the database.
    db.session.rollback()
    if wants_json():
        return _json(500)
    return render_template("errors/500.html", request_id=request_id()), 500


def _room_changed(error: StaleDataError) -> Any:
    """A room write that lost its compare-and-set on every retry (quizgame.game.live.guard): something else
    kept changing the room. Nothing of this request was written; the person can simply try again."""
    db.session.rollback()
    if wants_json():
        return _json(409)
    return render_template("errors/409.html"), 409


def init_app(app: Flask) -> None:
    app.register_error_handler(InternalServerError, _server_error)
    app.register_error_handler(StaleDataError, _room_changed)
    for error in (Forbidden, NotFound, MethodNotAllowed):
        app.register_error_handler(error, _client_error)
