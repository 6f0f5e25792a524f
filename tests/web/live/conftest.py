"""Live-game web tests run on the test clock (tests/clock.py): timing is the server's, so no test
sleeps it out. Streams end after 2 s and poll every 10 ms."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.clock import Clock
from tests.databases import throwaway_database
from tests.gunicorn_server import migrate


@pytest.fixture
def app_config(clock: Clock) -> dict[str, object]:
    return {"QUIZGAME_CLOCK": clock, "LIVE_STREAM_SECONDS": 2, "LIVE_POLL_MS": 10}


@pytest.fixture(scope="session")
def migrated_postgres(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A PostgreSQL database migrated once a session by `quizgame db upgrade` in its own process, as
    deployed (about 6 s); the gunicorn modules each serve a copy of it (tests.databases.copied_database)."""
    with throwaway_database("postgresql", tmp_path_factory.mktemp("migrated-postgres")) as url:
        migrate(url)
        yield url
