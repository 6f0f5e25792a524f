"""The states live pages receive as JSON (pushed, polled, or in reply to a button), and how a
student's is read: from the room's shared snapshot and the student's seat, in one round trip.

Every student's stream builds one at every change of the room, all at the same moment, so this is
the code that decides how a change scales with the class: no session, one query, a small template.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import abort, current_app, render_template
from flask_wtf.csrf import generate_csrf

from quizgame.extensions import db
from quizgame.game.fast_path.engines import poll_engine
from quizgame.game.fast_path.raw_rows import student_state_reader
from quizgame.game.live import machine
from quizgame.game.live.polling import Marker
from quizgame.game.live.snapshot import Snapshot
from quizgame.game.live.student_view import StudentView, read_student_state, student_view
from quizgame.game.play.seat import RoomView, Seat
from quizgame.web.common.clock import now
from quizgame.web.live.shared_render import MARKERS, Mine, mine


def release_connection() -> None:
    """Give the connection back before the template renders. When a room changes, every open
    stream renders at once; holding connections through rendering would empty the pool. The
    loaded rows stay readable (closing does not expire them), and nothing is written after this."""
    db.session.close()


def state_dict(room: machine.Clock, marker: Marker, remaining_ms: int, html: str) -> dict[str, Any]:
    return {
        "marker": marker.token(),
        "version": room.version,
        "phase": room.phase,
        "paused": machine.is_paused(room),
        "remaining_ms": remaining_ms,
        "html": html,
    }


def student_state(snapshot: Snapshot, seat: Seat, csrf: str) -> dict[str, Any]:
    """The shared snapshot of the room's version with this student's seat: no query here."""
    view = student_view(snapshot, seat, now())
    return rendered_state(view, mine(view), csrf)


def rendered_state(view: StudentView, figures: Mine, csrf: str) -> dict[str, Any]:
    """The state of a student's view, with their own figures and form token as given: their own
    (student_state), or markers for every student of their shape (quizgame.web.live.shared_render)."""
    snapshot = view.snapshot
    html = render_template("live/_student.html", view=view, room=view.room, player=view.seat, csrf=csrf, mine=figures)
    state: dict[str, Any] = state_dict(view.room, Marker(snapshot.version, snapshot.phase), view.remaining_ms, html)
    if figures.remaining_ms == MARKERS.remaining_ms:  # rendered for every student of the shape
        state["remaining_ms"] = MARKERS.remaining_ms
    state["poll_ms"] = poll_interval_ms(snapshot.players)
    return state


def poll_interval_ms(players: int) -> int:
    """How often a student's stream (or polling fallback) asks about the room: LIVE_POLL_MS, made
    longer in a room so big that its students' questions alone would keep the database busy
    (LIVE_ROOM_POLLS_PER_SECOND for the whole room)."""
    base = int(current_app.config.get("LIVE_POLL_MS", 200))
    per_second = float(current_app.config.get("LIVE_ROOM_POLLS_PER_SECOND", 1500))
    return max(base, int(players * 1000 / per_second))


def student_state_and_room(player_id: int, room_id: int) -> tuple[dict[str, Any], RoomView]:
    """The current state for one student (one round trip, see student_reader), and the room as
    the snapshot has it (quizgame.game.play.seat.RoomView: no session stays open while the page renders)."""
    state = student_reader(room_id, player_id, generate_csrf())()
    if state is None:
        abort(404)
    return state


def student_state_for(player_id: int, room_id: int) -> dict[str, Any]:
    return student_state_and_room(player_id, room_id)[0]


def student_reader(room_id: int, player_id: int, csrf: str) -> Callable[[], tuple[dict[str, Any], RoomView] | None]:
    """Read and render a student's state (quizgame.game.live.student_view.read_student_state): one
    round trip on the streams' pool in the usual case. `csrf` is the token the answer form
    carries: made once per stream, not at every change. None: the player or the room is gone."""
    read_row = student_state_reader(poll_engine(current_app._get_current_object(), db.engine), player_id)  # type: ignore[attr-defined]

    def read() -> tuple[dict[str, Any], RoomView] | None:
        found = read_student_state(db.session, read_row, room_id, player_id)
        if found is None:
            return None
        snapshot, seat = found
        return student_state(snapshot, seat, csrf), snapshot.room

    return read


def student_stream_state(room_id: int, player_id: int) -> Callable[[], dict[str, Any] | None]:
    """What a student's stream sends at each change."""
    read = student_reader(room_id, player_id, generate_csrf())

    def render() -> dict[str, Any] | None:
        found = read()
        return None if found is None else found[0]

    return render
