"""The one test clock: app.config["QUIZGAME_CLOCK"] (quizgame.web.common.clock) set to a time the test
moves by hand, so timed questions and live games are tested without sleeping."""

from __future__ import annotations

import datetime as dt

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)
