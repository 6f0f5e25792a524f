"""Timed HTTP for the load benchmark's simulated students: one aiohttp session per student, every
request timed and every failure counted by kind, and a closed loop for the ceiling runs."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    first_error: dict[str, str] = field(default_factory=dict)
    client_cpu: float = 0.0  # CPU seconds this process (the simulated class) used

    def record(self, kind: str, seconds: float) -> None:
        self.latencies.setdefault(kind, []).append(seconds * 1000)

    def error(self, kind: str, detail: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1
        self.first_error.setdefault(kind, detail)


@dataclass
class Reply:
    status: int
    text: str


async def timed(stats: Stats, kind: str, call: Any, expect: tuple[int, ...]) -> Reply | None:
    """Send the request, read the whole body, and record the time and any error under `kind`."""
    started = time.perf_counter()
    try:
        async with call as response:
            reply = Reply(response.status, await response.text())
    except (TimeoutError, aiohttp.ClientError) as exc:
        stats.error(kind, f"{type(exc).__name__}: {exc}")
        return None
    stats.record(kind, time.perf_counter() - started)
    if reply.status not in expect:
        stats.error(kind, f"HTTP {reply.status}")
        return None
    return reply


def browser(base: str) -> aiohttp.ClientSession:
    """One student's browser: its own cookies (127.0.0.1 is an address, hence unsafe=True) and
    its own kept-alive connection. Callers pass allow_redirects=False, so each request is timed alone."""
    return aiohttp.ClientSession(
        base,
        cookie_jar=aiohttp.CookieJar(unsafe=True),
        timeout=aiohttp.ClientTimeout(total=60),
        connector=aiohttp.TCPConnector(limit=1),
    )


async def closed_loop(concurrency: int, jobs: list[Any]) -> float:
    """Run the jobs (coroutine factories) from `concurrency` loops without pause; returns the seconds taken."""
    queue: asyncio.Queue[Any] = asyncio.Queue()
    for job in jobs:
        queue.put_nowait(job)

    async def loop() -> None:
        while not queue.empty():
            await queue.get_nowait()()

    started = time.perf_counter()
    await asyncio.gather(*(loop() for _ in range(concurrency)))
    return time.perf_counter() - started
