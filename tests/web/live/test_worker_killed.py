"""A gunicorn worker dies mid-game (kill -9: a crash, the OOM killer, a deploy gone wrong) while
students are following the room. Against the app as deployed (gunicorn, two workers, PostgreSQL):
every student whose stream that worker held reconnects (with Last-Event-ID, as EventSource does),
receives the state the room reached meanwhile, and no answer the server took is lost."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import time
from dataclasses import dataclass, field

import httpx

from tests.gunicorn_server import Server, connections_by_worker, live_server
from tests.live_setup import SeededGame, seed_live_game, stored_answers
from tests.web.common.test_abuse_served import postgres_only  # noqa: F401 - fixture

STUDENTS = 6
WAIT = 10.0  # seconds: far above what any step takes, so a failure is a failure, not a slow machine
CSRF = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
POSITION = re.compile(r'name="position" value="(\d+)"')


@dataclass
class Follower:
    """One student's device: the page (for its CSRF token), then the room's event stream, opened
    again with Last-Event-ID whenever it ends or fails."""

    cookie: str
    csrf: str = ""
    last_id: str | None = None
    port: int = 0  # the local port of its stream's connection
    streams_opened: int = 0
    streams_broken: int = 0  # ended by a reset or a cut, not by the server closing the stream
    refused: list[int] = field(default_factory=list)  # statuses of streams the server would not open
    states: list[dict] = field(default_factory=list)  # type: ignore[type-arg]

    def latest(self) -> dict:  # type: ignore[type-arg]
        return self.states[-1] if self.states else {}

    async def follow(self, client: httpx.AsyncClient, code: str) -> None:
        while True:
            headers = {"Cookie": f"session={self.cookie}", "Accept": "text/event-stream"}
            if self.last_id is not None:
                headers["Last-Event-ID"] = self.last_id
            try:
                async with client.stream("GET", f"/live/play/{code}/events", headers=headers) as response:
                    if response.status_code != 200:
                        self.refused.append(response.status_code)
                        raise httpx.TransportError("refused")
                    self.streams_opened += 1
                    self.port = response.extensions["network_stream"].get_extra_info("client_addr")[1]
                    event, data = "message", ""
                    async for line in response.aiter_lines():
                        if line.startswith("id:"):
                            self.last_id = line[3:].strip()
                        elif line.startswith("event:"):
                            event = line[6:].strip()
                        elif line.startswith("data:"):
                            data = line[5:].strip()
                        elif not line:
                            if event == "state":
                                self.states.append(json.loads(data))
                            event, data = "message", ""
            except httpx.TransportError:
                self.streams_broken += 1
            await asyncio.sleep(0.2)  # EventSource's retry, shortened


async def _until(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + WAIT
    while not condition():
        assert time.monotonic() < deadline, f"not within {WAIT:.0f} s: {what}"
        await asyncio.sleep(0.05)


async def _teacher(client: httpx.AsyncClient, game: SeededGame, action: str) -> None:
    page = await client.get(f"/live/rooms/{game.room_id}", headers={"Cookie": f"session={game.teacher_cookie}"})
    cookie = page.cookies.get("session") or game.teacher_cookie
    response = await client.post(
        f"/live/rooms/{game.room_id}/{action}",
        headers={"Cookie": f"session={cookie}", "X-CSRFToken": CSRF.search(page.text).group(1)},  # type: ignore[union-attr]
    )
    assert response.status_code in (200, 302), response.text[-300:]


async def _answer(client: httpx.AsyncClient, game: SeededGame, student: Follower) -> int:
    position = POSITION.search(student.latest()["html"]).group(1)  # type: ignore[union-attr]
    response = await client.post(
        f"/live/play/{game.code}/answer",
        data={"position": position, "choice": "0"},
        headers={"Cookie": f"session={student.cookie}", "X-CSRFToken": student.csrf, "Accept": "application/json"},
    )
    return response.status_code


async def _play(server: Server, game: SeededGame) -> tuple[list[Follower], int, list[int], list[int]]:
    """Returns the students, how many streams the killed worker held, which students' streams broke
    and were opened again after the kill, and the answers' statuses."""
    # No keep-alive: after the kill, every request the test sends goes out on a new connection, to
    # a worker that is alive.
    limits = httpx.Limits(max_keepalive_connections=0)
    async with httpx.AsyncClient(base_url=server.base_url, limits=limits, timeout=WAIT) as client:
        students = [Follower(cookie) for cookie in game.player_cookies]
        for student in students:
            page = await client.get(f"/live/play/{game.code}", headers={"Cookie": f"session={student.cookie}"})
            assert page.status_code == 200
            student.cookie = page.cookies.get("session") or student.cookie
            student.csrf = CSRF.search(page.text).group(1)  # type: ignore[union-attr]
        await _teacher(client, game, "start")
        followers = [asyncio.create_task(s.follow(client, game.code)) for s in students]
        try:
            await _until(lambda: all(s.latest().get("phase") == "question" for s in students), "the first question")

            def streams() -> dict[int, int]:
                return connections_by_worker(server, {s.port for s in students})

            await _until(lambda: sum(streams().values()) == STUDENTS, "every stream accepted")
            statuses = [await _answer(client, game, student) for student in students[: STUDENTS // 2]]

            held = streams()
            victim = max(held, key=held.__getitem__)
            before = [(s.streams_opened, s.streams_broken) for s in students]

            def reconnected() -> list[int]:
                return [
                    i
                    for i, (s, (opened, broken)) in enumerate(zip(students, before, strict=True))
                    if s.streams_broken > broken and s.streams_opened > opened
                ]

            os.kill(victim, signal.SIGKILL)
            # The rest answer at once, while the dropped students are still reconnecting; the last
            # answer completes the class, so the room reveals the question then.
            statuses += [await _answer(client, game, student) for student in students[STUDENTS // 2 :]]

            await _until(
                lambda: all(s.latest().get("phase") == "reveal" for s in students),
                "every student receives the reveal",
            )
            reveal = max(s.latest()["version"] for s in students)
            await _until(lambda: len(reconnected()) >= held[victim], "every dropped stream is opened again")
            # The streams work on after the reconnect: the teacher's next question reaches everyone.
            await _teacher(client, game, "next")
            await _until(
                lambda: all(s.latest().get("phase") == "question" and s.latest()["version"] > reveal for s in students),
                "every student receives the next question",
            )
            return students, held[victim], reconnected(), statuses
        finally:
            for task in followers:
                task.cancel()
            await asyncio.gather(*followers, return_exceptions=True)


def test_a_killed_worker_costs_its_students_a_reconnect_and_nothing_else(
    app,
    database_url,
    postgres_only,  # noqa: F811 - the fixture imported above
):
    game = seed_live_game(database_url, players=STUDENTS, questions=2, seconds_per_question=60)
    with live_server(database_url, STUDENTS) as server:
        students, held, reconnected, statuses = asyncio.run(_play(server, game))

    # Six streams over two workers: the busier one held at least half of them.
    assert held >= STUDENTS // 2
    assert len(reconnected) == held  # the students of the dead worker, and only they
    assert sum(s.streams_broken for s in students) == held
    assert [s.refused for s in students] == [[]] * STUDENTS
    assert statuses == [200] * STUDENTS
    # Each student's reveal shows their own answer, including those who answered on the dead worker.
    for student in students:
        reveal = next(s for s in reversed(student.states) if s["phase"] == "reveal")
        assert 'data-verdict="none"' not in reveal["html"]
    assert stored_answers(database_url, game.room_id) == {(i, 0) for i in range(STUDENTS)}
