"""Abuse limits against the app as deployed: a real gunicorn with two workers on real PostgreSQL
(the pool and the workers are what these findings are about), CSRF and limits on.

Each client fetches the form first, as a browser would, and sends its token back with the cookie.
"""

from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from quizgame.extensions import db
from tests.factories import PASSWORD, make_classroom, make_question, make_room, make_teacher
from tests.gunicorn_server import Server, gunicorn

TIMEOUT = 60  # seconds: longer than the pool's 30 s wait, so a starved request shows as its 500
_TOKEN = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


@pytest.fixture
def postgres_only(backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("the connection pool and the workers matter here: PostgreSQL only")


def serve(app, database_url: str, threads: int = 32, **env: str):  # type: ignore[no-untyped-def]
    """gunicorn, two workers, on the test's database; a small pool so that a request needing a
    second connection runs out of them at once, as a full pool in a busy school would."""
    with app.app_context():
        db.session.remove()
    settings = {"QUIZGAME_DB_POOL_SIZE": "3", "QUIZGAME_DB_MAX_OVERFLOW": "0", "QUIZGAME_TRUSTED_PROXIES": "1"}
    settings.update(env)
    return gunicorn(database_url, workers=2, threads=threads, env=settings)


def form_client(server: Server, path: str, address: str) -> tuple[httpx.Client, str]:
    """A client from `address` (through the trusted proxy) holding the form's CSRF token."""
    client = httpx.Client(base_url=server.base_url, headers={"X-Forwarded-For": address}, timeout=TIMEOUT)
    page = client.get(path)
    match = _TOKEN.search(page.text)
    assert match, f"no CSRF token on {path} ({page.status_code})"
    return client, match.group(1)


@pytest.fixture
def room_code(app, postgres_only) -> str:  # type: ignore[no-untyped-def]
    with app.app_context():
        return make_room(make_classroom(make_teacher("owner@example.org")), [make_question("served-1")]).code


def test_sixty_concurrent_failed_logins_neither_fail_nor_stall_a_students_join(app, database_url, room_code):
    """Finding 3: each failed login used to be counted on a second pooled connection while the
    request held its first; a burst filled the pool with requests waiting for each other (30 s,
    then `QueuePool limit ... timed out`, HTTP 500), and students' joins waited behind them."""
    with serve(app, database_url) as server:
        clients = [form_client(server, "/teacher/login", f"198.51.100.{n % 3}") for n in range(60)]
        start = threading.Barrier(len(clients) + 1)

        def attempt(n: int) -> tuple[int, float]:
            client, token = clients[n]
            start.wait()
            began = time.monotonic()
            try:
                status = client.post(
                    "/teacher/login",
                    data={
                        "csrf_token": token,
                        "email": f"nobody{n}@example.org",
                        "password": "wrong password",
                    },
                ).status_code
            except httpx.TimeoutException:
                status = 0
            return status, time.monotonic() - began

        with ThreadPoolExecutor(len(clients) + 1) as pool:
            futures = [pool.submit(attempt, n) for n in range(len(clients))]
            start.wait()
            time.sleep(0.2)
            began = time.monotonic()
            try:
                join = httpx.get(
                    f"{server.base_url}/join",
                    params={"code": room_code},
                    headers={"X-Forwarded-For": "203.0.113.7"},
                    timeout=TIMEOUT,
                ).status_code
            except httpx.TimeoutException:
                join = 0
            join_seconds = time.monotonic() - began
            results = [future.result() for future in futures]
        for client, _ in clients:
            client.close()
    statuses = sorted(status for status, _ in results)
    assert statuses.count(500) == 0, statuses
    assert set(statuses) <= {200, 429}, statuses
    assert join == 200 and join_seconds < 10, (join, join_seconds)


def _login(client: httpx.Client, token: str, email: str, password: str) -> int:
    try:
        return client.post(
            "/teacher/login", data={"csrf_token": token, "email": email, "password": password}
        ).status_code
    except httpx.TimeoutException:
        return 0


def test_concurrent_guesses_at_one_account_stop_at_its_limit_and_its_owner_still_logs_in(
    app, database_url, postgres_only
):
    """Finding 7: the account's failures were checked before any was counted, so 15 of 40
    concurrent guesses got through a limit of 10, and the owner was then refused for minutes."""
    with app.app_context():
        make_teacher("ada@example.org")
    with serve(app, database_url) as server:
        owner, owner_token = form_client(server, "/teacher/login", "192.0.2.10")
        assert _login(owner, owner_token, "ada@example.org", PASSWORD) == 302  # the owner's own browser
        owner.cookies.delete("session")
        guessers = [form_client(server, "/teacher/login", f"198.51.100.{n % 4}") for n in range(40)]
        start = threading.Barrier(len(guessers))

        def guess(n: int) -> int:
            client, token = guessers[n]
            start.wait()
            return _login(client, token, "ada@example.org", f"guess number {n}")

        with ThreadPoolExecutor(len(guessers)) as pool:
            statuses = list(pool.map(guess, range(len(guessers))))
        stranger, stranger_token = form_client(server, "/teacher/login", "198.51.100.99")
        stranger_status = _login(stranger, stranger_token, "ada@example.org", PASSWORD)
        owner, owner_token_again = owner, form_client_token(owner)
        owner_status = _login(owner, owner_token_again, "ada@example.org", PASSWORD)
        for client, _ in [*guessers, (stranger, None), (owner, None)]:
            client.close()
    assert statuses.count(200) == 10, sorted(statuses)  # RATELIMIT_LOGIN_ACCOUNT: 10 per 5 minutes
    assert statuses.count(429) == 30, sorted(statuses)
    assert stranger_status == 429  # a new browser waits, even with the right password
    assert owner_status == 302  # the browser the owner logged in with before is not locked out


def form_client_token(client: httpx.Client) -> str:
    match = _TOKEN.search(client.get("/teacher/login").text)
    assert match
    return match.group(1)


def _join(server: Server, code: str, nickname: str, address: str) -> httpx.Client:
    client, token = form_client(server, f"/join?code={code}", address)
    joined = client.post("/join", data={"csrf_token": token, "code": code, "nickname": nickname})
    assert joined.status_code == 302, joined.text[-500:]
    return client


def test_one_player_cannot_hold_every_thread_with_event_streams(app, database_url, postgres_only):
    """Finding 5: one joined player opened 170 event streams and 155 were served; /healthz and the
    join page then timed out. A player holds at most LIVE_STREAMS_PER_PLAYER (3) in a worker."""
    with app.app_context():
        code = make_room(make_classroom(make_teacher()), [make_question("stream-1")], mode="live").code
    # Eight threads a worker: thirty streams would hold all sixteen.
    with serve(app, database_url, threads=8, QUIZGAME_LIVE_STREAMS_PER_PLAYER="3") as server:
        player = _join(server, code, "Sam", "198.51.100.20")
        session_cookie = player.cookies["session"]
        release = threading.Event()
        served: list[bool] = []

        def open_stream() -> None:
            stream_client = httpx.Client(
                base_url=server.base_url,
                cookies={"session": session_cookie},
                timeout=TIMEOUT,
                headers={"X-Forwarded-For": "198.51.100.20"},
            )
            with stream_client, stream_client.stream("GET", f"/live/play/{code}/events") as response:
                for line in response.iter_lines():
                    if line.startswith("event: state"):
                        served.append(True)
                        release.wait(TIMEOUT)
                        return
                served.append(False)  # ended without a state: turned away

        streams = [threading.Thread(target=open_stream) for _ in range(30)]
        for stream in streams:
            stream.start()
        deadline = time.monotonic() + TIMEOUT
        while len(served) < len(streams) and time.monotonic() < deadline:
            time.sleep(0.1)
        began = time.monotonic()
        try:
            health = httpx.get(f"{server.base_url}/healthz", timeout=10).status_code
        except httpx.TimeoutException:
            health = 0
        health_seconds = time.monotonic() - began
        release.set()
        for stream in streams:
            stream.join(TIMEOUT)
        player.close()
    assert len(served) == len(streams)
    assert served.count(True) <= 2 * 3, served.count(True)  # two workers, three each
    assert health == 200 and health_seconds < 5, (health, health_seconds)
