"""The simulated students of bench/live.py: one asyncio loop per process, each following its share
of the class over bench/rawhttp.py (Server-Sent Events or the polling fallback) and answering.

A process runs `run(share, board, stop, results)`: it loads its students' pages, follows the room
until `stop` is set, then sends what it saw down `results`. While it runs it keeps `board`, a few
counters in shared memory the teacher's loop in the main process reads (how many students have
each version, how many answers are done), so nothing is sent between processes during the game.
Times are time.monotonic(), the same clock in every process on Linux.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
import resource
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.sharedctypes import Synchronized, SynchronizedArray
from typing import Any

from bench import rawhttp

CSRF = re.compile(r'<meta name="csrf-token" content="([^"]+)"')
POSITION = re.compile(r'name="position" value="(\d+)"')
VERSIONS = 512  # room versions the board counts (a three-question game uses about ten)
PAGE_LOADS_AT_ONCE = 25  # per process: setup, not measured, but it must not swamp the server
SILENCE = 15.0  # seconds without an event after which live.js gives up the stream and polls


def processes_for(students: int) -> int:
    """Client processes for a class: one per 1,000 students, at most four."""
    return min(4, max(1, round(students / 1000)))


@dataclass
class Share:
    """What one process is given: its students (their session cookies) and how to play."""

    base: str
    code: str
    cookies: list[str]
    first: int  # the class-wide index of cookies[0] (student i is "Student {i + 1}")
    transport: str  # "sse" or "polling"
    poll_every: float  # seconds, the polling fallback's base pace (live.js: 1 s)
    presenter: tuple[int, str] | None = None  # (room id, teacher cookie): follow the projector's stream too


@dataclass
class Board:
    """Counters shared with the main process (multiprocessing's lock-free RawArray and RawValue)."""

    seen: SynchronizedArray  # type: ignore[type-arg]  # [v]: students who have had version >= v
    done: SynchronizedArray  # type: ignore[type-arg]  # [v]: answers to the question of version v that got a reply
    loaded: Synchronized  # type: ignore[type-arg]  # pages loaded
    connected: Synchronized  # type: ignore[type-arg]  # students who have had a first state


@dataclass
class Student:
    index: int
    cookie: str
    answers: bool  # one in twenty never answers, so the room never reveals early
    csrf: str = ""
    last_id: str | None = None  # what the stream last sent as its id, sent back on reconnect
    marker: str = ""  # the state's marker, for ?since= on the polling fallback
    top: int = -1  # the highest version received (-1: none yet)
    seen: dict[int, float] = field(default_factory=dict)  # version -> when first received
    answered: set[int] = field(default_factory=set)
    heard: float = 0.0  # when its stream last sent anything (live.js falls back to polling after 15 s of silence)
    fell_back: bool = False  # polling since its stream was refused or went silent, as live.js does
    follower: asyncio.Task[None] | None = None
    retry: float = 0.25  # seconds before reconnecting after a stream ends: the server's `retry:`, as EventSource

    @property
    def address(self) -> str:
        """Each device its own address, as on a school's network: 127.1.0.1, 127.1.0.2, ... (all
        of 127.0.0.0/8 is loopback), so the server's caps per address see devices, not one host."""
        return f"127.{1 + self.index // 62500}.{self.index % 62500 // 250}.{self.index % 250 + 1}"


class Class:
    """This process's students and what they saw."""

    def __init__(self, share: Share, board: Board) -> None:
        self.share, self.board = share, board
        self.students = [
            Student(share.first + i, cookie, (share.first + i) % 20 != 0) for i, cookie in enumerate(share.cookies)
        ]
        self.answers: list[tuple[int, int, int, int, float, str]] = []  # index, position, version, status, ms, error
        self.streams_opened = 0
        self.errors: dict[str, int] = {}
        self.lag: list[float] = []  # how late the loop woke, in ms: the client's own delay
        self.tasks: set[asyncio.Task[None]] = set()

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1

    def on_state(self, student: Student, state: dict[str, Any], arrived: float) -> None:
        version = int(state["version"])
        student.marker = str(state.get("marker", version))
        student.seen.setdefault(version, arrived)
        if student.top < 0:
            self.board.connected.value += 1
        if version > student.top:
            for v in range(max(0, student.top + 1), min(version, VERSIONS - 1) + 1):
                self.board.seen[v] += 1
            student.top = version
        if student.answers and state.get("phase") == "question" and version not in student.answered:
            position = POSITION.search(state.get("html", ""))
            if position and 'name="choice"' in state["html"]:
                student.answered.add(version)
                task = asyncio.create_task(self.answer(student, int(position.group(1)), version))
                self.tasks.add(task)
                task.add_done_callback(self.tasks.discard)

    def headers(self, student: Student, **extra: str) -> dict[str, str]:
        return {"Cookie": f"session={student.cookie}", **extra}

    async def load_page(self, student: Student, gate: asyncio.Semaphore) -> bool:
        async with gate:
            for attempt in range(3):
                try:
                    page = await rawhttp.get(
                        self.share.base, f"/live/play/{self.share.code}", self.headers(student), student.address
                    )
                    token = CSRF.search(page.body.decode())
                    if page.status == 200 and token:
                        student.csrf = token.group(1)
                        cookie = page.headers.get("set-cookie", "")
                        if cookie.startswith("session="):
                            student.cookie = cookie[8:].split(";", 1)[0]
                        self.board.loaded.value += 1
                        return True
                    self.error(f"page HTTP {page.status}")
                except (OSError, asyncio.IncompleteReadError) as exc:
                    self.error(f"page {type(exc).__name__}")
                await asyncio.sleep(0.5 * (attempt + 1))
            return False

    async def answer(self, student: Student, position: int, version: int) -> None:
        await asyncio.sleep(random.uniform(0.3, 2.5))  # reading time: a class answers within three seconds
        started = time.monotonic()
        status, message = 0, ""
        try:
            reply = await rawhttp.post_form(
                self.share.base,
                f"/live/play/{self.share.code}/answer",
                {"position": str(position), "choice": "0"},
                self.headers(student, **{"X-CSRFToken": student.csrf, "Accept": "application/json"}),
                student.address,
            )
            status = reply.status
            if status != 200:
                try:
                    message = str(reply.json().get("error", ""))
                except ValueError:
                    message = reply.body[:80].decode(errors="replace")
        except (OSError, asyncio.IncompleteReadError) as exc:
            message = type(exc).__name__
        self.answers.append((student.index, position, version, status, (time.monotonic() - started) * 1000, message))
        if 0 <= version < VERSIONS:
            self.board.done[version] += 1

    async def follow_sse(self, student: Student) -> None:
        """As EventSource and live.js: reconnect with Last-Event-ID when the stream ends or breaks;
        poll instead once a stream is refused (an error status) or the watchdog finds it silent."""
        path = f"/live/play/{self.share.code}/events"
        while True:
            headers = self.headers(student)
            if student.last_id is not None:
                headers["Last-Event-ID"] = student.last_id
            student.heard, opened = time.monotonic(), False
            try:
                async for event in rawhttp.events(self.share.base, path, headers, student.address):
                    student.heard = event.arrived
                    if event.retry is not None:
                        student.retry = event.retry / 1000
                    if not opened:
                        opened = True
                        self.streams_opened += 1
                    if event.id is not None:
                        student.last_id = event.id
                    if event.name == "state":
                        self.on_state(student, json.loads(event.data), event.arrived)
                    elif event.name == "gone":
                        self.error("stream: game gone")
                        return
                await asyncio.sleep(student.retry)  # the stream ended: EventSource reconnects after `retry`
            except rawhttp.StreamRefused as exc:
                self.error(f"stream HTTP {exc.status}, then polling")
                student.fell_back = True
                return await self.follow_polling(student)
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                self.error(f"stream {type(exc).__name__}")
                await asyncio.sleep(0.5)

    async def watchdog(self) -> None:
        """live.js's watchdog: a stream silent for 15 s (no state, no heartbeat) is given up for polling."""
        while True:
            await asyncio.sleep(1.0)
            now = time.monotonic()
            for student in self.students:
                if student.follower and not student.fell_back and student.heard and now - student.heard > SILENCE:
                    self.error("stream silent 15 s, then polling")
                    student.fell_back = True
                    student.follower.cancel()
                    student.follower = asyncio.create_task(self.follow_polling(student))

    async def follow_polling(self, student: Student) -> None:
        """As live.js polls: every second, or every five of the room's `poll_ms` in a big room."""
        path = f"/live/play/{self.share.code}/state"
        every = self.share.poll_every
        await asyncio.sleep(random.uniform(0, every))
        while True:
            try:
                since = f"?since={student.marker}" if student.marker else ""
                reply = await rawhttp.get(
                    self.share.base, path + since, self.headers(student, Accept="application/json"), student.address
                )
                if reply.status == 200:
                    state = reply.json()
                    self.on_state(student, state, time.monotonic())
                    every = max(self.share.poll_every, state.get("poll_ms", 0) * 5 / 1000)
                elif reply.status != 204:
                    self.error(f"poll HTTP {reply.status}")
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                self.error(f"poll {type(exc).__name__}")
            await asyncio.sleep(every)

    async def follow_presenter(self, room_id: int, cookie: str) -> None:
        """The projector follows the room too, as in a classroom (what it sees is not measured)."""
        while True:
            try:
                async for _event in rawhttp.events(
                    self.share.base, f"/live/rooms/{room_id}/events", {"Cookie": f"session={cookie}"}
                ):
                    pass
            except (OSError, asyncio.IncompleteReadError, rawhttp.StreamRefused) as exc:
                self.error(f"presenter stream {type(exc).__name__}")
            await asyncio.sleep(0.5)

    async def watch_loop(self) -> None:
        """How late this loop wakes from a 50 ms sleep: if it is often late, the client, not the
        server, is delaying what it measures."""
        while True:
            before = time.monotonic()
            await asyncio.sleep(0.05)
            self.lag.append((time.monotonic() - before - 0.05) * 1000)


async def _play(share: Share, board: Board, stop: Any) -> Class:
    group = Class(share, board)
    background = [asyncio.create_task(group.watch_loop()), asyncio.create_task(group.watchdog())]
    if share.presenter:
        background.append(asyncio.create_task(group.follow_presenter(*share.presenter)))
    gate = asyncio.Semaphore(PAGE_LOADS_AT_ONCE)

    async def join_and_follow(student: Student) -> None:
        if await group.load_page(student, gate):
            follow = group.follow_sse(student) if share.transport == "sse" else group.follow_polling(student)
            student.follower = asyncio.create_task(follow)

    background += [asyncio.create_task(join_and_follow(s)) for s in group.students]
    while not stop.is_set():
        await asyncio.sleep(0.05)
    followers = [s.follower for s in group.students if s.follower]
    for task in background + followers + list(group.tasks):
        task.cancel()
    await asyncio.gather(*background, *followers, *group.tasks, return_exceptions=True)
    return group


def run(share: Share, board: Board, stop: Any, results: Connection) -> None:
    """A client process's whole life: play, then report to the main process."""
    group = asyncio.run(_play(share, board, stop))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    results.send(
        {
            "seen": [s.seen for s in group.students],
            "answers": group.answers,
            "streams_opened": group.streams_opened,
            "fell_back": sum(s.fell_back for s in group.students),
            "errors": group.errors,
            "lag": sorted(group.lag),
            "cpu": usage.ru_utime + usage.ru_stime,
        }
    )
    results.close()
