"""The app as it runs in production, for the browser test and the benchmark: gunicorn with several
gthread workers on a throwaway PostgreSQL database migrated with `quizgame db upgrade`.

Bound to 127.0.0.1 on a free port and stopped by the code that started it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
SECRET_KEY = "gunicorn-harness-secret-key"


def _executable(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_env(database_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QUIZGAME_DATABASE_URL=database_url,
        SECRET_KEY=SECRET_KEY,
        QUIZGAME_CONTENT_DIR=str(ROOT / "content"),
        QUIZGAME_ENV="development",
        # A fixed pool per worker (no overflow connections opened and closed in every burst), and
        # for two workers together (2 x (25 + 8 for the live streams' polls)) well under
        # PostgreSQL's default 100. Threads beyond it wait their turn for a connection.
        QUIZGAME_DB_POOL_SIZE="25",
        QUIZGAME_DB_MAX_OVERFLOW="0",
        QUIZGAME_DB_POLL_POOL_SIZE="8",
    )
    return env


def migrate(database_url: str) -> None:
    subprocess.run(
        [_executable("quizgame"), "db", "upgrade"], env=server_env(database_url), cwd=ROOT, check=True,
        capture_output=True, timeout=120,
    )


@dataclass
class Server:
    base_url: str
    process: subprocess.Popen[bytes]
    log: Path


@contextmanager
def gunicorn(database_url: str, log: Path, workers: int = 2, threads: int = 32, timeout: float = 30) -> Iterator[Server]:
    """Run gunicorn until the block ends; the log file keeps its output for a failing test to show."""
    port = free_port()
    command = [
        _executable("gunicorn"), "--bind", f"127.0.0.1:{port}", "--workers", str(workers),
        "--worker-class", "gthread", "--threads", str(threads), "--graceful-timeout", "2",
        # Students' phones keep their connection between polls; a short keep-alive would close
        # it just as they reuse it.
        "--keep-alive", "30",
        "--backlog", "4096", "--worker-connections", "4000", "quizgame.wsgi:app",
    ]
    with open(log, "wb") as output:
        process = subprocess.Popen(command, env=server_env(database_url), cwd=ROOT, stdout=output, stderr=subprocess.STDOUT)
    server = Server(f"http://127.0.0.1:{port}", process, log)
    try:
        _wait_until_up(server, timeout)
        yield server
    finally:
        process.send_signal(signal.SIGINT)  # quick shutdown: open event streams need not finish
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _wait_until_up(server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {server.process.returncode}:\n{server.log.read_text()}")
        try:
            with urllib.request.urlopen(f"{server.base_url}/healthz", timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"gunicorn did not answer within {timeout} s:\n{server.log.read_text()}")
