"""A request whose database connection turns out dead before any statement ran is run once more.

When PostgreSQL drops its connections (a restart, a failover, an administrator ending sessions),
each pooled connection fails on its next use. SQLAlchemy then empties the pool, but the requests
that had already taken a dead connection failed with a 500 (9 of 30 live answers in the outside
test). Run again, such a request finds a fresh connection and cannot store anything twice: it had
run no statement before the failed one, and the failed one stored nothing, being either a read or
inside a transaction that was never committed. A request that had run a statement is not retried:
part of its work may stand.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, current_app, g, has_request_context
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, ExceptionContext
from sqlalchemy.exc import DBAPIError

from quizgame.extensions import db

log = logging.getLogger(__name__)


def _count_statement(*_args: Any) -> None:
    if has_request_context():
        g._db_statements = g.get("_db_statements", 0) + 1


def _note_disconnect(context: ExceptionContext) -> None:
    if not (context.is_disconnect and has_request_context()) or g.get("_db_statements", 0):
        return
    read = (context.statement or "").lstrip().upper().startswith("SELECT")
    # On an autocommit engine a write commits as it runs, so a write that failed may still have
    # been stored if the connection died after it; on the app's engine nothing stands before COMMIT.
    in_transaction = context.engine not in current_app.extensions.get("quizgame_engines", [])
    g._db_retry_safe = read or in_transaction


def _drop_request_connections() -> None:
    """Close the connections views keep for the request on g (the seat path's, quizgame/web/play.py):
    the retry must take a fresh one from the pool, not the dead one again."""
    for name, value in list(vars(g).items()):
        if isinstance(value, Connection):
            g.pop(name)
            value.close()


def init_app(app: Flask) -> None:
    if not event.contains(Engine, "after_cursor_execute", _count_statement):
        event.listen(Engine, "after_cursor_execute", _count_statement)
        event.listen(Engine, "handle_error", _note_disconnect)
    dispatch = app.full_dispatch_request

    def dispatch_once_more_after_a_dead_connection() -> Any:
        try:
            return dispatch()
        except DBAPIError:
            if not g.pop("_db_retry_safe", False) or g.get("_db_retried"):
                raise
            g._db_retried = True
            log.warning("the database connection was dead before the request's first statement; running it again")
            db.session.rollback()
            _drop_request_connections()
            return dispatch()

    app.full_dispatch_request = dispatch_once_more_after_a_dead_connection  # type: ignore[method-assign]
