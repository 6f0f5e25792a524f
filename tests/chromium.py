"""The one Chromium every browser test drives through Playwright, and how it is launched.

Debian's headless shell (`apt-get install chromium-headless-shell`, the same Chromium release as the
`chromium` package, built for headless use; Playwright's own default for headless Chromium) takes
about half the CPU of the full browser per page load: 8 s against 17 s for 100 loads in 10 contexts,
measured on this machine. The full browser is the fallback where only it is installed. Missing both:
skipped with the reason outside CI, a failure in CI.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import pytest

CANDIDATES = (Path("/usr/bin/chromium-headless-shell"), Path("/usr/bin/chromium"))
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def executable() -> Path:
    """The headless shell if installed, else the full Chromium; skips or fails the test if neither is."""
    for candidate in CANDIDATES:
        if candidate.exists():
            return candidate
    message = "browser tests need Chromium (apt-get install chromium-headless-shell)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@contextmanager
def launched() -> Iterator[Any]:
    """A Chromium under its own sync Playwright, closed on the way out. Not for a whole session: a
    running sync Playwright marks its event loop as running, which stops other modules' asyncio."""
    path = executable()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(path), args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


@asynccontextmanager
async def launched_async() -> AsyncIterator[Any]:
    """The same Chromium under Playwright's async API, for a test that drives several pages at once
    (run by asyncio.run, not beside a sync Playwright in the same thread)."""
    path = executable()
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(path), args=ARGS)
        try:
            yield browser
        finally:
            await browser.close()
