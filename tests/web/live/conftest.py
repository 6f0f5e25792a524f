"""Live-game web tests run on the test clock (tests/clock.py): timing is the server's, so no test
sleeps it out. Streams end after 2 s and poll every 10 ms."""

from __future__ import annotations

import pytest

from tests.clock import Clock


@pytest.fixture
def app_config(clock: Clock) -> dict[str, object]:
    return {"QUIZGAME_CLOCK": clock, "LIVE_STREAM_SECONDS": 2, "LIVE_POLL_MS": 10}
