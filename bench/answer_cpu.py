"""Benchmark: the server's CPU per live answer, in-process, on a quiet or a busy machine alike.

Wall-clock figures need an idle machine; CPU time does not. Here one process plays a live room of
N students (seeded as bench/live.py seeds them, with CSRF and rate limits on, as in production) and
sends each student's answer to the app as gunicorn would, a WSGI call with the student's cookie,
CSRF header and form, one after another. Its worker's hub follows the room (as it does when the
students stream from the worker), so an answer's reply is the hub's, not a fresh read. What is
timed is the calling thread's CPU (time.thread_time) over the calls: the request's own work, the
answer desk's statements (each answer alone, a batch of one) and the reply; the hub's thread, the
database server and the client's request building are outside it. With --burst N, N threads send
the answers at once, as a class does, so the desk takes them in batches; what is timed is then the
whole process's CPU (time.process_time), the hub's thread with it (its ticks count the class).

Each round opens a question, takes every student's answer, and reveals. Printed: per round and
path, µs of CPU per answer, with each path's ratio against the first (`flask`: the Flask view the
answer route had before the lean route, reached below the lean route; `lean`: the route as the
app serves it). Answers are also checked: every one 200 and stored once.

    python bench/answer_cpu.py                       # SQLite and PostgreSQL, 1,000 students, 3 rounds
    python bench/answer_cpu.py --backend postgresql --students 2000 --rounds 2
    python bench/answer_cpu.py --profile lean        # cProfile's top of one path, after the figures
    python bench/answer_cpu.py --burst 64            # 64 threads at once: the desk's batches, the process's CPU
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import secrets
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from itsdangerous import URLSafeTimedSerializer
from werkzeug.test import EnvironBuilder

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import bench_database, print_table  # noqa: E402
from quizgame import create_app  # noqa: E402
from quizgame.extensions import db  # noqa: E402
from quizgame.game.live import machine  # noqa: E402
from quizgame.game.live import snapshot as live_snapshot  # noqa: E402
from quizgame.game.live.questions import question_count  # noqa: E402
from quizgame.models import Room, RoomPhase, utcnow  # noqa: E402
from quizgame.web.live.push import hub_for, stop_hub  # noqa: E402
from tests.gunicorn_server import SECRET_KEY  # noqa: E402
from tests.live_setup import seed_live_game, stored_answers  # noqa: E402

Wsgi = Callable[[dict[str, Any], Callable[..., Any]], Any]


def flask_path(app: Any) -> Wsgi:
    """The Flask app itself, below any route served before it (quizgame.web.live.lean_answer)."""
    lean = app.extensions.get("lean_answers")
    return lean.below if lean is not None else app.wsgi_app


def student_cookies(app: Any, code: str, tokens: list[str]) -> list[tuple[str, str]]:
    """Each student's session cookie (their player, a browser id and a CSRF token, as after the
    student's page) and the page's CSRF token: the same for all their answers, as in a browser."""
    session = app.session_interface.get_signing_serializer(app)
    csrf = URLSafeTimedSerializer(app.secret_key, salt="wtf-csrf-token")
    cookies = []
    for token in tokens:
        raw = secrets.token_hex(20)
        cookie = session.dumps({"players": {code: token}, "browser_id": secrets.token_urlsafe(12), "csrf_token": raw})
        cookies.append((cookie, csrf.dumps(raw)))
    return cookies


def student_requests(code: str, cookies: list[tuple[str, str]], position: int, choice: int) -> list[dict[str, Any]]:
    """Each student's answer as gunicorn hands it to the app: their cookie, the X-CSRFToken header,
    the form (as the bench's clients send it)."""
    environs = []
    for cookie, csrf in cookies:
        builder = EnvironBuilder(
            path=f"/live/play/{code}/answer",
            method="POST",
            base_url="http://localhost",
            data=urlencode({"position": position, "choice": choice}),
            content_type="application/x-www-form-urlencoded",
            headers={
                "Cookie": f"session={cookie}",
                "X-CSRFToken": csrf,
                "Accept": "application/json",
                "Origin": "http://localhost",
                "Sec-Fetch-Site": "same-origin",
                "User-Agent": "Mozilla/5.0 (bench)",
            },
        )
        environs.append(builder.get_environ())
    return environs


def call(wsgi: Wsgi, environ: dict[str, Any]) -> tuple[str, bytes]:
    status: list[str] = []

    def start_response(line: str, _headers: Any, _exc: Any = None) -> Callable[[bytes], None]:
        status.append(line)
        return lambda _data: None

    body = wsgi(environ, start_response)
    try:
        data = b"".join(body)
    finally:
        if hasattr(body, "close"):
            body.close()
    return status[0], data


def open_next(app: Any, room_id: int) -> int:
    """The teacher's "next" until the next question is open (the first: "start"), committed as the
    presenter's control commits it; the room's new version."""
    with app.app_context():
        room = db.session.get(Room, room_id, with_for_update=True)
        assert room is not None
        count = question_count(db.session, room_id)
        step = machine.start if room.phase == RoomPhase.LOBBY else machine.advance
        step(room, utcnow(), count)
        if room.phase == RoomPhase.REVEAL:
            machine.advance(room, utcnow(), count)
        live_snapshot.publish(db.session, room)
        db.session.commit()
        version = room.version
        db.session.remove()
    return version


def one_round(
    app: Any, wsgi: Wsgi, environs: list[dict[str, Any]], profile: cProfile.Profile | None, burst: int
) -> float:
    """The CPU seconds for the answers; every one must be taken. One after another: the calling
    thread's CPU. In a burst (`burst` threads sending at once, so the desk takes them in batches):
    the whole process's, its hub included."""
    clock = time.process_time if burst > 1 else time.thread_time
    started = clock()
    if profile is not None:
        profile.enable()
    if burst > 1:
        with ThreadPoolExecutor(burst) as pool:
            replies = list(pool.map(lambda environ: call(wsgi, environ), environs))
    else:
        replies = [call(wsgi, environ) for environ in environs]
    if profile is not None:
        profile.disable()
    spent = clock() - started
    failures = [(status, body[:200]) for status, body in replies if not status.startswith("200")]
    if failures:
        raise SystemExit(f"{len(failures)} answers failed, e.g. {failures[0]}")
    return spent


def bench(
    backend: str, students: int, rounds: int, paths: list[str], profiled: str | None, burst: int = 1
) -> list[dict[str, Any]]:
    rows = []
    with bench_database(backend) as url:
        game = seed_live_game(url, players=students, questions=rounds * len(paths), seconds_per_question=600)
        tokens = [row for row in _tokens(url, game.room_id)]
        app = create_app(
            {
                "DATABASE_URL": url,
                "SECRET_KEY": SECRET_KEY,
                "LIVE_POLL_MS": 200,
                "LOG_LEVEL": "WARNING",
            }
        )
        cookies = student_cookies(app, game.code, tokens)
        hub = hub_for(app)
        following = threading.Event()
        done = threading.Event()

        def follow() -> None:  # a student's stream holds the room on this worker's hub
            with hub.following(game.room_id):
                following.set()
                done.wait()

        follower = threading.Thread(target=follow, daemon=True)
        follower.start()
        following.wait(10)
        profile = cProfile.Profile(time.thread_time) if profiled else None  # CPU, not wall
        position = 0
        try:
            for round_no in range(rounds):
                for path in paths:
                    version = open_next(app, game.room_id)
                    hub.wait(game.room_id, version - 1, 10)  # the hub has read the open question
                    wsgi = flask_path(app) if path == "flask" else app.wsgi_app
                    environs = student_requests(game.code, cookies, position, game.questions[position].wrong)
                    lean = app.extensions.get("lean_answers")
                    served = lean.served if lean is not None else 0
                    seconds = one_round(app, wsgi, environs, profile if path == profiled else None, burst)
                    served = (lean.served if lean is not None else 0) - served
                    stored = sum(1 for _, p in stored_answers(url, game.room_id) if p == position)
                    rows.append(
                        {
                            "backend": backend,
                            "round": round_no + 1,
                            "path": path,
                            "answers": len(environs),
                            "stored": stored,
                            "lean": served,  # replied to by the answer's own route
                            "us_per_answer": seconds * 1e6 / len(environs),
                        }
                    )
                    # Every student answered: the hub reveals within a tick. The teacher's "next" waits for
                    # it (on SQLite a reveal read before the next question opened would undo it).
                    hub.wait(game.room_id, version, 10)
                    position += 1
        finally:
            done.set()
            follower.join(5)
            stop_hub(app)
            with app.app_context():
                db.engine.dispose()
                for engine in app.extensions.get("quizgame_engines", ()):
                    engine.dispose()
        if profile is not None:
            out = io.StringIO()
            pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(45)
            print(out.getvalue(), file=sys.stderr)
    return rows


def _tokens(url: str, room_id: int) -> list[str]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return list(
                connection.execute(
                    text("SELECT rejoin_token FROM players WHERE room_id = :room ORDER BY id"), {"room": room_id}
                ).scalars()
            )
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--students", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--paths", default="flask,lean", help="comma-separated: flask, lean")
    parser.add_argument("--profile", choices=("flask", "lean"), default=None)
    parser.add_argument(
        "--burst", type=int, default=1, help="threads sending at once (the desk batches them); 1: one after another"
    )
    args = parser.parse_args(argv)
    paths = args.paths.split(",")
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    with tempfile.TemporaryDirectory():
        rows = [
            row
            for backend in backends
            for row in bench(backend, args.students, args.rounds, paths, args.profile, args.burst)
        ]
    base = {(row["backend"], row["round"]): row["us_per_answer"] for row in rows if row["path"] == paths[0]}
    print_table(
        [
            "backend",
            "round",
            "path",
            "answers",
            "stored",
            "by the lean route",
            "CPU per answer (µs)",
            f"ratio to {paths[0]}",
        ],
        [
            (
                row["backend"],
                row["round"],
                row["path"],
                row["answers"],
                row["stored"],
                row["lean"],
                f"{row['us_per_answer']:,.0f}",
                f"{row['us_per_answer'] / base[(row['backend'], row['round'])]:.2f}",
            )
            for row in rows
        ],
    )
    bad = [row for row in rows if row["stored"] != row["answers"]]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
