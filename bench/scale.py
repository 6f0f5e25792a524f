"""Scale benchmark: do leaderboards, reports and the CSV export stay fast as the answers pile up?

    python -m bench.scale                      # PostgreSQL and SQLite, 1,000 and 1,000,000 answers
    python -m bench.scale --backend sqlite     # one database only
    python -m bench.scale --sizes 1000 100000  # other sizes (the first is the baseline)

For each size it builds a fresh database: one measured classroom (3 rooms x 30 rostered students x
10 questions = 900 answers) and, for the rest of the answers, a big classroom of rooms of 30
players. The leaderboards and the report are timed on the measured classroom and its first room,
which are the same at every size, so any slow-down is what the other rows cost. All sizes stay
loaded and are timed in alternating rounds, so a burst of load on a shared machine lands on both
sides of a ratio rather than on one. The export is timed over the biggest size's big classroom
(nearly all its answers) as the export view streams it, written to a sink that keeps nothing: a
few runs, median rate, and the peak growth of the process's resident memory (and, in one more
run, of the Python heap under tracemalloc, which slows the run down and so is not timed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
import time
import tracemalloc
from contextlib import ExitStack
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a file: python bench/scale.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "bench"

from sqlalchemy import text

from bench.common import add_questions, bench_app, bench_database, bulk_insert, median, print_table, room_code
from quizgame.extensions import db
from quizgame.game.csv_writer import csv_chunks
from quizgame.game.export import answers_table
from quizgame.game.leaderboard import room_leaderboard
from quizgame.game.report_rows import report_rows, stream_answer_rows
from quizgame.game.reports import build_report
from quizgame.models import Answer, Classroom, Player, Room, RoomQuestion, RosterStudent, Teacher

PLAYERS_PER_ROOM = 30
MEASURED_ROOMS = 3
START = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)


class Seeder:
    """Writes rows with ids it chooses itself, so COPY needs no RETURNING."""

    def __init__(self, conn: Any, questions: list[str]) -> None:
        self.conn = conn
        self.questions = questions
        self.ids = {"rooms": 0, "players": 0, "answers": 0, "roster": 0}

    def next_id(self, kind: str) -> int:
        self.ids[kind] += 1
        return self.ids[kind]

    def classroom(self, classroom_id: int, name: str) -> None:
        bulk_insert(
            self.conn,
            Classroom.__table__,
            [
                {"id": classroom_id, "teacher_id": 1, "name": name, "archived": False, "created_at": START},
            ],
        )

    def roster(self, classroom_id: int, size: int) -> list[int]:
        rows = [
            {"id": self.next_id("roster"), "classroom_id": classroom_id, "display_name": f"Student {n:02d}"}
            for n in range(size)
        ]
        bulk_insert(self.conn, RosterStudent.__table__, rows)
        return [row["id"] for row in rows]

    def rooms(self, classroom_id: int, answer_counts: list[int], roster: list[int] | None) -> list[int]:
        """One room per entry of `answer_counts` (how many answers its players give, in all)."""
        rooms, room_questions, players, answers = [], [], [], []
        for wanted in answer_counts:
            room_id = self.next_id("rooms")
            created = START + dt.timedelta(minutes=room_id)
            rooms.append(
                {
                    "id": room_id,
                    "classroom_id": classroom_id,
                    "code": room_code(room_id),
                    "title": f"Room {room_id}",
                    "mode": "self_paced",
                    "scoring": "speed",
                    "seconds_per_question": 60,
                    "shuffle_questions": False,
                    "shuffle_choices": False,
                    "show_explanations": True,
                    "leaderboard": "live",
                    "late_join": True,
                    "status": "closed",
                    "phase": "finished",
                    "current_position": None,
                    "question_started_at": None,
                    "paused_remaining_ms": None,
                    "version": 0,
                    "created_at": created,
                    "opened_at": created,
                    "closed_at": created + dt.timedelta(minutes=30),
                }
            )
            room_questions += [
                {"room_id": room_id, "position": p, "question_id": q} for p, q in enumerate(self.questions)
            ]
            seat = 0
            while wanted > 0:
                player_id = self.next_id("players")
                joined = created + dt.timedelta(seconds=seat)
                players.append(
                    {
                        "id": player_id,
                        "room_id": room_id,
                        "nickname": f"Player {seat:02d}",
                        "rejoin_token": f"rejoin-{player_id}",
                        "browser_id": f"browser-{player_id}",
                        "roster_student_id": roster[seat] if roster else None,
                        "removed": False,
                        "joined_at": joined,
                        "last_seen_at": joined,
                    }
                )
                for position, question_id in enumerate(self.questions[: min(wanted, len(self.questions))]):
                    correct = (player_id + position) % 3 != 0
                    answers.append(
                        {
                            "id": self.next_id("answers"),
                            "player_id": player_id,
                            "question_id": question_id,
                            "chosen": [0 if correct else 1],
                            "correct": correct,
                            "credit": 1.0 if correct else 0.0,
                            "points": 800 if correct else 0,
                            "response_ms": 2000 + (player_id * 37 + position * 101) % 9000,
                            "answered_at": joined + dt.timedelta(seconds=10 * (position + 1)),
                        }
                    )
                wanted -= min(wanted, len(self.questions))
                seat += 1
        for table, rows in ((Room, rooms), (RoomQuestion, room_questions), (Player, players), (Answer, answers)):
            bulk_insert(self.conn, table.__table__, rows)
        return [row["id"] for row in rooms]

    def fix_sequences(self) -> None:
        if self.conn.dialect.name != "postgresql":
            return
        for table in ("classrooms", "rooms", "players", "answers", "roster_students", "room_questions"):
            self.conn.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            )


def seed(url: str, total_answers: int) -> dict[str, int]:
    """Fill the database; returns the ids of what is measured."""
    per_room = PLAYERS_PER_ROOM * 10
    measured = MEASURED_ROOMS * per_room
    rest = max(0, total_answers - measured)
    app = bench_app(url)
    with app.app_context(), db.engine.begin() as conn:
        bulk_insert(
            conn,
            Teacher.__table__,
            [
                {"id": 1, "email": "bench@example.org", "name": "Bench", "password_hash": "x", "created_at": START},
            ],
        )
        seeder = Seeder(conn, add_questions(conn))
        seeder.classroom(1, "Measured class")
        roster = seeder.roster(1, PLAYERS_PER_ROOM)
        measured_rooms = seeder.rooms(1, [per_room] * MEASURED_ROOMS, roster)
        seeder.classroom(2, "Everyone else")
        # A few hundred rooms at a time keeps the row dicts in memory small.
        counts = [per_room] * (rest // per_room) + ([rest % per_room] if rest % per_room else [])
        for start in range(0, len(counts), 200):
            seeder.rooms(2, counts[start : start + 200], None)
        seeder.fix_sequences()
    with app.app_context(), db.engine.connect() as conn:
        # A bulk load leaves the planner without statistics (and PostgreSQL without a visibility map)
        # until autovacuum comes by, which it would do in the middle of the timing; a database in
        # use has been vacuumed and analysed, and a deployment that restores a dump does it too.
        vacuum = "VACUUM ANALYZE" if conn.dialect.name == "postgresql" else "ANALYZE"
        conn.execution_options(isolation_level="AUTOCOMMIT").execute(text(vacuum))
        db.engine.dispose()
    return {"room": measured_rooms[0], "classroom": 1, "export_classroom": 2, "export_rows": rest}


class NullSink:
    """Keeps nothing of what the export writes; counts the CSV lines (the bench's cells hold no line breaks)."""

    def __init__(self) -> None:
        self.lines = 0

    def write(self, text: str) -> None:
        self.lines += text.count("\r\n")


def _room_report(session: Any, room_id: int) -> Any:
    return build_report(report_rows(session, room_id=room_id))


def _export_classroom(session: Any, classroom_id: int, sink: NullSink) -> None:
    """The classroom's answers CSV, as the export view streams it."""
    for chunk in csv_chunks(*answers_table(*stream_answer_rows(session, classroom_id=classroom_id))):
        sink.write(chunk)


LATENCIES = {
    "room leaderboard (ms)": lambda session, ids: room_leaderboard(session, ids["room"]),
    "classroom report (ms)": lambda session, ids: build_report(report_rows(session, classroom_id=ids["classroom"])),
    "room report (ms)": lambda session, ids: _room_report(session, ids["room"]),
}


def measure_latencies(urls: dict[int, str], ids: dict[int, dict[str, int]], rounds: int) -> dict[int, dict[str, float]]:
    """Median milliseconds per operation and size; each round times every size once, in turn."""
    apps = {size: bench_app(url) for size, url in urls.items()}
    samples: dict[int, dict[str, list[float]]] = {size: {name: [] for name in LATENCIES} for size in urls}
    sizes = list(urls)
    for round_ in range(rounds + 1):  # round 0 warms up caches and connections and is not counted
        for size in sizes if round_ % 2 else reversed(sizes):
            with apps[size].app_context():
                for name, operation in LATENCIES.items():
                    started = time.perf_counter()
                    operation(db.session, ids[size])
                    if round_:
                        samples[size][name].append((time.perf_counter() - started) * 1000)
                db.session.remove()
    for app in apps.values():
        with app.app_context():
            db.engine.dispose()
    return {size: {name: median(values) for name, values in by_name.items()} for size, by_name in samples.items()}


def _status_kb(field: str) -> int | None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak_rss() -> bool:
    """Linux lets a process reset its peak resident size (VmHWM) by writing 5 to clear_refs."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        return False
    return True


def measure_export(url: str, ids: dict[str, int], runs: int) -> dict[str, float]:
    """Rows per second (median of `runs`, wall and per CPU second of this process) and peak memory growth."""
    app = bench_app(url)
    rates, cpu_rates = [], []
    with app.app_context():
        gc.collect()
        # From before the first export on: whatever the export keeps (caches, buffers) counts. Right
        # after the reset the peak is the current size, and it only grows from there.
        rss_before = _status_kb("VmHWM") if _reset_peak_rss() else None
        for run in range(runs + 1):  # run 0 warms up the connection and the database's cache
            sink = NullSink()
            wall, cpu = time.perf_counter(), time.process_time()
            _export_classroom(db.session, ids["export_classroom"], sink)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            db.session.remove()
            rows = sink.lines - 1
            if rows != ids["export_rows"]:
                raise SystemExit(f"the export wrote {rows:,} rows, expected {ids['export_rows']:,}")
            if run:
                rates.append(rows / wall)
                cpu_rates.append(rows / cpu)
        rss_peak = _status_kb("VmHWM")
        gc.collect()
        tracemalloc.start()
        baseline = tracemalloc.get_traced_memory()[0]
        _export_classroom(db.session, ids["export_classroom"], NullSink())
        heap_peak = (tracemalloc.get_traced_memory()[1] - baseline) / 1e6
        tracemalloc.stop()
        db.session.remove()
        db.engine.dispose()
    return {
        "export rows": ids["export_rows"],
        "export (rows/s)": median(rates),
        "export (rows per CPU second)": median(cpu_rates),
        # The kernel folds each thread's RSS count in every 64 page faults, so a flat run can read a
        # hair below zero: shown as 0.
        "export peak RSS growth (MB)": max(0.0, (rss_peak - rss_before) / 1000)
        if rss_before and rss_peak
        else float("nan"),
        "export peak Python heap growth (MB)": heap_peak,
    }


def run_backend(backend: str, sizes: list[int], rounds: int, runs: int) -> dict[int, dict[str, float]]:
    with ExitStack() as stack:
        urls, ids = {}, {}
        for size in sizes:
            urls[size] = stack.enter_context(bench_database(backend))
            started = time.perf_counter()
            ids[size] = seed(urls[size], size)
            print(f"[{backend}] seeded {size:,} answers in {time.perf_counter() - started:.1f} s", flush=True)
        results = measure_latencies(urls, ids, rounds)
        print(f"[{backend}] timed leaderboards and report, {rounds} rounds; exporting", flush=True)
        results[sizes[-1]].update(measure_export(urls[sizes[-1]], ids[sizes[-1]], runs))
    return results


def _figure(value: float) -> str:
    return f"{value:,.1f}" if value < 1e4 else f"{value:,.0f}"


def print_results(backend: str, sizes: list[int], results: dict[int, dict[str, float]], rounds: int, runs: int) -> None:
    first, last = sizes[0], sizes[-1]
    print()
    print(f"Scale on {backend}: latencies are medians of {rounds} alternating rounds; export: median of {runs} runs")
    print()
    headers = ["measure"] + [f"{size:,} answers" for size in sizes] + [f"ratio {last:,} / {first:,}", "goal", "met"]
    rows = []
    for name in LATENCIES:
        values = [results[size][name] for size in sizes]
        ratio = values[-1] / values[0]
        rows.append([name, *map(_figure, values), f"{ratio:.2f}", "ratio <= 2", "yes" if ratio <= 2 else "NO"])
    export = results[last]
    blanks = [""] * (len(sizes) - 1)
    goals = {
        "export (rows/s)": ("rows/s >= 100,000", export["export (rows/s)"] >= 100_000),
        "export peak RSS growth (MB)": ("< 100 MB", export["export peak RSS growth (MB)"] < 100),
        "export peak Python heap growth (MB)": ("< 100 MB", export["export peak Python heap growth (MB)"] < 100),
    }
    for name in (
        "export rows",
        "export (rows/s)",
        "export (rows per CPU second)",
        "export peak RSS growth (MB)",
        "export peak Python heap growth (MB)",
    ):
        goal, met = goals.get(name, ("", None))
        rows.append([name, *blanks, _figure(export[name]), "", goal, "" if met is None else ("yes" if met else "NO")])
    print_table(headers, rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=("both", "postgresql", "sqlite"), default="both")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=15, help="timed rounds of the leaderboards and report")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of the export")
    args = parser.parse_args(argv)
    backends = ("postgresql", "sqlite") if args.backend == "both" else (args.backend,)
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    results = {backend: run_backend(backend, args.sizes, args.rounds, args.runs) for backend in backends}
    for backend in backends:
        print_results(backend, args.sizes, results[backend], args.rounds, args.runs)
    print()
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
