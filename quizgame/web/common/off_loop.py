"""Slow work that lets go of the interpreter (password hashing: hashlib's scrypt) run off the event
loop under gunicorn's gevent worker.

A gevent worker serves every request and every live stream on one thread: a 0.1-0.5 s hash run
there stops them all for as long, and a burst of logins queues them one after another. Run on
gevent's pool of real threads instead, the hash leaves the loop free and, as scrypt releases the
GIL, hashes run side by side on the machine's cores. Without gevent (gthread workers, the
development server, the tests) the work runs where it is called.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def off_loop(work: Callable[..., T], *args: object) -> T:
    monkey = sys.modules.get("gevent.monkey")
    if monkey is not None and monkey.is_module_patched("threading"):
        import gevent

        return gevent.get_hub().threadpool.apply(work, args)
    return work(*args)
