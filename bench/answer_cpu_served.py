"""Benchmark: a gunicorn worker's CPU per live answer, as production serves it, on a busy machine too.

bench/answer_cpu.py measures the app in-process; this measures the server as the README runs it:
gunicorn with one gevent worker (quizgame/gunicorn_config.py) on a throwaway PostgreSQL database,
a live room of N seeded students, one student's event stream open (so the worker's hub follows the
room, as it does in a class), and every student's answer sent over HTTP with their cookie (their
player, a browser id and a CSRF token, as after /join and the page) and the X-CSRFToken header,
`--concurrency` at a time. Timed: the worker process's CPU (utime + stime from /proc) over the
answers, so gevent's database waits and gunicorn's HTTP parsing are in it; the clients, PostgreSQL
and the wall clock are not. Printed per round: µs of the worker's CPU per answer, and the answers'
statuses; and, as a floor, the worker's CPU per GET /healthz (the least a request through Flask
costs here: no session, no database). Run it from two checkouts in turn to compare them (the
clients send the same requests).

    python bench/answer_cpu_served.py                          # 1,000 students, 3 rounds, 64 at a time
    python bench/answer_cpu_served.py --students 2000 --rounds 2 --concurrency 200
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import rawhttp  # noqa: E402
from bench.answer_cpu import _tokens, open_next, student_cookies  # noqa: E402
from bench.common import print_table  # noqa: E402
from bench.cpu import _cpu  # noqa: E402
from quizgame import create_app  # noqa: E402
from quizgame.extensions import db  # noqa: E402
from tests.databases import throwaway_database  # noqa: E402
from tests.gunicorn_server import SECRET_KEY, gunicorn, migrate, worker_pids  # noqa: E402
from tests.live_setup import seed_live_game  # noqa: E402


def follow(base: str, code: str, cookie: str, stop: threading.Event) -> None:
    """One student's event stream, held open: the worker's hub follows the room."""
    while not stop.is_set():
        try:
            with (
                httpx.Client(base_url=base, timeout=httpx.Timeout(5, read=None)) as client,
                client.stream("GET", f"/live/play/{code}/events", headers={"Cookie": f"session={cookie}"}) as events,
            ):
                for _ in events.iter_raw():
                    if stop.is_set():
                        return
        except httpx.HTTPError:
            time.sleep(0.2)


async def answer_all(base: str, code: str, students: list[tuple[str, str]], position: int, concurrency: int) -> Counter:
    gate = asyncio.Semaphore(concurrency)

    async def one(cookie: str, csrf: str) -> int:
        async with gate:
            reply = await rawhttp.post_form(
                base,
                f"/live/play/{code}/answer",
                {"position": str(position), "choice": "0"},
                {"Cookie": f"session={cookie}", "X-CSRFToken": csrf, "Accept": "application/json"},
            )
            return reply.status

    return Counter(await asyncio.gather(*(one(cookie, csrf) for cookie, csrf in students)))


async def health_all(base: str, students: list[tuple[str, str]], concurrency: int) -> Counter:
    """The floor: as many GET /healthz (Flask's least: no session, no database), cookies and all."""
    gate = asyncio.Semaphore(concurrency)

    async def one(cookie: str) -> int:
        async with gate:
            return (await rawhttp.get(base, "/healthz", {"Cookie": f"session={cookie}"})).status

    return Counter(await asyncio.gather(*(one(cookie) for cookie, _ in students)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args(argv)
    rows = []
    with (
        tempfile.TemporaryDirectory(prefix="quizgame-answer-cpu-") as tmp,
        throwaway_database("postgresql", Path(tmp)) as url,
    ):
        migrate(url)
        game = seed_live_game(url, players=args.students, questions=args.rounds, seconds_per_question=600)
        app = create_app({"DATABASE_URL": url, "SECRET_KEY": SECRET_KEY, "LOG_LEVEL": "WARNING"})
        students = student_cookies(app, game.code, _tokens(url, game.room_id))
        stop = threading.Event()
        with gunicorn(url, Path(tmp) / "gunicorn.log", workers=1) as server:
            (worker,) = worker_pids(server)
            watcher = threading.Thread(
                target=follow, args=(server.base_url, game.code, students[0][0], stop), daemon=True
            )
            watcher.start()
            try:
                for position in range(args.rounds):
                    open_next(app, game.room_id)
                    time.sleep(1.0)  # the hub hears the news and reads the question
                    before, started = _cpu(worker), time.monotonic()
                    statuses = asyncio.run(answer_all(server.base_url, game.code, students, position, args.concurrency))
                    cpu, wall = _cpu(worker) - before, time.monotonic() - started
                    rows.append(
                        (
                            position + 1,
                            len(students),
                            dict(statuses),
                            f"{cpu * 1e6 / len(students):,.0f}",
                            f"{wall:.1f}",
                        )
                    )
                    time.sleep(1.0)  # the hub reveals (everyone answered) before the next "next"
                before, started = _cpu(worker), time.monotonic()
                statuses = asyncio.run(health_all(server.base_url, students, args.concurrency))
                cpu, wall = _cpu(worker) - before, time.monotonic() - started
                per = f"{cpu * 1e6 / len(students):,.0f}"
                rows.append(("floor: GET /healthz", len(students), dict(statuses), per, f"{wall:.1f}"))
            finally:
                stop.set()
        with app.app_context():
            db.engine.dispose()
    print_table(["round", "answers", "statuses", "worker CPU per answer (µs)", "wall (s)"], rows)
    return 0 if all(set(row[2]) == {200} for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
