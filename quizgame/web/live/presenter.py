"""Live games, the teacher's side: the presenter on the projector and its controls.

The presenter follows its room by a polled stream (quizgame.web.live.stream): it counts joins and
answers, which change no version. Teacher controls are POST forms with CSRF, which the page's
JavaScript sends with fetch and the X-CSRFToken header; each commits one transition and publishes
the room's new version (which every worker's hub hears, quizgame.game.live.hub).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from flask import Blueprint, Response, abort, flash, get_template_attribute, redirect, render_template, url_for
from flask_login import login_required
from markupsafe import Markup

from quizgame.extensions import db
from quizgame.game import rooms
from quizgame.game.live import machine
from quizgame.game.live import snapshot as live_snapshot
from quizgame.game.live.machine import LiveError
from quizgame.game.live.polling import Marker, reveal_if_all_answered
from quizgame.game.live.presenter import presenter_view
from quizgame.game.live.questions import question_count, question_passages, tap_tokens
from quizgame.game.rooms import RoomError
from quizgame.models import Player, Room, RoomMode, RoomPhase
from quizgame.web.common import join_links
from quizgame.web.common.access import owned_room_or_404
from quizgame.web.common.clock import now
from quizgame.web.live.forms import ControlForm
from quizgame.web.live.responses import marker_reader, polled, rendered, state_response, wants_json
from quizgame.web.live.states import release_connection, state_dict
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
        nicknames=nickname_items(room.id, view.players),
    )
    return state_dict(room, marker, view.remaining_ms, html)


_nickname_lists: dict[int, tuple[tuple[tuple[int, str], ...], Markup]] = {}


def nickname_items(room_id: int, players: Sequence[Any]) -> Markup:
    """The projector's list of nicknames with their Remove links, rendered again only when the
    players changed: in a room of 2,000 it was two thirds of each render, and the projector
    renders at every new answer count. One list per room, this process's last."""
    key = tuple((player.id, player.nickname) for player in players)
    known = _nickname_lists.get(room_id)
    if known is None or known[0] != key:
        items = get_template_attribute("live/_controls.html", "nickname_items")(players, remove_links(room_id))
        if len(_nickname_lists) >= 64:
            _nickname_lists.pop(next(iter(_nickname_lists)))
        known = _nickname_lists[room_id] = (key, Markup(items))
    return known[1]


def remove_links(room_id: int) -> Callable[[int], str]:
    """The address of each player's Remove link from one url_for: building 2,000 through the URL
    map took longer than the rest of the projector's state."""
    sample = url_for("teacher.remove_player", room_id=room_id, player_id=1, back="presenter")
    head, tail = sample.split("/players/1/", 1)
    return lambda player_id: f"{head}/players/{player_id}/{tail}"


def _loaded_room(room_id: int) -> Room:
    """A fresh copy of the room (the marker check may have just changed it)."""
    room = db.session.get(Room, room_id, populate_existing=True)
    if room is None:
        abort(404)
    return room


@login_required
def present(room_id: int) -> str:
    room = _owned_live_room(room_id)
    state = presenter_state(room)
    return render_template("live/presenter.html", room=room, state=state, fragment=rendered(state))


@login_required
def presenter_json(room_id: int) -> Response:
    _owned_live_room(room_id)
    return polled(room_id, True, lambda: presenter_state(_loaded_room(room_id)))


@login_required
def presenter_events(room_id: int) -> Response:
    _owned_live_room(room_id)
    return sse_response(marker_reader(room_id, True), lambda: presenter_state(_loaded_room(room_id)), counts=True)


def _control_result(room: Room, error: str | None) -> Response:
    if wants_json():
        return state_response(presenter_state(room), 409 if error else 200, error)
    if error:
        flash(error, "error")
    return redirect(url_for("live.present", room_id=room.id))


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


@login_required
def confirm_end(room_id: int) -> str | Response:
    """Asks before ending: "End the game" sits next to "Next question" on the projector."""
    room = _owned_live_room(room_id)
    if room.phase == RoomPhase.FINISHED:
        return redirect(url_for("live.present", room_id=room.id))
    return render_template("live/confirm_end.html", room=room)


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


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.live)."""
    bp.add_url_rule("/rooms/<int:room_id>", view_func=present, methods=["GET"])
    bp.add_url_rule("/rooms/<int:room_id>/state", view_func=presenter_json, methods=["GET"])
    bp.add_url_rule("/rooms/<int:room_id>/events", view_func=presenter_events, methods=["GET"])
    bp.add_url_rule("/rooms/<int:room_id>/<action>", view_func=control, methods=["POST"])
    bp.add_url_rule("/rooms/<int:room_id>/end", view_func=confirm_end, methods=["GET"])
    bp.add_url_rule("/rooms/<int:room_id>/players/<int:player_id>/remove", view_func=remove_player, methods=["POST"])
