"""What the live pages' endpoints have in common: JSON states, the polling fallback's 204, the
state's HTML embedded in the page, and the check the polled channels make (RoomWatch)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import Response, current_app, jsonify, request
from markupsafe import Markup

from quizgame.extensions import db
from quizgame.game.fast_path.engines import poll_engine
from quizgame.game.fast_path.raw_rows import version_reader
from quizgame.game.live.polling import RoomWatch
from quizgame.models import utcnow


def wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json"


def state_response(state: dict[str, Any], status: int = 200, error: str | None = None) -> Response:
    body = dict(state)
    if error:
        body["error"] = error
    response = jsonify(body)
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    return response


def json_response(text: str) -> Response:
    """A state already written as JSON (quizgame.web.live.shared_render), sent as state_response would."""
    return Response(text, mimetype="application/json", headers={"Cache-Control": "no-store"})


def rendered(state: dict[str, Any]) -> Markup:
    """The state's HTML came from our own autoescaped template: every nickname and article text
    in it is already escaped, so the page embeds it as it is."""
    return Markup(state["html"])


def polled(room_id: int, with_counts: bool, render: Callable[[], dict[str, Any]]) -> Response:
    """The polling fallback: 204 while the client's marker is still current, else the state."""
    marker = marker_reader(room_id, with_counts)()
    if marker is not None and marker == request.args.get("since"):
        return Response(status=204)
    return state_response(render())


def marker_reader(room_id: int, with_counts: bool) -> Callable[[], str | None]:
    """The polled channels' check (quizgame.game.live.polling.RoomWatch): the presenter's stream
    several times a second, and each request of the polling fallback; no session, no request
    context."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    clock = app.config.get("QUIZGAME_CLOCK") or utcnow
    engine = poll_engine(app, db.engine)
    return RoomWatch(engine, db.engine, room_id, clock, with_counts, version_reader(engine, room_id)).token
