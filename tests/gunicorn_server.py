"""The app as it runs in production, for the browser tests and the benchmarks: gunicorn with the
production settings (quizgame/gunicorn_config.py: gevent workers) serving quizgame.wsgi:app on a
test's or a benchmark's throwaway database.

Bound to 127.0.0.1 on a free port and stopped by the code that started it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SECRET_KEY = "gunicorn-harness-secret-key"
# The settings the README's production command loads.
CONFIG = "python:quizgame.gunicorn_config"


def _executable(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def server_env(database_url: str, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QUIZGAME_DATABASE_URL=database_url,
        SECRET_KEY=SECRET_KEY,
        QUIZGAME_CONTENT_DIR=str(ROOT / "content"),
        QUIZGAME_ENV="development",
        # A fixed pool per worker (no overflow connections opened and closed in every burst), and
        # for two workers together (2 x (25 + 10 for the self-paced pages + 8 for the live streams'
        # polls)) under PostgreSQL's default 100. Threads beyond it wait their turn for a connection.
        QUIZGAME_DB_POOL_SIZE="25",
        QUIZGAME_DB_MAX_OVERFLOW="0",
        QUIZGAME_DB_SEAT_POOL_SIZE="10",
        QUIZGAME_DB_POLL_POOL_SIZE="8",
    )
    env.update(extra or {})
    return env


def migrate(database_url: str) -> None:
    subprocess.run(
        [_executable("quizgame"), "db", "upgrade"],
        env=server_env(database_url),
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )


@dataclass
class Server:
    base_url: str
    process: subprocess.Popen[bytes]
    log: Path


@contextmanager
def gunicorn(
    database_url: str,
    log: Path | None = None,
    workers: int = 2,
    threads: int = 32,
    timeout: float = 120,  # to answer /healthz: on a loaded machine two workers load the app in a minute
    env: dict[str, str] | None = None,
    worker_class: str | None = None,
) -> Iterator[Server]:
    """Run gunicorn until the block ends. The listening socket is made here and handed over
    (fd://), so there is no race for the port; the log file (a temporary one unless given) keeps
    gunicorn's output for a failing test to show. `env` adds to or overrides server_env's settings.
    `worker_class="gthread"` runs `threads` threads per worker instead of the production gevent
    workers (for comparing the two); `threads` means nothing to gevent."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(4096)
    port = listener.getsockname()[1]
    command = gunicorn_command(f"fd://{listener.fileno()}", workers, threads if worker_class == "gthread" else None)
    with ExitStack() as stack:
        if log is None:
            log = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="quizgame-gunicorn-"))) / "gunicorn.log"
        with open(log, "wb") as output:
            process = subprocess.Popen(
                command,
                env=server_env(database_url, env),
                cwd=ROOT,
                stdout=output,
                stderr=subprocess.STDOUT,
                pass_fds=[listener.fileno()],
            )
        listener.close()
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


def gunicorn_command(bind: str, workers: int, threads: int | None = None) -> list[str]:
    """The production command (the README's) with a test's bind address and worker count."""
    command = [_executable("gunicorn"), "-c", CONFIG, "--bind", bind, "--workers", str(workers)]
    if threads is not None:
        command += ["--worker-class", "gthread", "--threads", str(threads)]
    # Quick to stop (open event streams need not finish), quiet unless something goes wrong.
    return [*command, "--graceful-timeout", "2", "--log-level", "warning", "quizgame.wsgi:app"]


def live_server(
    database_url: str, students: int, log: Path | None = None, workers: int = 2, env: dict[str, str] | None = None
) -> AbstractContextManager[Server]:
    """gunicorn as a live game of `students` needs it: the one place the benchmark (bench/live.py)
    and the tests that play a live game under gunicorn take its settings from. These are the
    production settings (quizgame/gunicorn_config.py): gevent workers, where an open event stream
    is a greenlet, so the number of students asks for no threads (docs/live.md, "Running it").
    QUIZGAME_GUNICORN_WORKER_CLASS=gthread runs the earlier design instead, a thread per student
    plus 50, for comparing the two on the same machine."""
    if os.environ.get("QUIZGAME_GUNICORN_WORKER_CLASS") == "gthread":
        return gunicorn(database_url, log, workers=workers, env=env, worker_class="gthread", threads=students + 50)
    return gunicorn(database_url, log, workers=workers, env=env)


def worker_pids(server: Server) -> list[int]:
    """The pids of gunicorn's workers now (the master's children), read from /proc (Linux)."""
    master, found = server.process.pid, []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2 :].split()[1]) == master:
                found.append(int(entry.name))
    return sorted(found)


def connections_by_worker(server: Server, client_ports: set[int] | None = None) -> dict[int, int]:
    """How many open client connections each worker holds (its sockets connected to the server's
    port; only those from `client_ports` if given), for a test that must know which worker serves
    its streams."""
    port = urlsplit(server.base_url).port
    established = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, remote = (int(address.rsplit(":", 1)[1], 16) for address in fields[1:3])
            if (
                fields[3] == "01" and local == port and (client_ports is None or remote in client_ports)
            ):  # 01: ESTABLISHED
                established.add(f"socket:[{fields[9]}]")
    counts = {}
    for pid in worker_pids(server):
        held = 0
        try:
            descriptors = list(Path(f"/proc/{pid}/fd").iterdir())
        except OSError:
            continue
        for fd in descriptors:
            try:
                held += os.readlink(fd) in established
            except OSError:
                continue
        counts[pid] = held
    return counts


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
