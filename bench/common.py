"""What the benchmarks share: a throwaway migrated database, bench questions, fast bulk inserts."""

from __future__ import annotations

import datetime as dt
import json
import statistics
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Flask
from flask_migrate import upgrade
from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection

from quizgame import create_app
from quizgame.extensions import db
from quizgame.game.join_codes import ALPHABET, LENGTH
from quizgame.models import Question
from tests.databases import throwaway_database

QUESTIONS_PER_GAME = 10


@contextmanager
def bench_database(backend: str) -> Iterator[str]:
    """The URL of a new database with the schema migrated; dropped (or deleted) afterwards."""
    with tempfile.TemporaryDirectory(prefix="quizgame-bench-") as tmp, throwaway_database(backend, Path(tmp)) as url:
        app = bench_app(url)
        with app.app_context():
            upgrade(directory=app.extensions["migrate"].directory)
            db.engine.dispose()
        yield url


def bench_app(url: str, **config: Any) -> Flask:
    return create_app({"SECRET_KEY": "bench-secret", "DATABASE_URL": url, **config})


def bench_questions(count: int = QUESTIONS_PER_GAME) -> list[dict[str, Any]]:
    """Plain four-choice questions; the first choice is right. Rows for the questions table."""
    now = dt.datetime.now(dt.UTC)
    return [
        {
            "id": f"bench-{n:03d}",
            "kind": "who_said",
            "skill": "attribution",
            "prompt": f"Bench question {n}: who said it?",
            "choices": ["A", "B", "C", "D"],
            "correct": [0],
            "explanation": "Because the article says so.",
            "difficulty": 1,
            "control": False,
            "status": "approved",
            "updated_at": now,
        }
        for n in range(count)
    ]


def room_code(n: int) -> str:
    """The n-th six-character code in the join-code alphabet: distinct codes for seeded rooms."""
    chars = []
    for _ in range(LENGTH):
        n, digit = divmod(n, len(ALPHABET))
        chars.append(ALPHABET[digit])
    return "".join(reversed(chars))


def _copy_value(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, (list, dict)) else value


def bulk_insert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """COPY on PostgreSQL, executemany on SQLite: a million rows in seconds, not minutes."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), list(rows))
        return
    columns = list(rows[0])
    raw = conn.connection.driver_connection
    with raw.cursor() as cursor, cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([_copy_value(row[c]) for c in columns])


def add_questions(conn: Connection) -> list[str]:
    rows = bench_questions()
    bulk_insert(conn, Question.__table__, rows)
    return [row["id"] for row in rows]


def percentile(samples: Sequence[float], share: float) -> float:
    """Nearest-rank percentile: the value below which `share` of the samples fall."""
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    index = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[index]


def median(samples: Iterable[float]) -> float:
    return statistics.median(list(samples))


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """A Markdown table, so the output can go straight into README.md."""
    print("| " + " | ".join(headers) + " |")
    print("|" + "|".join(" ---: " if i else " --- " for i in range(len(headers))) + "|")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")
