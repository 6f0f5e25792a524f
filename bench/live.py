"""Benchmark: N simulated students in one live room under gunicorn on PostgreSQL.

For each N it starts gunicorn (2 gthread workers) on a throwaway database, connects N students
(each loads its page, then follows the room by Server-Sent Events, or by the polling fallback),
lets a simulated teacher play a three-question game (start, then "next" through every reveal to
the podium) with the presenter's page following the room as on a projector, and reports:

- delivery: from the moment the teacher's "next" is sent to each student receiving the new state
  (p50, p95, max), over every student and every teacher action;
- answer: the latency of each student's answer POST (p50, p95);
- errors: failed requests, dropped streams, and states a student never received (within 10 s);
- where the CPU went: cores used by the simulated students (this process), gunicorn, PostgreSQL
  and the whole machine, and the load average at the end. The students share the two cores with
  the server; they stream and answer over bench/rawhttp.py, which costs a fraction of httpx.

All traffic goes to 127.0.0.1; every wait is bounded and the run stops by itself.

    python bench/live.py                       # N = 30, 300, 2000, all on SSE
    python bench/live.py --students 300 --transport sse
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from http.cookiejar import CookieJar, DefaultCookiePolicy
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import rawhttp  # noqa: E402
from bench.cpu import sample, shares  # noqa: E402
from tests.databases import throwaway_database  # noqa: E402
from tests.gunicorn_server import gunicorn, migrate  # noqa: E402
from tests.live_setup import seed_live_game  # noqa: E402

CSRF = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
WAIT_FOR_DELIVERY = 10.0  # seconds a student may take to receive a state before it counts as missed
RUN_LIMIT = 240.0  # hard stop for one N


def no_cookie_jar() -> httpx.Cookies:
    """One shared client for thousands of students: it must never mix up their cookies."""
    return httpx.Cookies(CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])))


@dataclass
class Results:
    delivery_ms: list[float] = field(default_factory=list)
    delivery_by_phase: dict[str, list[float]] = field(default_factory=dict)
    delivery_by_action: list[tuple[str, list[float]]] = field(default_factory=list)
    answer_ms: list[float] = field(default_factory=list)
    teacher_ms: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


class Student:
    def __init__(self, index: int, cookie: str, code: str, base: str) -> None:
        self.index = index
        self.cookie = cookie
        self.code = code
        self.base = base
        self.csrf = ""
        self.marker = ""
        self.received: dict[int, float] = {}  # version -> monotonic time received
        self.answered: set[int] = set()  # versions (questions) this student has answered
        self.done: set[int] = set()  # ... and got a response for
        self.answers = index % 20 != 0
        self.connected = asyncio.Event()

    def headers(self, **extra: str) -> dict[str, str]:
        return {"Cookie": f"session={self.cookie}", **extra}

    async def load_page(self, client: httpx.AsyncClient) -> None:
        for attempt in range(3):  # setup, not measured: a reset connection is simply tried again
            try:
                page = await client.get(f"{self.base}/live/play/{self.code}", headers=self.headers())
                break
            except httpx.TransportError:
                if attempt == 2:
                    raise
                await asyncio.sleep(0.5)
        page.raise_for_status()
        self.csrf = CSRF.search(page.text).group(1)  # type: ignore[union-attr]
        self.cookie = page.cookies.get("session") or self.cookie

    def on_state(self, state: dict, client: httpx.AsyncClient, results: Results, tasks: set[asyncio.Task]) -> None:  # type: ignore[type-arg]
        self.marker = state["marker"]
        self.received.setdefault(state["version"], time.monotonic())
        self.connected.set()
        version = state["version"]
        if (
            self.answers
            and state["phase"] == "question"
            and version not in self.answered
            and 'name="choice"' in state["html"]
        ):
            self.answered.add(version)
            position = re.search(r'name="position" value="(\d+)"', state["html"]).group(1)  # type: ignore[union-attr]
            task = asyncio.create_task(self.answer(client, position, version, results))
            tasks.add(task)
            task.add_done_callback(tasks.discard)

    async def answer(self, client: httpx.AsyncClient, position: str, version: int, results: Results) -> None:
        await asyncio.sleep(random.uniform(0.3, 2.5))  # reading time
        started = time.monotonic()
        try:
            response = await rawhttp.post_form(
                self.base,
                f"/live/play/{self.code}/answer",
                {"position": position, "choice": "0"},
                self.headers(**{"X-CSRFToken": self.csrf, "Accept": "application/json"}),
            )
        except (OSError, asyncio.IncompleteReadError) as exc:
            results.error(f"answer {type(exc).__name__}")
            self.done.add(version)
            return
        results.answer_ms.append((time.monotonic() - started) * 1000)
        self.done.add(version)
        if response.status != 200:
            results.error(f"answer HTTP {response.status}")

    async def follow_sse(self, client: httpx.AsyncClient, results: Results, stop: asyncio.Event, tasks: set) -> None:  # type: ignore[type-arg]
        path = f"/live/play/{self.code}/events"
        while not stop.is_set():
            headers = self.headers()
            if self.marker:
                headers["Last-Event-ID"] = self.marker
            try:
                async for event, data in rawhttp.events(self.base, path, headers):
                    if event == "state":
                        self.on_state(json.loads(data), client, results, tasks)
                    if stop.is_set():
                        return
            except rawhttp.StreamRefused as exc:
                results.error(f"stream HTTP {exc.status}")
                await asyncio.sleep(1)
            except (OSError, asyncio.IncompleteReadError) as exc:
                if not stop.is_set():
                    results.error(f"stream {type(exc).__name__}")
                    await asyncio.sleep(0.5)

    async def follow_polling(
        self, client: httpx.AsyncClient, results: Results, stop: asyncio.Event, tasks: set, every: float
    ) -> None:  # type: ignore[type-arg]
        path = f"/live/play/{self.code}/state"
        await asyncio.sleep(random.uniform(0, every))
        while not stop.is_set():
            try:
                since = f"?since={self.marker}" if self.marker else ""
                response = await rawhttp.get(self.base, path + since, self.headers(Accept="application/json"))
                if response.status == 200:
                    self.on_state(response.json(), client, results, tasks)
                elif response.status != 204:
                    results.error(f"poll HTTP {response.status}")
            except (OSError, asyncio.IncompleteReadError) as exc:
                results.error(f"poll {type(exc).__name__}")
            await asyncio.sleep(every)


async def teacher_action(
    client: httpx.AsyncClient, base: str, room_id: int, cookie: str, csrf: str, action: str, results: Results
) -> tuple[float, dict]:  # type: ignore[type-arg]
    sent = time.monotonic()
    response = await client.post(
        f"{base}/live/rooms/{room_id}/{action}",
        headers={"Cookie": f"session={cookie}", "X-CSRFToken": csrf, "Accept": "application/json"},
    )
    response.raise_for_status()
    results.teacher_ms.append((time.monotonic() - sent) * 1000)
    return sent, response.json()


async def follow_presenter(base: str, room_id: int, cookie: str, results: Results, stop: asyncio.Event) -> None:
    while not stop.is_set():
        try:
            async for _event, _data in rawhttp.events(
                base, f"/live/rooms/{room_id}/events", {"Cookie": f"session={cookie}"}
            ):
                if stop.is_set():
                    return
        except (OSError, asyncio.IncompleteReadError, rawhttp.StreamRefused) as exc:
            if not stop.is_set():
                results.error(f"presenter stream {type(exc).__name__}")
                await asyncio.sleep(0.5)


def first_seen(student: Student, version: int) -> float | None:
    """When the student first had this version or a later one (two quick changes arrive as one)."""
    times = [t for v, t in student.received.items() if v >= version]
    return min(times) if times else None


async def run_one(base: str, game, transport: str, poll_every: float, results: Results) -> Results:  # type: ignore[no-untyped-def]
    limits = httpx.Limits(
        max_connections=len(game.player_cookies) * 2 + 20, max_keepalive_connections=len(game.player_cookies) + 20
    )
    timeout = httpx.Timeout(30.0, read=60.0)
    async with httpx.AsyncClient(limits=limits, timeout=timeout, cookies=no_cookie_jar()) as client:
        teacher_page = await client.get(
            f"{base}/live/rooms/{game.room_id}", headers={"Cookie": f"session={game.teacher_cookie}"}
        )
        teacher_page.raise_for_status()
        teacher_csrf = CSRF.search(teacher_page.text).group(1)  # type: ignore[union-attr]
        teacher_cookie = teacher_page.cookies.get("session") or game.teacher_cookie

        students = [Student(i, c, game.code, base) for i, c in enumerate(game.player_cookies)]
        semaphore = asyncio.Semaphore(50)

        async def load(student: Student) -> None:
            async with semaphore:
                await student.load_page(client)

        await asyncio.gather(*(load(s) for s in students))
        stop = asyncio.Event()
        tasks: set[asyncio.Task] = set()  # type: ignore[type-arg]
        if transport == "sse":
            followers = [asyncio.create_task(s.follow_sse(client, results, stop, tasks)) for s in students]
        else:
            followers = [
                asyncio.create_task(s.follow_polling(client, results, stop, tasks, poll_every)) for s in students
            ]
        # The projector follows the room too: its stream counts players and answers at every tick
        # and renders the presenter's view whenever they change, as in a classroom.
        followers.append(asyncio.create_task(follow_presenter(base, game.room_id, teacher_cookie, results, stop)))
        try:
            await asyncio.wait_for(asyncio.gather(*(s.connected.wait() for s in students)), timeout=60)
        except TimeoutError:
            results.error("student never connected")

        sent, state = await teacher_action(client, base, game.room_id, teacher_cookie, teacher_csrf, "start", results)
        while True:
            target = state["version"]
            deadline = sent + WAIT_FOR_DELIVERY
            while time.monotonic() < deadline and not all(first_seen(s, target) for s in students):
                await asyncio.sleep(0.02)
            for s in students:
                seen = first_seen(s, target)
                if seen is None:
                    results.error("state never received")
                else:
                    results.delivery_ms.append((seen - sent) * 1000)
                    results.delivery_by_phase.setdefault(state["phase"], []).append((seen - sent) * 1000)
            results.delivery_by_action.append(
                (
                    state["phase"],
                    [(seen - sent) * 1000 for seen in (first_seen(s, target) for s in students) if seen is not None],
                )
            )
            if state["phase"] == "finished":
                break
            if state["phase"] == "question":
                # The students who answer do so in 0.3-2.5 s; one in twenty never does, so the room
                # does not reveal by itself and the teacher's "next" reveals it (at most 15 s).
                answering = [s for s in students if s.answers]
                patience = time.monotonic() + 15
                while time.monotonic() < patience and not all(target in s.done for s in answering):
                    await asyncio.sleep(0.1)
            await asyncio.sleep(1.0)
            sent, state = await teacher_action(
                client, base, game.room_id, teacher_cookie, teacher_csrf, "next", results
            )
        stop.set()
        await asyncio.sleep(0.1)
        for task in followers + list(tasks):
            task.cancel()
        await asyncio.gather(*followers, *tasks, return_exceptions=True)
    return results


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def bench(students: int, transport: str, threads: int, poll_every: float) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp, throwaway_database("postgresql", Path(tmp)) as url:
        migrate(url)
        game = seed_live_game(url, players=students, questions=3, seconds_per_question=60)
        with gunicorn(url, Path(tmp) / "gunicorn.log", workers=2, threads=threads) as server:
            started = time.monotonic()
            cpu_before = sample(server.process.pid)
            results = Results()
            try:
                asyncio.run(asyncio.wait_for(run_one(server.base_url, game, transport, poll_every, results), RUN_LIMIT))
            except TimeoutError:
                results.error(f"run stopped at the {RUN_LIMIT:.0f} s limit")
            elapsed = time.monotonic() - started
            cpu = shares(cpu_before, sample(server.process.pid), elapsed)
            if results.errors:
                errors = [line for line in server.log.read_text().splitlines() if "Error" in line or "error" in line]
                print("\n".join(errors[-15:]), file=sys.stderr)
    return {
        "students": students,
        "transport": transport,
        "threads": threads,
        "seconds": round(elapsed, 1),
        "delivery_p50": round(statistics.median(results.delivery_ms)) if results.delivery_ms else None,
        "delivery_p95": round(percentile(results.delivery_ms, 95)) if results.delivery_ms else None,
        "delivery_max": round(max(results.delivery_ms)) if results.delivery_ms else None,
        "answer_p50": round(statistics.median(results.answer_ms)) if results.answer_ms else None,
        "answer_p95": round(percentile(results.answer_ms, 95)) if results.answer_ms else None,
        "answers": len(results.answer_ms),
        "delivery_p50_by_phase": {k: round(percentile(v, 50)) for k, v in results.delivery_by_phase.items()},
        "delivery_p95_by_phase": {k: round(percentile(v, 95)) for k, v in results.delivery_by_phase.items()},
        "teacher_ms": [round(t) for t in results.teacher_ms],
        # per teacher action: phase, p50, p95, max, and how many students waited over a second
        "by_action": [
            (phase, round(percentile(v, 50)), round(percentile(v, 95)), round(max(v)), sum(d > 1000 for d in v))
            for phase, v in results.delivery_by_action
            if v
        ],
        **cpu,
        "errors": sum(results.errors.values()),
        "error_kinds": results.errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", default="30,300,2000", help="comma-separated N values")
    parser.add_argument(
        "--transport",
        choices=["auto", "sse", "polling"],
        default="auto",
        help="auto: SSE up to --sse-max students, the polling fallback above",
    )
    parser.add_argument("--sse-max", type=int, default=5000)
    parser.add_argument("--poll-every", type=float, default=1.0, help="seconds between polls (polling transport)")
    args = parser.parse_args()
    rows = []
    for n in (int(x) for x in args.students.split(",")):
        transport = args.transport if args.transport != "auto" else ("sse" if n <= args.sse_max else "polling")
        # An open event stream holds a gthread thread, and nothing makes the two workers share the
        # streams evenly: a worker whose threads are all held makes every further request it has
        # accepted wait for a stream to end. So each worker gets a thread for every student.
        threads = n + 50 if transport == "sse" else 64
        row = bench(n, transport, threads, args.poll_every)
        rows.append(row)
        print(json.dumps(row), flush=True)
    print()
    print("| students | transport | delivery p50 | delivery p95 | delivery max | answer p50 | answer p95 | errors |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(
            f"| {r['students']} | {r['transport']} | {r['delivery_p50']} ms | {r['delivery_p95']} ms | "
            f"{r['delivery_max']} ms | {r['answer_p50']} ms | {r['answer_p95']} ms | {r['errors']} |"
        )


if __name__ == "__main__":
    main()
