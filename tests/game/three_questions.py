"""Three demo questions of different kinds, the fixed instant a game starts at, and time after it."""

from __future__ import annotations

import datetime as dt

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
ATTRIBUTION = "q-5b275c75c1"  # answer index 4 of 5
WHO_SAID = "q-a14703068b"
LOADED_WORD = "q-b882700ba6"  # tap-the-word: answers 9, 13 and 14


def later(seconds: float) -> dt.datetime:
    return NOW + dt.timedelta(seconds=seconds)
