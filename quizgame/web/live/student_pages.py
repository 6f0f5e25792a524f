"""Live games, the student's side: the page, the polling fallback, the event stream and answers.

Every student's device follows the room by its stream (fed by this worker's hub: one read of each
version for all the streams a worker holds) or, where streams break, by polling the JSON state.
Answers are POST forms with CSRF, sent by the page's JavaScript with fetch.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import replace

from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, url_for
from flask_wtf.csrf import generate_csrf

from quizgame.extensions import db
from quizgame.game.fast_path.answer_rows import Answering
from quizgame.game.live import snapshot as live_snapshot
from quizgame.game.live.hub import Hub
from quizgame.game.live.polling import reveal_if_all_answered
from quizgame.game.live.student_view import StudentView, student_view
from quizgame.game.play.seat import Earned, RoomView, Seat
from quizgame.game.play.submit import Taken
from quizgame.models import Player, Room, RoomMode
from quizgame.web.common import stream_caps, student
from quizgame.web.common.clock import now
from quizgame.web.common.limits import client_address
from quizgame.web.live.answer_batch import take_in_batch
from quizgame.web.live.forms import AnswerForm
from quizgame.web.live.push import running_hub, student_stream
from quizgame.web.live.responses import json_response, polled, rendered, state_response, wants_json
from quizgame.web.live.shared_render import Mine, shared_text
from quizgame.web.live.states import (
    release_connection,
    rendered_state,
    student_state,
    student_state_and_room,
    student_state_for,
)


def _live_player_or_404(code: str) -> Player:
    player = student.current_player(code, with_removed=True)
    if player is None or player.room.mode != RoomMode.LIVE:
        abort(404)
    return player


def play(code: str) -> Response | str:
    player = student.current_player(code, with_removed=True)
    if player is None:
        return redirect(url_for("play.join", code=code))
    if player.room.mode != RoomMode.LIVE:
        abort(404)
    state, room = student_state_and_room(player.id, player.room_id)
    return render_template("live/student.html", room=room, state=state, fragment=rendered(state))


def student_json(code: str) -> Response:
    player = _live_player_or_404(code)
    player_id, room_id = player.id, player.room_id
    return polled(room_id, False, lambda: student_state_for(player_id, room_id))


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


def answer(code: str) -> Response:
    """Take a student's answer if the server's clock still allows it. The live clock starts when
    the teacher opens the question: the player's delivery is dated then (shifted by any pause).
    Lateness is judged by when the request reached this worker, read before anything waits for a
    database connection (a class's answers arrive together), with the grace of
    machine.ANSWER_GRACE_MS for the network.

    A class answers within seconds, so an answer goes through this worker's answer desk
    (quizgame.game.live.answer_desk): alone, it is the seat (the player with the room, the open
    question and the streak) with the rate limit's count, then the delivery with the answer, on an
    autocommit connection (two statements on PostgreSQL, four on SQLite); with others that arrive
    while the database works, one statement each for all of them. Every answer POST is counted
    against RATELIMIT_ANSWER before anything is written, a refused one too; one over the limit
    stores nothing. Where this worker's hub follows the room the reply needs no query
    (_reply_after_answer); elsewhere one count and the snapshot are read."""
    at = now()
    answering, taken, refused = take_in_batch(code, at, AnswerForm())
    return answer_reply(code, at, answering, taken, refused)


def answer_reply(
    code: str, at: dt.datetime, answering: Answering, taken: Taken | None, refused: str | None
) -> Response:
    """The reply to a taken answer (or a refused one), in a request context: this view's, or the
    one the answer's own route pushes where it cannot reply by itself (quizgame.web.live.lean_answer)."""
    room, seat = answering.room, answering.seat
    if refused is not None:
        return _answer_result(seat.player_id, room.id, code, refused)
    if not wants_json():
        return redirect(url_for("live.play", code=code))
    assert taken is not None
    return _reply_after_answer(room, answered_seat(seat, taken), at)


def answered_seat(seat: Seat, taken: Taken) -> Seat:
    return replace(seat, earned=Earned(taken.correct, taken.credit, taken.points))


def _reply_after_answer(room: RoomView, seat: Seat, at: dt.datetime) -> Response:
    """The room's state with the student's answer in it. Where this worker's hub follows the room,
    the hub settles the question once everyone has answered and holds the version's snapshot: no
    query, and the reply is rendered once per shape of student (shared_render), as the streams'
    events are. Elsewhere the answer counts the class itself (the last one reveals) and reads the
    snapshot."""
    hub = running_hub(current_app._get_current_object())  # type: ignore[attr-defined]
    if hub is not None and hub.follows(room.id):
        text = hub_reply(hub, room, seat, now(), generate_csrf(), reply_json)
        if text is not None:
            return json_response(text)
        snapshot = live_snapshot.current(db.session, room.id, commit=False)
    else:
        found = db.session.get(Room, room.id)
        assert found is not None
        if reveal_if_all_answered(db.session, found, at):
            snapshot = live_snapshot.publish(db.session, found)
        else:
            snapshot = live_snapshot.current(db.session, room.id, commit=False)
    db.session.commit()
    assert snapshot is not None
    return state_response(student_state(snapshot, seat, generate_csrf()))


def hub_reply(
    hub: Hub, room: RoomView, seat: Seat, at: dt.datetime, csrf: str, render: Callable[[StudentView, Mine, str], str]
) -> str | None:
    """The reply's JSON from the hub's edition of the room's version, rendered once per shape of
    student (`render` on the first of a shape, in a request context); None: the hub has no edition."""
    edition = hub.edition(room.id, room.version)
    if edition is None or edition.snapshot is None:
        return None
    return shared_text(edition.renders, "reply", student_view(edition.snapshot, seat, at), csrf, render)


def reply_json(view: StudentView, figures: Mine, csrf: str) -> str:
    return json.dumps(rendered_state(view, figures, csrf))


def _answer_result(player_id: int, room_id: int, code: str, error: str | None) -> Response:
    if wants_json():
        return state_response(student_state_for(player_id, room_id), 409 if error else 200, error)
    if error:
        flash(error, "error")
    return redirect(url_for("live.play", code=code))


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.live)."""
    bp.add_url_rule("/play/<code>", view_func=play, methods=["GET"])
    bp.add_url_rule("/play/<code>/state", view_func=student_json, methods=["GET"])
    bp.add_url_rule("/play/<code>/events", view_func=student_events, methods=["GET"])
    bp.add_url_rule("/play/<code>/answer", view_func=answer, methods=["POST"])
