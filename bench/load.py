"""Load benchmark: whole classes join and play a self-paced game against gunicorn at once.

    python -m bench.load                       # SQLite, then PostgreSQL; about two minutes
    python -m bench.load --backend postgresql --rooms 10 --students 30 --think 1 4
    python -m bench.load --ceiling-only        # the throughput ratio alone, in about 30 s

Everything goes to 127.0.0.1 only, to a gunicorn this script starts (2 gthread workers) and stops.

1. The class: every student of every room opens the join page and joins in the same second, then
   plays the 10 questions: load the question, read and think for a random 1-4 seconds, answer,
   see the feedback. All rooms start together, so the answers come in class-sized bursts.
   Measured: the latency of every answer (the POST that scores and stores it) and of the other
   requests, and every error (a transport failure or an unexpected status).
2. The ceiling, with the same server: a second set of players joins, and their questions are
   delivered in the database beforehand. Then, from `--concurrency` loops with no think time, each
   player sends 10 requests back to back on its own connection: 10 GET /healthz (a trivial route),
   and its 10 answers. Same connections, same shape, only the route differs: the ratio is how close
   an answer comes to the cheapest request the stack can serve. The players are split into
   `--rounds` groups, each measured on both routes in turn, so a change in the shared machine's
   speed during the run lands on both sides of the ratio.

The students are aiohttp sessions (one per student: its own cookies and kept-alive connection).
They share the two cores with the server, so their cost matters: measured against /healthz, httpx
spent 1.0 ms of CPU per request and aiohttp 0.15 ms, which left httpx itself as the ceiling.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import re
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

if __package__ in (None, ""):  # run as a file: python bench/load.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "bench"

import aiohttp
from sqlalchemy import select

from bench import cpu
from bench.common import add_questions, bench_app, bench_database, percentile, print_table, room_code
from bench.timed_http import Stats, browser, closed_loop, timed
from quizgame.extensions import db
from quizgame.models import Classroom, Delivery, Player, Room, RoomQuestion, Teacher
from tests.gunicorn_server import gunicorn

CSRF = re.compile(r'name="csrf-token" content="([^"]+)"')
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def make_rooms(url: str, rooms: int, offset: int) -> list[str]:
    """Open self-paced rooms of the 10 bench questions; returns their codes."""
    app = bench_app(url)
    with app.app_context():
        teacher = db.session.scalar(select(Teacher)) or Teacher(
            email="bench@example.org", name="Bench", password_hash="x"
        )
        classroom = Classroom(teacher=teacher, name=f"Bench class {offset}")
        db.session.add(classroom)
        questions = add_questions(db.session.connection()) if offset == 0 else [f"bench-{n:03d}" for n in range(10)]
        codes = []
        for n in range(rooms):
            code = room_code(10_000 + offset + n)
            room = Room(
                classroom=classroom,
                code=code,
                title=f"Bench room {n}",
                mode="self_paced",
                scoring="speed",
                seconds_per_question=120,
                status="open",
            )
            room.room_questions = [RoomQuestion(position=p, question_id=q) for p, q in enumerate(questions)]
            db.session.add(room)
            codes.append(code)
        db.session.commit()
        db.engine.dispose()
    return codes


async def join(client: aiohttp.ClientSession, stats: Stats, code: str, nickname: str) -> str | None:
    page = await timed(stats, "join page", client.get("/join", params={"code": code}), (200,))
    if page is None:
        return None
    token = CSRF.search(page.text)
    if token is None:
        stats.error("join page", "no csrf-token meta tag")
        return None
    joined = await timed(
        stats,
        "join",
        client.post(
            "/join", data={"code": code, "nickname": nickname, "csrf_token": token.group(1)}, allow_redirects=False
        ),
        (302, 303),
    )
    return token.group(1) if joined is not None else None


async def student(
    base: str, stats: Stats, code: str, seat: int, questions: int, think: tuple[float, float], start: asyncio.Event
) -> None:
    async with browser(base) as client:
        await start.wait()
        token = await join(client, stats, code, f"Student {seat:02d}")
        if token is None:
            return
        for number in range(1, questions + 1):
            path = f"/play/{code}/q/{number}"
            if await timed(stats, "question", client.get(path, allow_redirects=False), (200,)) is None:
                return
            await asyncio.sleep(random.uniform(*think))
            answer = client.post(
                path, data={"choice": str(random.randrange(4)), "csrf_token": token}, allow_redirects=False
            )
            started = time.perf_counter()
            if await timed(stats, "answer", answer, (302, 303)) is None:
                return
            # The first answers come while the last of the class is still joining: kept apart as well.
            stats.record(
                "answer to question 1" if number == 1 else "answer to questions 2-10", time.perf_counter() - started
            )
            await timed(stats, "feedback", client.get(path, allow_redirects=False), (200,))


async def play_the_class(
    base: str, codes: list[str], students: int, questions: int, think: tuple[float, float]
) -> tuple[Stats, float]:
    stats = Stats()
    start = asyncio.Event()
    tasks = [
        asyncio.create_task(student(base, stats, code, seat, questions, think, start))
        for code in codes
        for seat in range(students)
    ]
    await asyncio.sleep(0.5)  # every client is waiting: the join burst starts at once
    started, client_cpu = time.perf_counter(), time.process_time()
    start.set()
    await asyncio.gather(*tasks)
    stats.client_cpu = time.process_time() - client_cpu
    return stats, time.perf_counter() - started


async def ceiling(
    base: str, server_pid: int, url: str, codes: list[str], students: int, questions: int, concurrency: int, rounds: int
) -> dict[str, Any]:
    stats = Stats()
    clients = [browser(base) for _ in range(len(codes) * students)]
    try:
        seats = [
            (client, code, n)
            for (code, n), client in zip(((c, n) for c in codes for n in range(students)), clients, strict=True)
        ]
        tokens = await asyncio.gather(*(join(client, stats, code, f"Fast {n:02d}") for client, code, n in seats))
        deliver_everything(url, codes)

        # Both kinds of run have the same shape: the same players' connections (each with its
        # student's session cookie, as every real request has), one player's `questions` requests back
        # to back per loop, `concurrency` loops. Only the route differs. (With a separate pool of 16
        # cookieless connections for /healthz, its rate varied 1,300-3,200 per second between runs
        # of the same code.)
        def health_of(client: aiohttp.ClientSession) -> Any:
            async def run() -> None:
                for _ in range(questions):
                    await timed(stats, "healthz", client.get("/healthz"), (200,))

            return run

        def answers_of(client: aiohttp.ClientSession, code: str, token: str | None) -> Any:
            # The body is encoded once, as a browser holds its form: the clients share the cores
            # with the server, and encoding a form per request cost them a third more CPU than /healthz.
            body = urlencode({"choice": "0", "csrf_token": token or ""}).encode()

            async def run() -> None:
                for number in range(1, questions + 1):
                    answer = client.post(f"/play/{code}/q/{number}", data=body, headers=FORM, allow_redirects=False)
                    await timed(stats, "fast answer", answer, (302, 303))

            return run

        # The players are split into rounds, and each round runs /healthz and then the answers (or the
        # other way round, alternately) on the same players' connections, so that the machine
        # speeding up or slowing down during the run (it is shared; its speed drifts by a quarter)
        # lands on both sides of the ratio. Each player answers in order (the room takes no skipping),
        # so one loop runs one player at a time.
        seconds = {"healthz": 0.0, "answer": 0.0}
        used = {"healthz": [], "answer": []}  # type: dict[str, list[dict[str, float]]]
        for round_number in range(rounds):
            group = list(zip(seats, tokens, strict=True))[round_number::rounds]
            jobs = {
                "healthz": [health_of(client) for (client, _, _), _ in group],
                "answer": [answers_of(client, code, token) for (client, code, _), token in group],
            }
            order = ("healthz", "answer") if round_number % 2 == 0 else ("answer", "healthz")
            for kind in order:
                before = cpu.sample(server_pid)
                seconds[kind] += await closed_loop(concurrency, jobs[kind])
                used[kind].append(per_request(before, cpu.sample(server_pid), len(group) * questions))
    finally:
        for client in clients:
            await client.close()
    return {
        "healthz_rps": len(stats.latencies.get("healthz", [])) / seconds["healthz"],
        "answer_rps": len(stats.latencies.get("fast answer", [])) / seconds["answer"],
        "healthz_cpu": mean_of(used["healthz"]),
        "answer_cpu": mean_of(used["answer"]),
        "errors": sum(stats.errors.values()),
        "first_error": "; ".join(f"{k}: {v}" for k, v in stats.first_error.items()),
    }


def mean_of(samples: list[dict[str, float]]) -> dict[str, float]:
    return {side: round(sum(s[side] for s in samples) / len(samples), 2) for side in samples[0]}


def per_request(before: cpu.Sample, after: cpu.Sample, requests: int) -> dict[str, float]:
    """Milliseconds of CPU per request spent by gunicorn, PostgreSQL and the clients."""
    return {
        side: round((getattr(after, side) - getattr(before, side)) * 1000 / requests, 2)
        for side in ("server", "database", "client")
    }


def deliver_everything(url: str, codes: list[str]) -> None:
    """Show every question to every player of these rooms now, as if each had just loaded it."""
    app = bench_app(url)
    with app.app_context():
        now = dt.datetime.now(dt.UTC)
        rows = db.session.execute(
            select(Player.id, RoomQuestion.question_id)
            .join(Room, Room.id == Player.room_id)
            .join(RoomQuestion, RoomQuestion.room_id == Room.id)
            .where(Room.code.in_(codes))
        ).all()
        db.session.add_all(Delivery(player_id=p, question_id=q, delivered_at=now) for p, q in rows)
        db.session.commit()
        db.engine.dispose()


def run(backend: str, args: argparse.Namespace) -> dict[str, Any]:
    with bench_database(backend) as url:
        class_codes = make_rooms(url, args.rooms, 0)
        fast_codes = make_rooms(url, args.rooms, args.rooms)
        with gunicorn(url, workers=args.workers, threads=args.threads) as server:
            base, pid = server.base_url, server.process.pid
            if args.ceiling_only:
                stats, seconds = Stats(), float("nan")
            else:
                print(
                    f"[{backend}] {len(class_codes)} rooms x {args.students} students playing on {base} ...", flush=True
                )
                stats, seconds = asyncio.run(
                    play_the_class(base, class_codes, args.students, args.questions, tuple(args.think))
                )
                share = stats.client_cpu / (seconds * (os.cpu_count() or 1))
                print(
                    f"[{backend}] the class finished in {seconds:.1f} s; the simulated class itself used "
                    f"{stats.client_cpu:.1f} CPU s ({share:.0%} of the machine)",
                    flush=True,
                )
            print(f"[{backend}] measuring the ceiling ...", flush=True)
            top = asyncio.run(
                ceiling(base, pid, url, fast_codes, args.students, args.questions, args.concurrency, args.rounds)
            )
    answers = stats.latencies.get("answer", [])
    for kind, detail in stats.first_error.items():
        print(f"[{backend}] {stats.errors[kind]} errors on {kind}, first: {detail}")
    if top["first_error"]:
        print(f"[{backend}] ceiling errors: {top['first_error']}")
    return {
        "stats": stats,
        "seconds": seconds,
        "answers": len(answers),
        **top,
        "errors": sum(stats.errors.values()) + top["errors"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=("both", "sqlite", "postgresql"), default="both")
    parser.add_argument("--rooms", type=int, default=10)
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--questions", type=int, default=10, choices=range(1, 11), metavar="1-10")
    parser.add_argument(
        "--think",
        type=float,
        nargs=2,
        default=(1.0, 4.0),
        metavar=("MIN", "MAX"),
        help="seconds a student reads and thinks before answering (uniform)",
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--concurrency", type=int, default=16, help="connections for the ceiling runs")
    parser.add_argument("--rounds", type=int, default=6, help="alternating /healthz and answer runs in the ceiling")
    parser.add_argument("--ceiling-only", action="store_true", help="skip the class; measure the ceiling alone")
    args = parser.parse_args(argv)
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    results = {backend: run(backend, args) for backend in backends}

    load = os.getloadavg()[0]
    print()
    print(
        f"{args.rooms} rooms x {args.students} students x {args.questions} questions, think {args.think[0]:g}-{args.think[1]:g} s; "
        f"gunicorn {args.workers} workers x {args.threads} threads; {os.cpu_count()} CPUs, load average {load:.1f}"
    )
    print()
    print_table(
        [
            "database",
            "answers",
            "errors",
            "answers/s (class)",
            "answer p50 ms",
            "p95 ms",
            "p99 ms",
            "answers/s (ceiling run)",
            "/healthz per s",
            "ratio",
            "CPU ms per answer: gunicorn / PostgreSQL / clients",
            "per /healthz",
        ],
        [
            [
                backend,
                r["answers"],
                r["errors"],
                f"{r['answers'] / r['seconds']:.0f}",
                *(f"{percentile(r['stats'].latencies.get('answer', []), p):.0f}" for p in (0.50, 0.95, 0.99)),
                f"{r['answer_rps']:.0f}",
                f"{r['healthz_rps']:.0f}",
                f"{r['answer_rps'] / r['healthz_rps']:.0%}",
                " / ".join(f"{v:.2f}" for v in r["answer_cpu"].values()),
                " / ".join(f"{v:.2f}" for v in r["healthz_cpu"].values()),
            ]
            for backend, r in results.items()
        ],
    )
    print()
    print_table(
        ["database", "request", "count", "p50 ms", "p95 ms", "p99 ms", "errors"],
        [
            [
                backend,
                kind,
                len(samples),
                *(f"{percentile(samples, p):.0f}" for p in (0.50, 0.95, 0.99)),
                r["stats"].errors.get(kind, 0),
            ]
            for backend, r in results.items()
            for kind, samples in r["stats"].latencies.items()
        ],
    )
    return 0 if all(r["errors"] == 0 for r in results.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
