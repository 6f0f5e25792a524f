"""Fixtures in the flaskr style: `app`, `client`, `runner`, run once per database backend.

Every test that uses `app` runs on SQLite and on PostgreSQL. The schema is migrated once per
backend and emptied after each test, so tests are isolated and fast.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy import text

from quizgame import create_app
from quizgame.extensions import db
from quizgame.web.live.push import stop_hub
from tests.clock import Clock
from tests.databases import BACKENDS, throwaway_database
from tests.factories import TEST_HASH_METHOD
from tests.routing_cache import shared_url_builders

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"


@pytest.fixture(autouse=True)
def _push_request_context() -> None:
    """Replaces pytest-flask's fixture of the same name, which keeps one request context open
    for the whole test: that leaks `g` and the session between requests and hides missing commits."""


@pytest.fixture(scope="session", autouse=True)
def _shared_url_builders() -> Iterator[None]:
    """Every test makes its own app; its URL builders are compiled once per session (tests/routing_cache.py)."""
    with shared_url_builders():
        yield


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="session")
def database_url(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with throwaway_database(backend, tmp_path_factory.mktemp(backend)) as url:
        app = create_app(_test_config(url))
        with app.app_context():
            upgrade(directory=app.extensions["migrate"].directory)
            db.engine.dispose()
        yield url


def _test_config(url: str, **extra: Any) -> dict[str, Any]:
    return {
        "TESTING": True,
        "SECRET_KEY": "test-secret-key",
        "DATABASE_URL": url,
        "CONTENT_DIR": str(CONTENT_DIR),
        "WTF_CSRF_ENABLED": False,
        # A cheap hash: scrypt costs 0.1-0.5 s a password, and most tests sign a teacher up or in.
        # The tests about hashing itself set "scrypt" back (tests/web/auth/test_auth.py).
        "PASSWORD_HASH_METHOD": TEST_HASH_METHOD,
        **extra,
    }


@pytest.fixture
def app_config() -> dict[str, Any]:
    """Override in a test module to change configuration (CSRF tests turn it back on)."""
    return {}


@pytest.fixture
def clock() -> Clock:
    """The app's clock, at START until the test moves it; the `app` of a test that asks for it runs on it."""
    return Clock()


@pytest.fixture
def app(database_url: str, app_config: dict[str, Any], request: pytest.FixtureRequest) -> Iterator[Flask]:
    if "clock" in request.fixturenames:
        app_config = {"QUIZGAME_CLOCK": request.getfixturevalue("clock"), **app_config}
    app = create_app(_test_config(database_url, **app_config))
    yield app
    stop_hub(app)  # the live streams' listener, with its LISTEN connection
    with app.app_context():
        db.session.remove()
        _empty_all_tables()
        db.engine.dispose()
        for engine in app.extensions.get("quizgame_engines", ()):  # made beside db's, e.g. the live streams'
            engine.dispose()


def _empty_all_tables() -> None:
    """DELETE, children first, then the ids start again at 1. (On PostgreSQL, TRUNCATE took 0.1-0.6 s a
    test against about 2 ms for this: the tables hold a test's few rows.)"""
    tables = [t.name for t in db.metadata.sorted_tables]
    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("; ".join(f"DELETE FROM {name}" for name in reversed(tables))))
            conn.execute(text("SELECT setval(oid, 1, false) FROM pg_class WHERE relkind = 'S'"))
        else:  # SQLite takes one statement at a time; without AUTOINCREMENT its ids restart by themselves
            for name in reversed(tables):
                conn.execute(text(f"DELETE FROM {name}"))


@pytest.fixture
def app_ctx(app: Flask) -> Iterator[Flask]:
    with app.app_context():
        yield app


@pytest.fixture
def runner(app: Flask):  # type: ignore[no-untyped-def]
    return app.test_cli_runner()
