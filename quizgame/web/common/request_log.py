"""The app's log: one format, and every line written during a request names that request and who
made it, so that a teacher's "it failed at 10:32" can be found and followed.

Each request gets an id (the X-Request-ID a proxy sent, when it looks like one, or a new one), sent
back in the X-Request-ID response header and shown on the error pages. Lines carry the teacher's
account id or the player's id, never a name, nickname or e-mail: the log is read by whoever runs the
server, who has no need of the students' names.
"""

from __future__ import annotations

import logging
import re
import secrets
import sys

from flask import Flask, Response, g, has_request_context, request, session

LOGGER = "quizgame"  # the package's logger: app.logger and every quizgame.* module's
FORMAT = "%(asctime)s %(levelname)s [%(request_id)s %(actor)s] %(name)s: %(message)s"
HEADER = "X-Request-ID"
# What a proxy's id may look like (nginx's $request_id is 32 hex digits); anything else is replaced,
# so a client cannot write what it likes into the log.
_INCOMING = re.compile(r"[A-Za-z0-9._-]{8,64}")


def request_id() -> str | None:
    return g.get("request_id") if has_request_context() else None


def note_player(player_id: int) -> None:
    """Name the player this request acts for in its log lines (the views that find the seat call it)."""
    g.log_player_id = player_id


def _actor() -> str:
    """teacher:<id> from the login session (no database read: logging must work when it is down),
    else player:<id> once a view has found the player, else '-'."""
    user_id = str(session.get("_user_id") or "")
    teacher_id = user_id.partition(":")[0]
    if teacher_id.isdigit():
        return f"teacher:{teacher_id}"
    player_id = g.get("log_player_id")
    return f"player:{player_id}" if player_id is not None else "-"


class RequestContext(logging.Filter):
    """Adds request_id and actor to every record ('-' outside a request: the CLI, a stream's poll)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if has_request_context():
            record.request_id = g.get("request_id") or "-"
            record.actor = _actor()
        else:
            record.request_id = record.actor = "-"
        return True


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever sys.stderr is when the line is written (gunicorn and pytest replace it)."""

    @property  # type: ignore[override]
    def stream(self):  # type: ignore[no-untyped-def]
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:  # type: ignore[no-untyped-def]
        pass


# One handler for the process: create_app runs once per test, and a handler per run would repeat lines.
_handler = _StderrHandler()
_handler.setFormatter(logging.Formatter(FORMAT))
_handler.addFilter(RequestContext())


def new_request_id(incoming: str | None) -> str:
    """The proxy's id if it looks like one, else a new one."""
    return incoming if incoming and _INCOMING.fullmatch(incoming) else secrets.token_hex(8)


def _start() -> None:
    g.request_id = new_request_id(request.headers.get(HEADER))


def _finish(response: Response) -> Response:
    if "request_id" in g:
        response.headers[HEADER] = g.request_id
    return response


def init_app(app: Flask) -> None:
    from flask.logging import default_handler

    logger = logging.getLogger(LOGGER)
    logger.removeHandler(default_handler)  # Flask's, without the request's id
    if _handler not in logger.handlers:
        logger.addHandler(_handler)
    logger.setLevel(app.config["LOG_LEVEL"])
    app.before_request(_start)
    app.after_request(_finish)
