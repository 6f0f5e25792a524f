"""Heavy work (an article's analysis) run by one_at_a_time leaves a gevent worker's loop serving its
other greenlets (a live stream's next write), in a process patched as gunicorn's gevent worker is.
Without gevent the work runs where it is called."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from quizgame.web.common.off_loop import one_at_a_time

PROGRAM = textwrap.dedent(
    """
    from gevent import monkey

    monkey.patch_all()
    import time

    import gevent

    from quizgame.web.common.off_loop import one_at_a_time


    def analysis(seconds):  # pure Python: it holds the interpreter, as the analysis mostly does
        end = time.monotonic() + seconds
        n = 0
        while time.monotonic() < end:
            n += 1
        return n


    def longest_gap(run):
        gaps, done = [], []

        def stream():
            last = time.monotonic()
            while not done:
                gevent.sleep(0.01)
                now = time.monotonic()
                gaps.append(now - last)
                last = now

        ticker = gevent.spawn(stream)
        gevent.sleep(0.05)
        assert run() > 0
        done.append(True)
        ticker.join()
        return max(gaps)


    print(longest_gap(lambda: analysis(1.0)), longest_gap(lambda: one_at_a_time(analysis, 1.0)))
    """
)


def test_heavy_work_leaves_the_gevent_loop_serving_the_streams() -> None:
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120, check=True)
    on_loop, off_loop = (float(x) for x in result.stdout.split())
    assert on_loop >= 0.9, "on the loop, the stream waits for the whole analysis"
    assert off_loop < 0.5, f"off the loop, the stream kept writing (longest wait {off_loop:.2f} s)"


def test_without_gevent_the_work_runs_where_it_is_called() -> None:
    import threading

    assert one_at_a_time(threading.get_ident) == threading.get_ident()
