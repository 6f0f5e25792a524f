"""Live games: the teacher's presenter on the projector and every student's device following it.

Both sides get their state three ways, all built from the database: the page itself, a JSON
state endpoint (the polling fallback, and the answer to every button press) and a Server-Sent
Events stream (see stream). Teacher controls and answers are POST forms with CSRF, which the
pages' JavaScript sends with fetch and the X-CSRFToken header.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from flask import (
    Response,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import login_required
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup

from quizgame.extensions import db
from quizgame.game import rooms
from quizgame.game.fast_path.engines import poll_engine
from quizgame.game.fast_path.raw_rows import version_reader
from quizgame.game.live import machine
from quizgame.game.live import snapshot as live_snapshot
from quizgame.game.live.answers import take_live_answer
from quizgame.game.live.machine import LiveError
from quizgame.game.live.polling import Marker, RoomWatch, reveal_if_all_answered
from quizgame.game.live.presenter import presenter_view
from quizgame.game.live.questions import question_at, question_count, question_passages, tap_tokens
from quizgame.game.live.student_view import Own, OwnAnswer
from quizgame.game.play.rules import AnswerRefused
from quizgame.game.rooms import RoomError
from quizgame.models import Player, Room, RoomMode, RoomPhase, utcnow
from quizgame.web.common import join_links, stream_caps, student
from quizgame.web.common.access import owned_room_or_404
from quizgame.web.common.clock import now
from quizgame.web.common.limits import charge, client_address
from quizgame.web.live import bp
from quizgame.web.live.forms import AnswerForm, ControlForm
from quizgame.web.live.states import (
    release_connection,
    state_dict,
    student_state,
    student_state_and_room,
    student_state_for,
    student_stream_state,
)
from quizgame.web.live.stream import sse_response

Transition = Callable[[Room, dt.datetime, int], None]
CONTROLS: dict[str, Transition] = {
    "start": machine.start,
    "next": machine.advance,
    "skip": machine.skip,
    "pause": lambda room, now, _count: machine.pause(room, now),
    "resume": lambda room, now, _count: machine.resume(room, now),
    "end": lambda room, now, _count: machine.end(room, now),
}


def _wants_json() -> bool:
    return request.accept_mimetypes.best == "application/json"


def _state_response(state: dict[str, Any], status: int = 200, error: str | None = None) -> Response:
    body = dict(state)
    if error:
        body["error"] = error
    response = jsonify(body)
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.app_template_filter("ordinal")
def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


# --- the presenter ------------------------------------------------------------------------------


def _owned_live_room(room_id: int) -> Room:
    room = owned_room_or_404(room_id)
    if room.mode != RoomMode.LIVE:
        abort(404)
    return room


def join_url(room: Room) -> str:
    """The address students type or scan: the join form with the code filled in."""
    return join_links.join_url(room.code)


def presenter_state(room: Room) -> dict[str, Any]:
    view = presenter_view(db.session, room, now())
    question = view.question  # its articles are read before the connection goes back
    passages = question_passages(question, answered=room.phase == RoomPhase.REVEAL) if question else []
    tokens = tap_tokens(question) if question else None
    release_connection()
    marker = Marker(room.version, room.phase, len(view.players), view.answered)
    html = render_template(
        "live/_presenter.html",
        view=view,
        room=room,
        join_url=join_url(room),
        form=ControlForm(),
        passages=passages,
        tap_tokens=tokens,
    )
    return state_dict(room, marker, view.remaining_ms, html)


def _rendered(state: dict[str, Any]) -> Markup:
    """The state's HTML came from our own autoescaped template: every nickname and article text
    in it is already escaped, so the page embeds it as it is."""
    return Markup(state["html"])


def _loaded_room(room_id: int) -> Room:
    """A fresh copy of the room (the marker check may have just changed it)."""
    room = db.session.get(Room, room_id, populate_existing=True)
    if room is None:
        abort(404)
    return room


def _polled(room_id: int, with_counts: bool, render: Callable[[], dict[str, Any]]) -> Response:
    """The polling fallback: 204 while the client's marker is still current, else the state."""
    marker = _marker_reader(room_id, with_counts)()
    if marker is not None and marker == request.args.get("since"):
        return Response(status=204)
    return _state_response(render())


def _marker_reader(room_id: int, with_counts: bool) -> Callable[[], str | None]:
    """The push channel's poll (quizgame.game.live.polling.RoomWatch), made several times a second
    per open stream, with no session and no request context."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    clock = app.config.get("QUIZGAME_CLOCK") or utcnow
    engine = poll_engine(app, db.engine)
    return RoomWatch(engine, db.engine, room_id, clock, with_counts, version_reader(engine, room_id)).token


@bp.get("/rooms/<int:room_id>")
@login_required
def present(room_id: int) -> str:
    room = _owned_live_room(room_id)
    state = presenter_state(room)
    return render_template("live/presenter.html", room=room, state=state, fragment=_rendered(state))


@bp.get("/rooms/<int:room_id>/state")
@login_required
def presenter_json(room_id: int) -> Response:
    _owned_live_room(room_id)
    return _polled(room_id, True, lambda: presenter_state(_loaded_room(room_id)))


@bp.get("/rooms/<int:room_id>/events")
@login_required
def presenter_events(room_id: int) -> Response:
    _owned_live_room(room_id)
    return sse_response(_marker_reader(room_id, True), lambda: presenter_state(_loaded_room(room_id)))


def _control_result(room: Room, error: str | None) -> Response:
    if _wants_json():
        return _state_response(presenter_state(room), 409 if error else 200, error)
    if error:
        flash(error, "error")
    return redirect(url_for("live.present", room_id=room.id))


@bp.post("/rooms/<int:room_id>/<action>")
@login_required
def control(room_id: int, action: str) -> Response:
    transition = CONTROLS.get(action)
    if transition is None:
        abort(404)
    room = _owned_live_room(room_id)
    db.session.refresh(room, with_for_update=True)
    form = ControlForm()
    try:
        if form.version.data is not None and form.version.data != room.version:
            raise LiveError("The game had already moved on; this is where it is now.")
        transition(room, now(), question_count(db.session, room.id))
    except LiveError as exc:
        db.session.rollback()
        return _control_result(room, str(exc))
    live_snapshot.publish(db.session, room)
    db.session.commit()
    return _control_result(room, None)


@bp.get("/rooms/<int:room_id>/end")
@login_required
def confirm_end(room_id: int) -> str | Response:
    """Asks before ending: "End the game" sits next to "Next question" on the projector."""
    room = _owned_live_room(room_id)
    if room.phase == RoomPhase.FINISHED:
        return redirect(url_for("live.present", room_id=room.id))
    return render_template("live/confirm_end.html", room=room)


@bp.post("/rooms/<int:room_id>/players/<int:player_id>/remove")
@login_required
def remove_player(room_id: int, player_id: int) -> Response:
    room = _owned_live_room(room_id)
    db.session.refresh(room, with_for_update=True)
    player = db.session.get(Player, player_id)
    if player is None or player.room_id != room.id:
        abort(404)
    try:
        rooms.remove_player(db.session, room, player)
        reveal_if_all_answered(db.session, room, now())
    except (LiveError, RoomError) as exc:
        db.session.rollback()
        return _control_result(room, str(exc))
    live_snapshot.publish(db.session, room)
    db.session.commit()
    return _control_result(room, None)


# --- the student's device -----------------------------------------------------------------------


def _live_player_or_404(code: str) -> Player:
    player = student.current_player(code, with_removed=True)
    if player is None or player.room.mode != RoomMode.LIVE:
        abort(404)
    return player


@bp.get("/play/<code>")
def play(code: str) -> Response | str:
    player = student.current_player(code, with_removed=True)
    if player is None:
        return redirect(url_for("play.join", code=code))
    if player.room.mode != RoomMode.LIVE:
        abort(404)
    state, room = student_state_and_room(player.id, player.room_id)
    return render_template("live/student.html", room=room, state=state, fragment=_rendered(state))


@bp.get("/play/<code>/state")
def student_json(code: str) -> Response:
    player = _live_player_or_404(code)
    player_id, room_id = player.id, player.room_id
    return _polled(room_id, False, lambda: student_state_for(player_id, room_id))


@bp.get("/play/<code>/events")
def student_events(code: str) -> Response:
    player = _live_player_or_404(code)
    player_id, room_id, token = player.id, player.room_id, player.rejoin_token
    release_connection()
    response = sse_response(_marker_reader(room_id, False), student_stream_state(room_id, player_id))
    config = current_app.config
    response.response = stream_caps.capped(
        response.response,
        {
            f"player:{token}": config["LIVE_STREAMS_PER_PLAYER"],
            f"address:{client_address()}": config["LIVE_STREAMS_PER_ADDRESS"],
        },
    )
    return response


@bp.post("/play/<code>/answer")
def answer(code: str) -> Response:
    """Take a student's answer if the server's clock still allows it. The live clock starts when
    the teacher opens the question: the player's delivery is dated then (shifted by any pause).
    A class answers within seconds, so this is kept short: the player with the room, the
    question, the streak, two INSERTs, one count, the snapshot, the rate limit's count, one
    commit. Every answer POST is counted against RATELIMIT_ANSWER, a refused one too; one over
    the limit is rolled back with its count."""
    player = _live_player_or_404(code)
    room = player.room
    player_id, room_id = player.id, room.id
    form = AnswerForm()
    at = now()
    try:
        if not form.validate():
            raise LiveError(next(iter(form.errors.values()))[0])
        response_ms = machine.check_answer(room, form.position.data, at)
        question = question_at(db.session, room.id, room.current_position)
        assert question is not None and room.question_started_at is not None
        taken = take_live_answer(db.session, room, player, question, form.choice.data, response_ms, at)
        if reveal_if_all_answered(db.session, room, at):
            snapshot = live_snapshot.publish(db.session, room)
        else:
            snapshot = live_snapshot.current(db.session, room_id, commit=False)
        own = Own(
            player_id,
            player.nickname,
            player.removed,
            player.rejoin_token,
            OwnAnswer(taken.correct, taken.credit, taken.points),
        )
    except (LiveError, AnswerRefused) as exc:
        db.session.rollback()
        charge("answer", student.browser_id())
        db.session.commit()
        return _answer_result(player_id, room_id, code, str(exc))
    charge("answer", student.browser_id())
    db.session.commit()
    if not _wants_json():
        return redirect(url_for("live.play", code=code))
    assert snapshot is not None
    return _state_response(student_state(snapshot, own, generate_csrf()))


def _answer_result(player_id: int, room_id: int, code: str, error: str | None) -> Response:
    if _wants_json():
        return _state_response(student_state_for(player_id, room_id), 409 if error else 200, error)
    if error:
        flash(error, "error")
    return redirect(url_for("live.play", code=code))
