"""The database engines: how every connection is set up, and the autocommit engines the fast path
runs on beside Flask-SQLAlchemy's.

The live streams' polls and the self-paced pages write and read with single statements. On the
app's engine each such connection would be switched to autocommit at checkout and back at return
(on SQLite two more statements each way); an engine made in autocommit serves them as they are.
Each is made once per app and listed in its extensions["quizgame_engines"], so that whoever
disposes the app's engines (the tests) disposes these too.
"""

from __future__ import annotations

import threading
from collections.abc import MutableMapping
from typing import Any, Protocol

from sqlalchemy import Engine, create_engine, event

_lock = threading.Lock()


class App(Protocol):
    """What the engines need of the Flask app: its config and its extensions."""

    config: MutableMapping[str, Any]
    extensions: dict[str, Any]


def tune(engine: Engine) -> None:
    """Set up every new connection of this engine for the database it opens."""
    event.listen(engine, "connect", _tune_sqlite)
    event.listen(engine, "connect", _postgres_in_utc)


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets readers and one writer work at once; the busy timeout makes writers queue, not fail."""
    if not type(dbapi_connection).__module__.startswith("sqlite3"):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _postgres_in_utc(dbapi_connection: Any, _record: Any) -> None:
    """Sessions in UTC: psycopg then hands back datetimes in datetime.timezone.utc, which
    UTCDateTime passes through as they are instead of converting a million of them in an export."""
    if not type(dbapi_connection).__module__.startswith("psycopg"):
        return
    dbapi_connection.execute("SET TIME ZONE 'UTC'")
    dbapi_connection.commit()


def _autocommit_engine(app: App, main: Engine, name: str, pool_size: int) -> Engine:
    """The app's engine called `name`: same database as `main`, autocommit, no ping on checkout (a
    dead connection fails one request; the pool then starts afresh), a pool of its own that never
    overflows. Its connections count against the database's limit beside the app engine's:
    README, "Running in production"."""
    with _lock:
        engine = app.extensions.get(name)
        if engine is None:
            options = {**app.config["SQLALCHEMY_ENGINE_OPTIONS"], "pool_size": pool_size, "max_overflow": 0}
            options.update(pool_pre_ping=False, isolation_level="AUTOCOMMIT")
            engine = create_engine(main.url, **options)
            tune(engine)
            app.extensions[name] = engine
            app.extensions.setdefault("quizgame_engines", []).append(engine)
        return engine


def seat_engine(app: App, main: Engine) -> Engine:
    """The self-paced pages' engine: a page holds its connection for milliseconds, so a few
    (DB_SEAT_POOL_SIZE) serve a worker's threads."""
    return _autocommit_engine(app, main, "seat_engine", app.config["DB_SEAT_POOL_SIZE"])


def poll_engine(app: App, main: Engine) -> Engine:
    """The live streams' engine: a poll is one round trip, where the app's engine would add a BEGIN
    and a ROLLBACK. A dead connection fails one poll; the stream ends, the browser reconnects."""
    return _autocommit_engine(app, main, "live_poll_engine", app.config["DB_POLL_POOL_SIZE"])
