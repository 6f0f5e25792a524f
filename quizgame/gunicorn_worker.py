"""gunicorn's gevent worker, taking a class's connections as fast as they arrive.

gunicorn runs its gevent worker's server with `max_accept = 1` whenever there are several
workers: each turn of a worker's event loop accepts one connection, so that one worker does not
take connections another would serve sooner. A turn of the loop lasts as long as the work that is
ready in it (a fan-out of a state to a worker's thousand streams, the replies to a batch of
answers), and each answer is a connection of its own (a browser's fetch), so at 2,000 students
the class's answers waited in the kernel's accept queue, connected and not accepted: at
load 6-8, p50 5.1 s and p95 13.7 s of the 5.3 / 14.2 s a student saw, while the workers took
0.2 / 0.6 s from accepting an answer to closing its connection, and the queue held up to 1,700
(docs/performance.md, "Issue 19, fifth round"). Here a worker takes up to ACCEPT_AT_ONCE per turn:
a busy worker's loop turns less often, so the other still takes its share, and what one turn
takes in goes to the answer desk together (a batch is at most 64 answers, BATCH_SIZE). Below
gevent's own default of 100: every connection taken in makes the turn longer, and a batch's round
trips to the database each wait for a turn. At 16 a turn, on a machine at load 8, the queue came
back (p50 4.4 s), the workers' loops turning a few times a second.
"""

from __future__ import annotations

from typing import Any

from gevent.server import StreamServer
from gunicorn.workers import ggevent

ACCEPT_AT_ONCE = 64


class _Server(StreamServer):  # type: ignore[misc]
    """gevent's server with max_accept held at ACCEPT_AT_ONCE: gunicorn sets it to 1 after
    making the server, and this ignores that."""

    @property  # type: ignore[override]
    def max_accept(self) -> int:
        return ACCEPT_AT_ONCE

    @max_accept.setter
    def max_accept(self, value: Any) -> None:
        pass


class GeventWorker(ggevent.GeventWorker):  # type: ignore[misc]
    """gunicorn's gevent worker (everything else as it is) with the server above."""

    def run(self) -> None:
        # gunicorn's run() makes its servers from this module's name; the worker is a process of
        # its own, so the change reaches nothing else.
        ggevent.StreamServer = _Server
        super().run()
