"""The time as the app sees it. Tests set app.config["QUIZGAME_CLOCK"] to a callable they control."""

from __future__ import annotations

import datetime as dt

from flask import current_app

from quizgame.models import utcnow


def now() -> dt.datetime:
    clock = current_app.config.get("QUIZGAME_CLOCK") or utcnow
    return clock()
