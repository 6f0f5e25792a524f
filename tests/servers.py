"""A real gunicorn serving create_app() for the browser tests and the benchmarks: bound to 127.0.0.1
on a free port, stopped by whoever started it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx

GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


@contextmanager
def gunicorn(url: str, workers: int = 1, threads: int = 4, secret_key: str = "test-server-secret") -> Iterator[str]:
    """Serve create_app() on `url`'s database; yields the base URL. The listening socket is made
    here and handed to gunicorn (fd://), so there is no race for the port."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(2048)
    port = listener.getsockname()[1]
    env = {**os.environ, "QUIZGAME_DATABASE_URL": url, "SECRET_KEY": secret_key}
    command = [
        GUNICORN, "--workers", str(workers), "--threads", str(threads), "--worker-class", "gthread",
        "--bind", f"fd://{listener.fileno()}", "--backlog", "2048", "--log-level", "warning",
        # Longer than a student's pause between requests: gunicorn's default (2 s) closes idle
        # connections under a client about to reuse them, which clients see as resets.
        "--keep-alive", "75",
        "quizgame.wsgi:app",
    ]
    process = subprocess.Popen(command, env=env, pass_fds=[listener.fileno()])
    listener.close()
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_ready(base, process)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_ready(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with status {process.returncode}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError("gunicorn did not answer /healthz within 30 seconds")
