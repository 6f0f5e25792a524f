"""Live games, the student's side: the page, the polling fallback, the event stream and answers.

Every student's device follows the room by its stream (fed by this worker's hub: one read of each
version for all the streams a worker holds) or, where streams break, by polling the JSON state.
Answers are POST forms with CSRF, sent by the page's JavaScript with fetch.
"""

from __future__ import annotations

import datetime as dt

from flask import Response, abort, current_app, flash, redirect, render_template, url_for
from flask_wtf.csrf import generate_csrf

from quizgame.extensions import db
from quizgame.game.live import machine
from quizgame.game.live import snapshot as live_snapshot
from quizgame.game.live.answers import question_and_streak, take_live_answer
from quizgame.game.live.machine import LiveError
from quizgame.game.live.polling import reveal_if_all_answered
from quizgame.game.live.snapshot import Snapshot
from quizgame.game.play.rules import AnswerRefused
from quizgame.game.play.seat import Earned, Seat
from quizgame.models import Player, Room, RoomMode
from quizgame.web.common import stream_caps, student
from quizgame.web.common.clock import now
from quizgame.web.common.limits import charge, client_address
from quizgame.web.live import bp
from quizgame.web.live.forms import AnswerForm
from quizgame.web.live.push import running_hub, student_stream
from quizgame.web.live.responses import polled, rendered, state_response, wants_json
from quizgame.web.live.states import release_connection, student_state, student_state_and_room, student_state_for


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
    return render_template("live/student.html", room=room, state=state, fragment=rendered(state))


@bp.get("/play/<code>/state")
def student_json(code: str) -> Response:
    player = _live_player_or_404(code)
    player_id, room_id = player.id, player.room_id
    return polled(room_id, False, lambda: student_state_for(player_id, room_id))


@bp.get("/play/<code>/events")
def student_events(code: str) -> Response:
    """The student's stream, fed by this worker's hub (quizgame.web.live.push), counted against
    the caps per player and per address (quizgame.web.common.stream_caps)."""
    player = _live_player_or_404(code)
    player_id, room_id, token = player.id, player.room_id, player.rejoin_token
    release_connection()
    response = student_stream(room_id, player_id)
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
    Lateness is judged by when the request reached this worker, read before anything waits for a
    database connection (a class's answers arrive together), with the grace of
    machine.ANSWER_GRACE_MS for the network.
    A class answers within seconds, so this is kept short: the player with the room, the
    question with the streak, two INSERTs, the rate limit's count, one commit; where this worker
    streams the room, its hub counts the class and holds the snapshot (_snapshot_after_answer),
    elsewhere one count and the snapshot are read here. Every answer POST is counted against RATELIMIT_ANSWER, a refused one too; one over
    the limit is rolled back with its count."""
    at = now()
    player = _live_player_or_404(code)
    room = player.room
    player_id, room_id = player.id, room.id
    form = AnswerForm()
    try:
        if not form.validate():
            raise LiveError(next(iter(form.errors.values()))[0])
        response_ms = machine.check_answer(room, form.position.data, at)
        assert room.current_position is not None and room.question_started_at is not None
        question, streak = question_and_streak(db.session, room.id, room.current_position, player_id)
        assert question is not None
        taken = take_live_answer(db.session, room, player, question, form.choice.data, response_ms, at, streak)
        snapshot = _snapshot_after_answer(room, at)
        seat = Seat(
            player_id,
            player.rejoin_token,
            player.nickname,
            player.removed,
            earned=Earned(taken.correct, taken.credit, taken.points),
        )
    except (LiveError, AnswerRefused) as exc:
        db.session.rollback()
        charge("answer", student.browser_id())
        db.session.commit()
        return _answer_result(player_id, room_id, code, str(exc))
    charge("answer", student.browser_id())
    db.session.commit()
    if not wants_json():
        return redirect(url_for("live.play", code=code))
    assert snapshot is not None
    return state_response(student_state(snapshot, seat, generate_csrf()))


def _snapshot_after_answer(room: Room, at: dt.datetime) -> Snapshot | None:
    """The room's state for the answer's reply. Where this worker's hub follows the room, the hub
    settles the question once everyone has answered and holds the version's snapshot: no query.
    Elsewhere the answer counts the class itself (the last one reveals) and reads the snapshot."""
    hub = running_hub(current_app._get_current_object())  # type: ignore[attr-defined]
    if hub is not None and hub.follows(room.id):
        edition = hub.edition(room.id, room.version)
        if edition is not None and edition.snapshot is not None:
            return edition.snapshot
    elif reveal_if_all_answered(db.session, room, at):
        return live_snapshot.publish(db.session, room)
    return live_snapshot.current(db.session, room.id, commit=False)


def _answer_result(player_id: int, room_id: int, code: str, error: str | None) -> Response:
    if wants_json():
        return state_response(student_state_for(player_id, room_id), 409 if error else 200, error)
    if error:
        flash(error, "error")
    return redirect(url_for("live.play", code=code))
