"""Fixed-window counters in the database: counted atomically, per key, reset by the window."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from quizgame.extensions import db
from quizgame.game.ratelimit import Limit, counter_key, hit, parse_limit, purge_expired
from quizgame.models import RateLimitCounter

NOW = 1_700_000_000.0  # the start of a 60-second window: 1_700_000_000 is divisible by 20, not 60
WINDOW_START = (int(NOW) // 60) * 60


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("10 per minute", Limit(10, 60)),
        ("5/10 minutes", Limit(5, 600)),
        ("100 per hour", Limit(100, 3600)),
        ("3 per 2 seconds", Limit(3, 2)),
        ("1 PER DAY", Limit(1, 86400)),
    ],
)
def test_limits_are_written_in_words(text, limit):
    assert parse_limit(text) == limit


@pytest.mark.parametrize("text", ["", "ten per minute", "10 per fortnight", "0 per minute", "10"])
def test_a_limit_that_cannot_be_read_is_an_error_that_quotes_it(text):
    with pytest.raises(ValueError):
        parse_limit(text)


def test_keys_hide_the_identity_and_separate_scopes():
    key = counter_key("login", "203.0.113.7")
    assert "203.0.113.7" not in key
    assert key.startswith("login:")
    assert key != counter_key("join", "203.0.113.7")
    assert len(counter_key("x" * 200, "y" * 1000)) <= 80


def test_hits_within_the_limit_are_allowed_and_the_next_is_refused(app_ctx):
    limit = Limit(3, 60)
    verdicts = [hit(db.engine, "k", limit, now=NOW) for _ in range(4)]
    assert [v.allowed for v in verdicts] == [True, True, True, False]
    assert [v.hits for v in verdicts] == [1, 2, 3, 4]
    assert verdicts[-1].retry_after == WINDOW_START + 60 - int(NOW)


def test_a_new_window_starts_counting_again(app_ctx):
    limit = Limit(1, 60)
    assert hit(db.engine, "k", limit, now=NOW).allowed
    assert not hit(db.engine, "k", limit, now=NOW + 1).allowed
    assert hit(db.engine, "k", limit, now=WINDOW_START + 60).hits == 1


def test_keys_are_counted_separately(app_ctx):
    limit = Limit(1, 60)
    assert hit(db.engine, "a", limit, now=NOW).allowed
    assert hit(db.engine, "b", limit, now=NOW).allowed
    assert db.session.scalar(select(func.count()).select_from(RateLimitCounter)) == 2


def test_expired_counters_are_purged(app_ctx):
    never = lambda: 1.0  # noqa: E731  (no chance sweep: this test is about the explicit one)
    hit(db.engine, "old", Limit(5, 60), now=NOW - 120, chance=never)
    hit(db.engine, "new", Limit(5, 60), now=NOW, chance=never)
    assert purge_expired(db.engine, now=NOW) == 1
    assert db.session.scalars(select(RateLimitCounter.key)).all() == ["new"]


def test_a_new_window_sometimes_sweeps_expired_counters(app_ctx):
    hit(db.engine, "old", Limit(5, 60), now=NOW - 120, chance=lambda: 1.0)
    hit(db.engine, "new", Limit(5, 60), now=NOW, chance=lambda: 0.0)
    assert db.session.scalars(select(RateLimitCounter.key)).all() == ["new"]


def test_concurrent_hits_are_all_counted(app_ctx):
    """The upsert is atomic: hits from parallel connections (like several workers) never get lost."""
    limit = Limit(1000, 3600)
    engine = db.engine
    errors: list[BaseException] = []

    def hammer() -> None:
        try:
            for _ in range(10):
                hit(engine, "shared", limit, now=NOW)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=hammer) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert hit(db.engine, "shared", limit, now=NOW).hits == 81
