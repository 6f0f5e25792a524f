"""Fixtures for the real-browser tests: a served app on a file database, and Chromium."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask_migrate import upgrade
from werkzeug.serving import WSGIRequestHandler, make_server

from quizgame import create_app
from quizgame.extensions import db
from quizgame.web.live.push import stop_hub
from tests.chromium import launched

SECRET_KEY = "browser-test-secret"


@pytest.fixture(scope="session")
def _migrated_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every migration run once per session into a file that each test copies (about 0.2 s of CPU
    a test saved); the copy is the test's own database, as if it had migrated it itself."""
    path = tmp_path_factory.mktemp("browser-schema") / "migrated.sqlite"
    app = create_app({"DATABASE_URL": f"sqlite:///{path}", "SECRET_KEY": SECRET_KEY})
    with app.app_context():
        upgrade(directory=app.extensions["migrate"].directory)
        db.engine.dispose()
    _dispose_engines(app)
    leftovers = [p.name for p in path.parent.iterdir() if p != path]
    assert not leftovers, f"the migrated file is not whole without {leftovers}"  # a WAL not checkpointed
    return path


@pytest.fixture
def database_file(_migrated_file: Path, tmp_path: Path) -> str:
    path = tmp_path / "browser.sqlite"
    shutil.copyfile(_migrated_file, path)
    return f"sqlite:///{path}"


class _QuietHandler(WSGIRequestHandler):
    def log_request(self, *args: object) -> None:  # no request log in the test output
        pass


@pytest.fixture
def server(database_file: str) -> Iterator[str]:
    """The test's own app on its own database, served by Werkzeug's threaded server from a thread of
    this process on a free port, and stopped after the test. (A child process cost about 1 s of CPU
    a test to import the app; the server is the same.)"""
    app = create_app({"DATABASE_URL": database_file, "SECRET_KEY": SECRET_KEY})
    httpd = make_server("127.0.0.1", 0, app, threaded=True, request_handler=_QuietHandler)
    thread = threading.Thread(target=httpd.serve_forever, name="browser-test-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)
        stop_hub(app)
        _dispose_engines(app)


def _dispose_engines(app: Flask) -> None:
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    for engine in app.extensions.get("quizgame_engines", ()):  # the fast path's, beside db's
        engine.dispose()


@pytest.fixture(scope="module")
def _module_browser():  # type: ignore[no-untyped-def]
    """One Chromium per module (a launch costs about 0.5 s of CPU). Not per session: a Playwright
    left running marks its event loop as running, which stops other modules' asyncio and Playwright."""
    with launched() as chromium:
        yield chromium


@pytest.fixture
def browser(_module_browser):  # type: ignore[no-untyped-def]
    """The module's Chromium; every context a test opens is closed after it, so the next test
    starts with no cookies, cache or open pages, as with a browser of its own."""
    yield _module_browser
    for context in list(_module_browser.contexts):
        context.close()
