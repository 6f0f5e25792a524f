"""How many live event streams one player, and one client address, may hold open in a worker.

An open stream holds one of the worker's connections for about two minutes (a greenlet under the
gevent worker; a thread under gthread, where one joined player opening 170 streams used to take
every thread and the join page and /healthz then timed out). The connections are the worker's
own, so the counts are too: in memory, per process, with no database round trip on a path every
student's device takes.

A stream over the cap is still a valid event stream: it tells the browser to come back later
(`retry:`) and ends at once, holding nothing. EventSource then reconnects by itself, so a
student whose extra tab was turned away is served as soon as another of their streams ends.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Iterator

DEFAULT_CAPS = {
    # Two tabs and a reconnect overlapping the old stream's end.
    "LIVE_STREAMS_PER_PLAYER": 3,
    # A school behind one address: a few classes at once.
    "LIVE_STREAMS_PER_ADDRESS": 200,
}
COME_BACK_MS = 15_000

_lock = threading.Lock()
_open: Counter[str] = Counter()


def capped(stream: Iterable[str], holders: dict[str, int]) -> Iterator[str]:
    """`stream`, counted against each holder key's cap (key -> cap) while it is open; or, when any
    holder is at its cap, one `retry:` line and the end."""
    with _lock:
        admitted = all(_open[key] < cap for key, cap in holders.items())
        if admitted:
            _open.update(holders.keys())
    if not admitted:
        yield f"retry: {COME_BACK_MS}\n\n"
        return
    try:
        yield from stream
    finally:
        with _lock:
            _open.subtract(holders.keys())
            for key in holders:
                if _open[key] <= 0:
                    del _open[key]


def open_streams(key: str) -> int:
    with _lock:
        return _open[key]
