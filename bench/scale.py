"""Scale benchmark: do leaderboards, reports and the CSV export stay fast as the answers pile up?

    python -m bench.scale                      # PostgreSQL (QUIZGAME_TEST_POSTGRES_URL), 1,000 and 1,000,000 answers
    python -m bench.scale --backend sqlite
    python -m bench.scale --sizes 1000 100000  # other sizes

For each size it builds a fresh database: one measured classroom (3 rooms x 30 rostered students x
10 questions = 900 answers) and, for the rest of the answers, a big classroom of rooms of 30
players. The leaderboards and the report are timed on the measured classroom and its first room,
which are the same at every size, so any slow-down is what the other rows cost. The export is
timed over the big classroom: nearly all the answers, written as CSV to a null sink, with the
peak memory (tracemalloc) it needed above the baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any, Callable, Iterator

if __package__ in (None, ""):  # run as a file: python bench/scale.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "bench"

from sqlalchemy import text

from bench.common import add_questions, bench_app, bench_database, bulk_insert, median, print_table, room_code
from quizgame.extensions import db
from quizgame.models import Answer, Classroom, Player, Room, RoomQuestion, RosterStudent, Teacher

PLAYERS_PER_ROOM = 30
MEASURED_ROOMS = 3
START = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.timezone.utc)


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
        bulk_insert(self.conn, Classroom.__table__, [
            {"id": classroom_id, "teacher_id": 1, "name": name, "archived": False, "created_at": START},
        ])

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
            rooms.append({
                "id": room_id, "classroom_id": classroom_id, "code": room_code(room_id), "title": f"Room {room_id}",
                "mode": "self_paced", "scoring": "speed", "seconds_per_question": 60, "shuffle_questions": False,
                "shuffle_choices": False, "show_explanations": True, "leaderboard": "live", "late_join": True,
                "status": "closed", "phase": "finished", "current_position": None, "question_started_at": None,
                "paused_remaining_ms": None, "version": 0, "created_at": created, "opened_at": created,
                "closed_at": created + dt.timedelta(minutes=30),
            })
            room_questions += [
                {"room_id": room_id, "position": p, "question_id": q} for p, q in enumerate(self.questions)
            ]
            seat = 0
            while wanted > 0:
                player_id = self.next_id("players")
                joined = created + dt.timedelta(seconds=seat)
                players.append({
                    "id": player_id, "room_id": room_id, "nickname": f"Player {seat:02d}",
                    "rejoin_token": f"rejoin-{player_id}", "browser_id": f"browser-{player_id}",
                    "roster_student_id": roster[seat] if roster else None, "removed": False,
                    "joined_at": joined, "last_seen_at": joined,
                })
                for position, question_id in enumerate(self.questions[: min(wanted, len(self.questions))]):
                    correct = (player_id + position) % 3 != 0
                    answers.append({
                        "id": self.next_id("answers"), "player_id": player_id, "question_id": question_id,
                        "chosen": [0 if correct else 1], "correct": correct, "credit": 1.0 if correct else 0.0,
                        "points": 800 if correct else 0, "response_ms": 2000 + (player_id * 37 + position * 101) % 9000,
                        "answered_at": joined + dt.timedelta(seconds=10 * (position + 1)),
                    })
                wanted -= min(wanted, len(self.questions))
                seat += 1
        for table, rows in ((Room, rooms), (RoomQuestion, room_questions), (Player, players), (Answer, answers)):
            bulk_insert(self.conn, table.__table__, rows)
        return [row["id"] for row in rooms]

    def fix_sequences(self) -> None:
        if self.conn.dialect.name != "postgresql":
            return
        for table in ("classrooms", "rooms", "players", "answers", "roster_students", "room_questions"):
            self.conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"))


def seed(url: str, total_answers: int) -> dict[str, int]:
    """Fill the database; returns the ids of what is measured."""
    per_room = PLAYERS_PER_ROOM * 10
    measured = MEASURED_ROOMS * per_room
    rest = max(0, total_answers - measured)
    app = bench_app(url)
    with app.app_context(), db.engine.begin() as conn:
        bulk_insert(conn, Teacher.__table__, [
            {"id": 1, "email": "bench@example.org", "name": "Bench", "password_hash": "x", "created_at": START},
        ])
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
        # A bulk load leaves the planner without statistics until autovacuum comes by; a deployment
        # that restores a dump runs ANALYZE too.
        conn.execute(text("ANALYZE"))
        conn.commit()
        db.engine.dispose()
    return {"room": measured_rooms[0], "classroom": 1, "export_classroom": 2, "export_rows": rest}


def time_ms(operation: Callable[[], Any], repeat: int = 15) -> float:
    """Median wall time of `operation` in milliseconds, after one warm-up call."""
    operation()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        operation()
        samples.append((time.perf_counter() - started) * 1000)
    return median(samples)


class NullSink(io.TextIOBase):
    """Counts what the export writes without keeping it, so memory is the export's own."""

    def __init__(self) -> None:
        self.chars = 0

    def write(self, text: str) -> int:
        self.chars += len(text)
        return len(text)


def _room_report(session: Any, room_id: int) -> Any:
    from quizgame.game.report_rows import report_rows
    from quizgame.game.reports import build_report

    return build_report(report_rows(session, room_id=room_id))


def _export_classroom(session: Any, classroom_id: int, sink: io.TextIOBase) -> int:
    """The classroom's answers CSV, as the export view streams it; returns the number of rows."""
    from quizgame.game.export import answers_table, csv_chunks
    from quizgame.game.report_rows import stream_answer_rows

    counted = 0

    def counting(rows: Iterator[Any]) -> Iterator[Any]:
        nonlocal counted
        for row in rows:
            counted += 1
            yield row

    questions, answers = stream_answer_rows(session, classroom_id=classroom_id)
    # Counted as they come from the database, so the table and the writer run as the view runs them.
    for chunk in csv_chunks(*answers_table(questions, counting(answers))):
        sink.write(chunk)
    return counted


def _available(name: str, operation: Callable[[], Any]) -> bool:
    try:
        operation()
    except ImportError as exc:
        print(f"  {name}: not measured ({exc})", flush=True)
        return False
    return True


def measure(url: str, ids: dict[str, int]) -> dict[str, float]:
    from quizgame.game.leaderboard import classroom_leaderboard, room_leaderboard

    app = bench_app(url)
    figures: dict[str, float] = {}
    nan = float("nan")
    with app.app_context():
        session = db.session
        figures["room leaderboard (ms)"] = time_ms(lambda: room_leaderboard(session, ids["room"]))
        figures["classroom leaderboard (ms)"] = time_ms(lambda: classroom_leaderboard(session, ids["classroom"]))
        report = lambda: _room_report(session, ids["room"])  # noqa: E731
        figures["room report (ms)"] = time_ms(report) if _available("room report", report) else nan
        session.remove()
        figures.update(_measure_export(session, ids) if _available("export", lambda: _export_classroom(session, 0, NullSink())) else {})
        db.engine.dispose()
    return figures


def _measure_export(session: Any, ids: dict[str, int]) -> dict[str, float]:
    sink = NullSink()
    tracemalloc.start()
    baseline = tracemalloc.get_traced_memory()[0]
    started = time.perf_counter()
    rows = _export_classroom(session, ids["export_classroom"], sink)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] - baseline
    tracemalloc.stop()
    session.remove()
    return {
        "export rows": rows,
        "export (rows/s)": rows / elapsed if elapsed else float("inf"),
        "export peak memory (MB)": peak / 1e6,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 1_000_000])
    args = parser.parse_args(argv)
    results: dict[int, dict[str, float]] = {}
    for size in args.sizes:
        with bench_database(args.backend) as url:
            started = time.perf_counter()
            ids = seed(url, size)
            print(f"[{args.backend}] seeded {size:,} answers in {time.perf_counter() - started:.1f} s", flush=True)
            results[size] = measure(url, ids)
    names = list(results[args.sizes[0]])
    print()
    print(f"Scale on {args.backend} (median of 15 runs; export: once, with tracemalloc)")
    print()
    headers = ["measure"] + [f"{size:,} answers" for size in args.sizes]
    if len(args.sizes) > 1:
        headers.append(f"ratio {args.sizes[-1]:,} / {args.sizes[0]:,}")
    rows = []
    for name in names:
        values = [results[size][name] for size in args.sizes]
        row = [name] + [f"{v:,.1f}" if v < 1e4 else f"{v:,.0f}" for v in values]
        if len(args.sizes) > 1:
            row.append(f"{values[-1] / values[0]:.2f}" if values[0] and "(ms)" in name else "")
        rows.append(row)
    print_table(headers, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
