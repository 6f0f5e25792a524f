"""Live-game web tests run on a clock the test moves: timing is the server's, so no test sleeps it out."""

from __future__ import annotations

import pytest

from tests.web.live.helpers import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app_config(clock: Clock) -> dict[str, object]:
    return {"QUIZGAME_CLOCK": clock, "LIVE_STREAM_SECONDS": 2, "LIVE_POLL_MS": 10}
