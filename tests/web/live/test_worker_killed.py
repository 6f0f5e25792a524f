"""A worker dies mid-game: every student's stream comes back, on whichever worker, at the current state.

gunicorn as in production (quizgame/gunicorn_config.py: two gevent workers) on PostgreSQL. Each
student is an EventSource as a browser runs it: it follows the stream, and when the stream
breaks it waits the `retry:` the server asked for and reconnects with Last-Event-ID.
"""

from __future__ import annotations

import json
import os
import re
import signal
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.databases import throwaway_database
from tests.gunicorn_server import Server, gunicorn, migrate
from tests.live_setup import SESSION_COOKIE, seed_live_game

STUDENTS = 24
CSRF = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


class EventSource:
    """One student's browser: follows the stream, reconnects as EventSource does."""

    def __init__(self, server: Server, code: str, cookie: str) -> None:
        self.url = f"{server.base_url}/live/play/{code}/events"
        self.cookie = cookie
        self.versions: list[int] = []
        self.connects = 0
        self.last_id: str | None = None
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        retry = 0.5
        while not self.stop.is_set():
            headers = {"Cookie": f"{SESSION_COOKIE}={self.cookie}"}
            if self.last_id is not None:
                headers["Last-Event-ID"] = self.last_id
            try:
                with httpx.stream("GET", self.url, headers=headers, timeout=30) as response:
                    self.connects += 1
                    fields: dict[str, str] = {}
                    for line in response.iter_lines():
                        if self.stop.is_set():
                            return
                        if line:
                            name, _, value = line.partition(": ")
                            fields[name] = value
                            continue
                        if "retry" in fields:
                            retry = int(fields["retry"]) / 1000
                        if fields.get("event") == "state":
                            self.last_id = fields["id"]
                            self.versions.append(json.loads(fields["data"])["version"])
                        fields = {}
            except httpx.HTTPError:
                pass  # the worker died under it: reconnect
            self.stop.wait(retry)

    @property
    def version(self) -> int | None:
        return self.versions[-1] if self.versions else None


def workers(server: Server) -> list[int]:
    children = Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children").read_text().split()
    return [int(pid) for pid in children]


def open_sockets(pid: int) -> int:
    fds = Path(f"/proc/{pid}/fd")
    return sum(1 for fd in fds.iterdir() if os.readlink(fd).startswith("socket:"))


def wait_until(condition, seconds: float = 30) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


@pytest.fixture
def served(tmp_path: Path, backend: str):  # type: ignore[no-untyped-def]
    if backend != "postgresql":
        pytest.skip("gunicorn's workers share PostgreSQL; SQLite is the one-process default")
    with throwaway_database("postgresql", tmp_path) as url:
        migrate(url)
        game = seed_live_game(url, players=STUDENTS, questions=3, seconds_per_question=60)
        with gunicorn(url, tmp_path / "gunicorn.log", workers=2, timeout=120) as server:
            yield server, game


def test_every_student_reconnects_to_the_current_state_after_a_worker_is_killed(served):  # type: ignore[no-untyped-def]
    server, game = served
    # A connection of its own for each of the teacher's requests: one kept alive on the worker
    # about to be killed would be reset (the projector's browser would show an error and retry).
    teacher = httpx.Client(base_url=server.base_url, timeout=30, limits=httpx.Limits(max_keepalive_connections=0))
    page = teacher.get(f"/live/rooms/{game.room_id}", headers={"Cookie": f"{SESSION_COOKIE}={game.teacher_cookie}"})
    # The page's CSRF token lives in the session cookie it sends back.
    cookie = page.cookies.get(SESSION_COOKIE) or game.teacher_cookie
    csrf = CSRF.search(page.text).group(1)  # type: ignore[union-attr]

    def press(action: str) -> int:
        response = teacher.post(
            f"/live/rooms/{game.room_id}/{action}",
            headers={"Cookie": f"{SESSION_COOKIE}={cookie}", "X-CSRFToken": csrf, "Accept": "application/json"},
        )
        assert response.status_code == 200, response.text
        return response.json()["version"]

    students = [EventSource(server, game.code, cookie) for cookie in game.player_cookies]
    try:
        assert wait_until(lambda: all(s.version == 0 for s in students)), [s.versions for s in students]
        started = press("start")
        assert wait_until(lambda: all(s.version == started for s in students)), [s.versions for s in students]

        busiest = max(workers(server), key=open_sockets)
        os.kill(busiest, signal.SIGKILL)
        revealed = press("next")  # while the killed worker's students are reconnecting
        assert wait_until(lambda: all(s.version == revealed for s in students)), [s.versions for s in students]
        assert sum(s.connects > 1 for s in students) >= 1, "no stream was on the killed worker"
        assert busiest not in workers(server) and len(workers(server)) == 2, "gunicorn replaced the worker"

        following = press("next")
        assert wait_until(lambda: all(s.version == following for s in students)), [s.versions for s in students]
        for student in students:
            assert student.versions == sorted(student.versions), "no state goes back in time"
            assert student.versions[-3:] == [started, revealed, following], "each state once, none missed"
    finally:
        for student in students:
            student.stop.set()
        teacher.close()
