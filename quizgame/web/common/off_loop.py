"""Slow work run off the event loop under gunicorn's gevent worker: password hashing (hashlib's
scrypt, which lets go of the interpreter) and an article's analysis and question generation
(spaCy and our rules, seconds of CPU).

A gevent worker serves every request and every live stream on one thread: a 0.1-0.5 s hash or a
two-second analysis run there stops them all for as long, and a burst of logins queues them one
after another. Run on real threads instead, the work leaves the loop free: hashes on gevent's pool,
side by side on the machine's cores as scrypt releases the GIL; analyses on one thread of their
own, one at a time (`one_at_a_time`: spaCy's pipeline is not shared between threads), while the
loop still gets the interpreter every switch interval (5 ms) to serve the streams. Without gevent
(gthread workers, the development server, the tests) the work runs where it is called.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_pools: dict[str, Any] = {}


def _patched() -> bool:
    monkey = sys.modules.get("gevent.monkey")
    return monkey is not None and monkey.is_module_patched("threading")


def off_loop(work: Callable[..., T], *args: object) -> T:
    if _patched():
        import gevent

        return gevent.get_hub().threadpool.apply(work, args)
    return work(*args)


def one_at_a_time(work: Callable[..., T], *args: object) -> T:
    """Run `work` on this process's one thread for heavy work, after any that came first."""
    if _patched():
        from gevent.threadpool import ThreadPool

        pool = _pools.get("heavy")
        if pool is None:
            pool = _pools["heavy"] = ThreadPool(1)
        return pool.apply(work, args)  # type: ignore[no-any-return]
    return work(*args)
