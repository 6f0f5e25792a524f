"""Fixed-window rate limits counted in the database, so they hold across workers and machines.

Each limited key has one row. A hit is one atomic upsert (INSERT ... ON CONFLICT DO UPDATE ...
RETURNING, SQLite >= 3.35 and PostgreSQL). `hit` runs it in a short transaction of its own, so the
count survives the request's rollback and no request holds the counter's lock for longer than one
statement: right for keys many requests share (a school's address). `hit_within` runs it on the
request's own connection, saving a transaction: right for a key only one player's requests use.
Inside a request's transaction the count belongs with the request's writes; on an autocommit
connection (a self-paced or a live answer) it stands at once, before anything is written; a live
answer on PostgreSQL counts it in its seat's statement (hit_cte).
"""

from __future__ import annotations

import functools
import hashlib
import math
import random
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, case, delete, update
from sqlalchemy.engine import Connection, Engine

from quizgame.game.dialect_insert import insert_for
from quizgame.models import RateLimitCounter

_counters = RateLimitCounter.__table__
_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}
_LIMIT_TEXT = re.compile(r"^\s*(\d+)\s*(?:/|per)\s*(\d+)?\s*(second|minute|hour|day)s?\s*$", re.IGNORECASE)
# Expired rows are swept now and then rather than on every hit, which would make each hit a scan.
PURGE_CHANCE = 0.01


@dataclass(frozen=True)
class Limit:
    """At most `hits` in each window of `seconds`."""

    hits: int
    seconds: int

    def __post_init__(self) -> None:
        if self.hits < 1 or self.seconds < 1:
            raise ValueError("a limit needs at least one hit per at least one second")


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    hits: int  # hits counted in the current window, this one included
    retry_after: int  # seconds until the window resets


def parse_limit(text: str) -> Limit:
    """'10 per minute', '5/10 minutes', '100 per hour' -> Limit."""
    match = _LIMIT_TEXT.match(text)
    if match is None:
        raise ValueError(f"not a rate limit: {text!r} (write it like '10 per minute' or '5 per 10 minutes')")
    hits, multiple, unit = match.groups()
    return Limit(int(hits), int(multiple or 1) * _UNITS[unit.lower()])


def counter_key(scope: str, identity: str) -> str:
    """The row key for `identity` (a client address, an e-mail, a player id) under `scope`."""
    digest = hashlib.sha256(f"{scope}\0{identity}".encode()).hexdigest()[:40]
    return f"{scope[:38]}:{digest}"


def _window(limit: Limit, now: float) -> tuple[int, int]:
    start = int(now // limit.seconds) * limit.seconds
    return start, start + limit.seconds


def _verdict(limit: Limit, hits: int, window_end: int, now: float) -> Verdict:
    return Verdict(allowed=hits <= limit.hits, hits=hits, retry_after=max(1, math.ceil(window_end - now)))


@functools.cache
def _counting(dialect_name: str) -> Any:
    """The upsert that counts a hit, built once per database kind (building it costs more than running it)."""
    insert = insert_for(dialect_name, _counters).values(
        key=bindparam("key"), window_start=bindparam("window_start"), expires_at=bindparam("expires_at"), hits=1
    )
    same_window = _counters.c.window_start == insert.excluded.window_start
    return insert.on_conflict_do_update(
        index_elements=[_counters.c.key],
        # Every right-hand side reads the row as it was before this update, on both databases.
        set_={
            "hits": case((same_window, _counters.c.hits + 1), else_=1),
            "window_start": insert.excluded.window_start,
            "expires_at": insert.excluded.expires_at,
        },
    ).returning(_counters.c.hits)


def hit(
    engine: Engine,
    key: str,
    limit: Limit,
    now: float | None = None,
    chance: Callable[[], float] = random.random,
) -> Verdict:
    """Count one hit for `key`, committed at once, and say whether it is within `limit`."""
    with engine.begin() as connection:
        return hit_within(connection, key, limit, now, chance)


def hit_within(
    connection: Connection,
    key: str,
    limit: Limit,
    now: float | None = None,
    chance: Callable[[], float] = random.random,
) -> Verdict:
    """Count one hit for `key` on the caller's connection: in its open transaction, it is stored
    with that transaction's other writes or not at all; on an autocommit connection, at once."""
    now = time.time() if now is None else now
    hits = connection.execute(_counting(connection.dialect.name), hit_parameters(key, limit, now)).scalar_one()
    return counted(connection, limit, hits, now, chance)


def hit_parameters(key: str, limit: Limit, now: float) -> dict[str, Any]:
    """The parameters of the counting upsert (hit_cte) for one hit of `key` at `now`."""
    start, end = _window(limit, now)
    return {"key": key, "window_start": start, "expires_at": end}


def hit_many(connection: Connection, keys: list[str], limit: Limit, now: float) -> dict[str, int]:
    """Count one hit per item of `keys` (a key may come more than once) in one statement: each
    key's count in its window after them all."""
    start, end = _window(limit, now)
    rows = [{"key": key, "hits": n, "window_start": start, "expires_at": end} for key, n in Counter(keys).items()]
    return {key: hits for key, hits in connection.execute(_counting_many(connection.dialect.name), rows)}


@functools.cache
def _counting_many(dialect_name: str) -> Any:
    """The counting upsert for several hits of a key at once (executemany, one row per key)."""
    insert = insert_for(dialect_name, _counters).values(
        key=bindparam("key"),
        window_start=bindparam("window_start"),
        expires_at=bindparam("expires_at"),
        hits=bindparam("hits"),
    )
    same_window = _counters.c.window_start == insert.excluded.window_start
    return insert.on_conflict_do_update(
        index_elements=[_counters.c.key],
        set_={
            "hits": case((same_window, _counters.c.hits + insert.excluded.hits), else_=insert.excluded.hits),
            "window_start": insert.excluded.window_start,
            "expires_at": insert.excluded.expires_at,
        },
    ).returning(_counters.c.key, _counters.c.hits)


def counting_statement(dialect_name: str) -> Any:
    """The counting upsert alone (hit_parameters), returning `hits`."""
    return _counting(dialect_name)


def hit_cte(dialect_name: str) -> Any:
    """The counting upsert as a common table expression (its one column: `hits`), for a statement
    that counts a hit while it does something else (PostgreSQL runs an INSERT in a WITH clause
    once, whether or not the statement reads it)."""
    return _counting(dialect_name).cte("counted_hit")


def counted(
    connection: Connection, limit: Limit, hits: int, now: float, chance: Callable[[], float] = random.random
) -> Verdict:
    """The verdict on a hit counted `hits` in its window (by hit_within or a statement with
    hit_cte); now and then, at a window's first hit, expired counters are swept."""
    if hits == 1 and chance() < PURGE_CHANCE:
        _sweep(connection, now)
    return _verdict(limit, hits, _window(limit, now)[1], now)


def refund_within(connection: Connection, key: str, limit: Limit, now: float | None = None) -> None:
    """Take back one hit for `key` in the current window (an attempt counted before it ran that
    turned out not to be a failure). A window that has ended since is left alone."""
    now = time.time() if now is None else now
    start, _ = _window(limit, now)
    connection.execute(
        update(_counters)
        .where(_counters.c.key == key, _counters.c.window_start == start, _counters.c.hits > 0)
        .values(hits=_counters.c.hits - 1)
    )


def purge_expired(engine: Engine, now: float | None = None) -> int:
    """Delete counters whose window has ended; returns how many."""
    now = time.time() if now is None else now
    with engine.begin() as connection:
        return _sweep(connection, now)


def _sweep(connection: Connection, now: float) -> int:
    return connection.execute(delete(_counters).where(_counters.c.expires_at <= int(now))).rowcount
