"""Server-Sent Events for live rooms: the event format, the response, and the polled stream.

A student's stream waits on its worker's hub (quizgame.web.live.push). The presenter's stream,
one per room, polls instead: it counts joins and answers, which change no version. It checks its
room every LIVE_POLL_MS (default 200 ms) and sends the full state when the marker changes.

Every stream sends a heartbeat now and then, and ends after LIVE_STREAM_SECONDS (default about
two minutes, jittered so a class does not reconnect in step). The browser's EventSource then
reconnects by itself with Last-Event-ID, and a change made during the reconnect is sent as soon
as it is back. Nothing is kept in a stream but local variables: any worker serves any client.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Iterator
from typing import Any

from flask import Response, current_app, request
from flask.globals import request_ctx

HEARTBEAT_SECONDS = 5.0


def format_event(event: str, data: Any, event_id: str | None = None) -> str:
    lines = []
    if event_id is not None:
        lines.append(f"id: {event_id}")
    lines.append(f"event: {event}")
    lines.append(f"data: {json.dumps(data, separators=(',', ':'))}")
    return "\n".join(lines) + "\n\n"


def event_stream(
    read_marker: Callable[[], str | None],
    render_state: Callable[[], dict[str, Any] | None],
    last_id: str | None,
    seconds: float,
    poll_seconds: float,
    count_seconds: float | None = None,
) -> Iterator[str]:
    """Yield SSE text: the state whenever the marker differs from what the client last saw. A
    state may carry `poll_ms`, the room's own pace (a big room's streams ask less often).

    With `count_seconds` (the presenter's), a change of the answer count alone is a `count` event
    of the marker's figures, not the state, and at most one every `count_seconds`: in a class's
    burst of answers the count changes at every poll, and each state was the whole projector's
    view of the room (every player read, the page rendered and sent)."""
    yield f"retry: {int(poll_seconds * 1000) + 250}\n\n"
    started = last_sent = time.monotonic()
    seen = last_id
    counted = 0.0  # when the last count event went
    while time.monotonic() - started < seconds:
        marker = read_marker()
        if count_seconds is not None and marker is not None and seen is not None and answers_only(seen, marker):
            if time.monotonic() - counted >= count_seconds:
                _version, players, answered = (int(part) for part in marker.split("."))
                yield format_event("count", {"marker": marker, "players": players, "answered": answered}, marker)
                seen, counted = marker, time.monotonic()
                last_sent = counted
            elif time.monotonic() - last_sent >= HEARTBEAT_SECONDS:
                yield format_event("heartbeat", {"marker": seen})
                last_sent = time.monotonic()
            time.sleep(poll_seconds)
            continue
        state = render_state() if marker is not None and marker != seen else None
        if marker is None or (marker != seen and state is None):
            yield format_event("gone", {"message": "This game is no longer available."})
            return
        if state is not None:
            # The marker is read again with the state so a change between the two is not lost.
            seen = state.get("marker", marker)
            poll_seconds = max(poll_seconds, state.get("poll_ms", 0) / 1000)
            yield format_event("state", state, seen)
            last_sent = time.monotonic()
        elif time.monotonic() - last_sent >= HEARTBEAT_SECONDS:
            yield format_event("heartbeat", {"marker": seen})
            last_sent = time.monotonic()
        time.sleep(poll_seconds)


def answers_only(seen: str, marker: str) -> bool:
    """The two markers (quizgame.game.live.polling.Marker.token) differ in the answer count alone."""
    before, now = seen.split("."), marker.split(".")
    return len(before) == len(now) == 3 and before[:2] == now[:2] and before[2] != now[2]


def stream_seconds(config: Any) -> float:
    """How long this stream stays open: LIVE_STREAM_SECONDS, jittered by 15% either way."""
    seconds = float(config.get("LIVE_STREAM_SECONDS", 120))
    return seconds * random.uniform(0.85, 1.15) if seconds > 5 else seconds


def event_response(stream: Iterator[str]) -> Response:
    response = Response(stream, mimetype="text/event-stream")
    response.headers["Cache-Control"] = "no-cache, no-store"
    # Proxies such as nginx must pass events through at once, not buffer them.
    response.headers["X-Accel-Buffering"] = "no"
    return response


def sse_response(
    read_marker: Callable[[], str | None], render_state: Callable[[], dict[str, Any] | None], counts: bool = False
) -> Response:
    """Stream the room. `read_marker` must need no context (it runs several times a second); each
    render runs in a request context of its own, popped before the next yield, so its database
    session goes back to the pool and no context stays pushed while the generator waits. `counts`:
    a new answer count alone is a `count` event, at most LIVE_COUNTS_PER_SECOND (event_stream)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    original = request_ctx.copy()

    def in_context(step: Callable[[], Any]) -> Callable[[], Any]:
        def run() -> Any:
            with app.app_context(), original.copy():
                return step()

        return run

    poll = float(app.config.get("LIVE_POLL_MS", 200)) / 1000
    last_id = request.headers.get("Last-Event-ID")
    count_seconds = 1 / float(app.config.get("LIVE_COUNTS_PER_SECOND", 2)) if counts else None
    return event_response(
        event_stream(read_marker, in_context(render_state), last_id, stream_seconds(app.config), poll, count_seconds)
    )
