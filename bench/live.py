"""Benchmark: a live game of N simulated students under gunicorn on PostgreSQL (issue 19).

For each N, on a throwaway PostgreSQL database (created, migrated and dropped here): N players are
seeded, gunicorn is started as tests/gunicorn_server.live_server configures it for N students,
client processes (bench/live_students.py, one asyncio loop each) load every student's page and
follow the room by Server-Sent Events (or the polling fallback) while a projector follows the
presenter's stream, and a simulated teacher plays three questions to the podium. Students answer
0.3-2.5 s after a question arrives; one in twenty never does, so the teacher's "next" reveals.

Reported per N (one JSON line each, then a table, then issue 19's goals):
- delivery: from the teacher's press to each student having the new state (p50, p95, max);
  a state not received within 10 s is "missed";
- answers: sent, stored (read from the database after the game), refused (409, with the reason),
  lost (sent, not refused, not stored), and their latency (p50, p95);
- reconnects (streams opened again), students who fell back to polling, and errors by kind;
- the floor (SSE): before the game, a stand-in server that only writes (bench/live_client_cost.py)
  sends a state to N streams of the same client processes five times; its p50/p95/max is the
  least any server could show on this machine now, and the row's p95 is given as a ratio of it;
- CPU: cores used by the clients, gunicorn, PostgreSQL and the whole machine over the game, the
  load average before and after, and how late the clients' loops woke (if they are late, the
  client is delaying what it measures); the server's CPU per student per state, and each row's
  p95 and CPU per state as a ratio of the first row's (the baseline of the same run).

    python bench/live.py                         # N = 300, 2,000 and 4,000 over SSE, one after the other
    python bench/live.py --students 300          # one N
    python bench/live.py --students 300 --transport polling
    python bench/live.py --transport both        # SSE, then polling, at each N

Everything talks to loopback only (each student from an address of its own, 127.1.x.y); every wait
is bounded; gunicorn, the client processes and the database are stopped and dropped at the end,
also after an error, Ctrl-C or a TERM. Run it on a quiet machine: the clients share its cores with
the server, and the load average (and PostgreSQL's connections in use) is printed to show it.
Exit status: 0 if issue 19's goals are met, 1 if not, 2 without PostgreSQL.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import live_client_cost, live_students  # noqa: E402
from bench.cpu import sample, shares  # noqa: E402
from bench.live_figures import (  # noqa: E402
    answer_figures,
    deliveries,
    lag_figures,
    percentile,
    print_goals,
    print_table,
)
from bench.live_teacher import PRESS_TIMEOUT, Teacher, log, play, total, wait  # noqa: E402
from tests.databases import postgres_admin_url, throwaway_database  # noqa: E402
from tests.gunicorn_server import live_server, migrate  # noqa: E402
from tests.live_setup import SeededGame, seed_live_game, stored_answers  # noqa: E402


@contextmanager
def clients(base: str, game: SeededGame, transport: str, processes: int, poll_every: float):  # type: ignore[no-untyped-def]
    """Client processes sharing the class, and the board they report progress on."""
    context = multiprocessing.get_context("fork")  # no threads run yet; a fork starts at once
    stop = context.Event()
    cookies = game.player_cookies
    per = -(-len(cookies) // processes)
    started = []
    try:
        for p in range(processes):
            board = live_students.Board(
                context.RawArray("i", live_students.VERSIONS),
                context.RawArray("i", live_students.VERSIONS),
                context.RawValue("i", 0),
                context.RawValue("i", 0),
            )
            share = live_students.Share(
                base,
                game.code,
                cookies[p * per : (p + 1) * per],
                p * per,
                transport,
                poll_every,
                (game.room_id, game.teacher_cookie) if p == 0 else None,
            )
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=live_students.run, args=(share, board, stop, send), daemon=True)
            process.start()
            send.close()
            started.append((process, board, receive))
        yield stop, started
    finally:
        stop.set()
        for process, _board, _receive in started:
            process.join(timeout=20)
            if process.is_alive():
                process.kill()
                process.join(timeout=5)


def bench(n: int, transport: str, processes: int, poll_every: float, floor: bool) -> dict[str, Any]:
    load_before = round(os.getloadavg()[0], 1)
    errors: dict[str, int] = {}
    baseline: dict[str, Any] = {}
    if floor and transport == "sse":
        log(f"the floor: a stand-in server that only writes a state to {n:,} streams, five times")
        baseline = live_client_cost.measure(n, processes)
    with (
        tempfile.TemporaryDirectory(prefix="quizgame-bench-live-") as tmp,
        throwaway_database("postgresql", Path(tmp)) as url,
    ):
        log(f"{n:,} students over {transport}: a database of their own, migrated and seeded; {postgres_connections()}")
        migrate(url)
        game = seed_live_game(url, players=n, questions=3, seconds_per_question=60)
        with (
            live_server(url, n, Path(tmp) / "gunicorn.log") as server,
            httpx.Client(base_url=server.base_url, timeout=PRESS_TIMEOUT) as http,
        ):
            teacher = Teacher(http, game, errors)
            with clients(server.base_url, game, transport, processes, poll_every) as (stop, started):
                boards = [board for _process, board, _receive in started]
                log(f"gunicorn is up; {processes} client process(es) load the students' pages and connect")
                joined = time.monotonic()
                if not wait(lambda: total(boards, "connected") >= n, 60 + n * 0.04):
                    errors["students never connected"] = n - total(boards, "connected")
                join_seconds = time.monotonic() - joined
                log(
                    f"{total(boards, 'connected'):,} of {n:,} students connected in {join_seconds:.0f} s; the game starts"
                )
                pids = tuple(process.pid for process, _board, _receive in started)
                before, started_at = sample(server.process.pid, pids), time.monotonic()
                actions = play(teacher, boards)
                elapsed = time.monotonic() - started_at
                cpu = shares(before, sample(server.process.pid, pids), elapsed)
                server_seconds = cpu["server_cores"] * elapsed
                stop.set()
                reports = [receive.recv() if receive.poll(60) else None for _process, _board, receive in started]
                server_log = server.log.read_text()
        stored = stored_answers(url, game.room_id)
    if None in reports:
        errors["client process did not report"] = reports.count(None)
    reports = [r for r in reports if r is not None]
    seen = [versions for r in reports for versions in r["seen"]]
    times, missed, by_action = deliveries(actions, seen)
    for r in reports:
        for kind, count in r["errors"].items():
            errors[kind] = errors.get(kind, 0) + count
    server_errors = [line for line in server_log.splitlines() if "Error" in line or "error" in line]
    if server_errors:
        errors["gunicorn log lines with an error"] = len(server_errors)
        print("\n".join(server_errors[-10:]), file=sys.stderr)
    figures = answer_figures([a for r in reports for a in r["answers"]], stored)
    return {
        "students": n,
        "transport": transport,
        "client_processes": processes,
        "join_seconds": round(join_seconds, 1),
        "game_seconds": round(elapsed, 1),
        "states": len(actions) * n,
        "delivery_p50": round(percentile(times, 50)) if times else None,
        "delivery_p95": round(percentile(times, 95)) if times else None,
        "delivery_max": round(max(times)) if times else None,
        "missed": missed,
        "by_action": by_action,  # (phase, p50, p95, max, students over 1 s) per teacher press
        **figures,
        # streams opened again (a stream ends after about two minutes, or breaks); students polling
        # since their stream was refused or went silent, as live.js does
        "reconnects": max(0, sum(r["streams_opened"] for r in reports) - n) if transport == "sse" else 0,
        "fell_back_to_polling": sum(r["fell_back"] for r in reports),
        "errors": sum(errors.values()),
        "error_kinds": errors,
        **lag_figures(sorted(x for r in reports for x in r["lag"])),
        **cpu,
        "server_ms_per_state": round(server_seconds * 1000 / max(1, len(actions) * n), 3),
        "load_before": load_before,
        **baseline,
    }


def postgres_connections() -> str:
    """Connections in use against PostgreSQL's limit: the server under test takes up to 88 of them
    (tests/gunicorn_server.server_env's pools, two workers), and other clients of the same
    PostgreSQL can make it refuse some ("too many clients already", in gunicorn's log)."""
    engine = create_engine(postgres_admin_url())
    try:
        with engine.connect() as connection:
            used = connection.execute(
                text("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'")
            )
            limit = connection.execute(text("SHOW max_connections"))
            return f"PostgreSQL connections in use {used.scalar_one() - 1} of {limit.scalar_one()}"
    except Exception as exc:  # noqa: BLE001 - a report line, not a check: the run says soon enough
        return f"PostgreSQL not reached ({type(exc).__name__})"
    finally:
        engine.dispose()


def describe_run() -> str:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"{now}, commit {commit or '?'}{' (with uncommitted changes)' if dirty.strip() else ''}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", default="300,2000,4000", help="comma-separated N values (default 300,2000,4000)")
    parser.add_argument("--transport", choices=["sse", "polling", "both"], default="sse")
    parser.add_argument("--client-processes", type=int, default=0, help="default: one per 1,000 students, at most 4")
    parser.add_argument("--poll-every", type=float, default=1.0, help="seconds between polls (polling transport)")
    parser.add_argument(
        "--no-floor", action="store_true", help="skip the floor (bench/live_client_cost.py) measured before each N"
    )
    args = parser.parse_args()
    # Stopped by a TERM (timeout(1), a CI job's end), the script still stops gunicorn and its
    # client processes and drops its database: the exception runs every `finally` on the way out.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)  # thousands of sockets, here and in gunicorn
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    print(f"bench/live.py: {describe_run()}, {postgres_connections()}", flush=True)
    if os.getloadavg()[0] >= 1.0:
        print(
            f"  NOTE: load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: other work shares the CPU with the"
            " server under test, so the latencies measure it too (compare the server's CPU per state instead);"
            " issue 19's figures are taken on an idle machine (uptime well under 1)",
            flush=True,
        )
    transports = ["sse", "polling"] if args.transport == "both" else [args.transport]
    rows = []
    for n in (int(x) for x in args.students.split(",")):
        for transport in transports:
            processes = args.client_processes or live_students.processes_for(n)
            try:
                row = bench(n, transport, processes, args.poll_every, not args.no_floor)
            except (pytest.skip.Exception, pytest.fail.Exception) as exc:  # tests/databases.py's "no PostgreSQL"
                print(f"PostgreSQL is needed: {exc}", file=sys.stderr)
                return 2
            except Exception as exc:  # noqa: BLE001 - one N failing must not cost the others' figures
                traceback.print_exc()
                row = {"students": n, "transport": transport, "failed": f"{type(exc).__name__}: {exc}"[:200]}
            rows.append(row)
            print(json.dumps(row), flush=True)
    print()
    print_table(rows)
    print()
    print("Issue 19's goals (SSE):")
    return 0 if print_goals(rows) else 1


if __name__ == "__main__":
    sys.exit(main())
