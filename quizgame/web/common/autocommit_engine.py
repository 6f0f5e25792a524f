"""Engines beside Flask-SQLAlchemy's, for the paths where every statement stands on its own.

The live streams' polls and the self-paced pages write and read with single statements. On the
app's engine each such connection would be switched to autocommit at checkout and back at return
(on SQLite two more statements each way); an engine made in autocommit serves them as they are.
Each engine is made once per app and listed in app.extensions["quizgame_engines"], so that whoever
disposes the app's engines (the tests) disposes these too.
"""

from __future__ import annotations

import threading
from typing import Any

from flask import Flask
from sqlalchemy import Engine, create_engine

from quizgame.extensions import db

_lock = threading.Lock()


def autocommit_engine(app: Flask, name: str, **pool: Any) -> Engine:
    """The app's engine called `name`: same database as db.engine, autocommit, no ping on checkout
    (a dead connection fails one request; the pool then starts afresh), with these pool options
    (defaults: the app's own). Its connections count against the database's limit beside the app
    engine's: README, "Running in production"."""
    with _lock:
        engine = app.extensions.get(name)
        if engine is None:
            options = {**app.config["SQLALCHEMY_ENGINE_OPTIONS"], **pool}
            options.update(pool_pre_ping=False, isolation_level="AUTOCOMMIT")
            with app.app_context():
                engine = create_engine(db.engine.url, **options)
            app.extensions[name] = engine
            app.extensions.setdefault("quizgame_engines", []).append(engine)
        return engine
