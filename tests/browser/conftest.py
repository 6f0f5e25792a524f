"""Fixtures for the real-browser tests: a served app on a file database, and Chromium."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask_migrate import upgrade

from quizgame import create_app
from quizgame.extensions import db
from tests.chromium import launched

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def database_file(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'browser.sqlite'}"
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "browser-test-secret"})
    with app.app_context():
        upgrade(directory=app.extensions["migrate"].directory)
        db.engine.dispose()
    return url


@pytest.fixture
def server(database_file: str) -> Iterator[str]:
    """The app served by a child process of this test, stopped by it afterwards."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.browser.serve", database_file],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


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
