"""A student's event stream, fed by this worker's hub (quizgame.game.live.hub).

On connect the stream reads its student's state fresh (one query) and sends it unless the
browser's Last-Event-ID says it has this version already; then it waits on the hub, which reads
each new version once for every stream of the worker. The first stream of each shape of student
renders the state (about a millisecond, in a request context of its own, popped before the next
yield) for all the worker's students of that shape; each stream then puts its student's own
figures in (quizgame.web.live.shared_render). Each event's
SSE `id` is the room's version, so a reconnect resumes where it left: a version missed while the
connection was down is sent at once.

Waiting costs no database connection and, under gunicorn's gevent worker, no thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

from flask import Flask, Response, current_app, request
from flask.globals import request_ctx
from flask_wtf.csrf import generate_csrf

from quizgame.extensions import db
from quizgame.game.fast_path.engines import poll_engine
from quizgame.game.live.hub import Hub
from quizgame.game.live.polling import Marker
from quizgame.game.live.student_view import StudentView, student_view
from quizgame.models import utcnow
from quizgame.web.live import stream
from quizgame.web.live.shared_render import Mine, shared_event
from quizgame.web.live.states import rendered_state, student_reader
from quizgame.web.live.stream import event_response, format_event, stream_seconds

_lock = threading.Lock()
GONE = {"message": "This game is no longer available."}


def hub_for(app: Flask) -> Hub:
    """This process's hub for the app, made on the first stream."""
    with _lock:
        hub = app.extensions.get("live_hub")
        if hub is None:
            with app.app_context():
                engine = poll_engine(app, db.engine)
                write = db.engine
            clock = app.config.get("QUIZGAME_CLOCK") or utcnow
            hub = app.extensions["live_hub"] = Hub(
                engine, write, clock, float(app.config.get("LIVE_POLL_MS", 200)) / 1000
            )
        return hub


def running_hub(app: Flask) -> Hub | None:
    """This process's hub, if a stream has made one."""
    return app.extensions.get("live_hub")


def stop_hub(app: Flask) -> None:
    """Stop the app's hub, if it has one (its LISTEN connection closes with it)."""
    with _lock:
        hub = app.extensions.pop("live_hub", None)
    if hub is not None:
        hub.stop()


def last_event_version(header: str | None) -> int | None:
    """The version the browser last received (`id:`, or the older "version.players.answered")."""
    try:
        return int((header or "").split(".")[0])
    except ValueError:
        return None


def student_stream(room_id: int, player_id: int) -> Response:
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    hub = hub_for(app)
    original = request_ctx.copy()
    csrf = generate_csrf()  # once per stream: the answer form in every state carries it
    read = student_reader(room_id, player_id, csrf)
    last = last_event_version(request.headers.get("Last-Event-ID"))
    seconds = stream_seconds(app.config)
    poll_ms = int(app.config.get("LIVE_POLL_MS", 200))
    clock = app.config.get("QUIZGAME_CLOCK") or utcnow

    def in_context(step: Any) -> Any:
        with app.app_context(), original.copy():
            return step()

    def render(view: StudentView, figures: Mine, token: str) -> str:
        """A state's event, rendered in a request context of its own (shared_render's miss)."""
        state = in_context(lambda: rendered_state(view, figures, token))
        return format_event("state", state, str(state["version"]))

    def events() -> Iterator[str]:
        yield f"retry: {poll_ms + 250}\n\n"
        started = last_sent = time.monotonic()
        with hub.following(room_id):
            found = in_context(read)
            if found is None:
                yield format_event("gone", GONE)
                return
            state = found[0]
            sent, marker = state["version"], state["marker"]
            if last != sent:
                yield format_event("state", state, str(sent))
            while (left := seconds - (time.monotonic() - started)) > 0:
                edition = hub.wait(room_id, sent, min(left, stream.HEARTBEAT_SECONDS))
                if edition is None:
                    if hub.stopped:
                        return
                    if time.monotonic() - last_sent >= stream.HEARTBEAT_SECONDS:
                        yield format_event("heartbeat", {"marker": marker})
                        last_sent = time.monotonic()
                    continue
                snapshot, seat = edition.snapshot, edition.seats.get(player_id)
                if snapshot is None:
                    yield format_event("gone", GONE)
                    return
                if seat is None:  # joined after the hub read this version: read it fresh
                    found = in_context(read)
                    if found is None:
                        yield format_event("gone", GONE)
                        return
                    state = found[0]
                    marker = state["marker"]
                    sent = max(sent, edition.version, state["version"])
                    yield format_event("state", state, str(state["version"]))
                else:
                    view = student_view(snapshot, seat, clock())
                    marker = Marker(snapshot.version, snapshot.phase).token()
                    sent = max(sent, edition.version)
                    yield shared_event(edition.renders, view, csrf, render)
                last_sent = time.monotonic()

    return event_response(events())
