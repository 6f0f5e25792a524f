"""The teacher's rooms: create one from a selection of questions, show its code, join URL and QR
code, open and close it, and remove players. Routes live on the teacher blueprint."""

from __future__ import annotations

import datetime as dt
import io
from typing import Callable

import segno
from flask import Response, abort, flash, redirect, render_template, url_for

from quizgame.extensions import db
from quizgame.game import rooms
from quizgame.game.leaderboard import Standing, room_leaderboard
from quizgame.models import Player, Room
from quizgame.web.access import owned_classroom_or_404, owned_room_or_404
from quizgame.web.clock import now
from quizgame.web.forms import ActionForm
from quizgame.web.room_forms import RoomForm, options
from quizgame.web.teacher import bp


@bp.route("/classrooms/<int:classroom_id>/rooms/new", methods=["GET", "POST"])
def new_room(classroom_id: int) -> str | Response:
    classroom = owned_classroom_or_404(classroom_id)
    form = RoomForm()
    articles = rooms.articles_with_questions(db.session, classroom.teacher_id)
    form.articles.choices = options((a.id, f"{a.outlet}: {a.headline}") for a in articles)
    if form.validate_on_submit():
        questions = rooms.select_questions(db.session, classroom.teacher_id, form.question_filter())
        try:
            room = rooms.create_room(db.session, classroom, form.settings(), questions, now())
        except rooms.RoomError as exc:
            form.form_errors.append(str(exc))
        else:
            db.session.commit()
            flash(f"Room created with {len(questions)} question{'s' if len(questions) != 1 else ''}.", "success")
            return redirect(url_for("teacher.room", room_id=room.id))
    status = 400 if form.is_submitted() else 200
    has_own = rooms.has_own_questions(db.session, classroom.teacher_id)
    return render_template("teacher/new_room.html", classroom=classroom, form=form, has_own_questions=has_own), status  # type: ignore[return-value]


@bp.get("/rooms/<int:room_id>")
def room(room_id: int) -> str:
    found = owned_room_or_404(room_id)
    return render_template(
        "teacher/room.html", room=found, join_url=_join_url(found.code), action_form=ActionForm(),
        players=_players_in_join_order(found),
    )


@bp.get("/rooms/<int:room_id>/players")
def room_players(room_id: int) -> str:
    """The room page's player list alone, for static/js/room-players.js to refresh during a game."""
    found = owned_room_or_404(room_id)
    return render_template("teacher/_room_players.html", room=found, players=_players_in_join_order(found))


def _players_in_join_order(found: Room) -> list[Standing]:
    # The leaderboard's lines carry each player's answer count; ids follow the order of joining.
    return sorted(room_leaderboard(db.session, found.id), key=lambda standing: standing.player_id)


@bp.get("/rooms/<int:room_id>/qr.svg")
def room_qr(room_id: int) -> Response:
    found = owned_room_or_404(room_id)
    buffer = io.BytesIO()
    segno.make(_join_url(found.code), error="m").save(
        buffer, kind="svg", scale=8, border=2, title=f"Join code {found.code}", xmldecl=False
    )
    response = Response(buffer.getvalue(), mimetype="image/svg+xml")
    response.headers["Cache-Control"] = "private, max-age=3600"
    return response


@bp.post("/rooms/<int:room_id>/open")
def open_room(room_id: int) -> Response:
    return _change_status(room_id, rooms.open_room, "The room is open: students can join and answer.")


@bp.post("/rooms/<int:room_id>/close")
def close_room(room_id: int) -> Response:
    return _change_status(room_id, rooms.close_room, "The room is closed: it takes no more joins or answers.")


def _change_status(room_id: int, change: Callable[[Room, dt.datetime], None], message: str) -> Response:
    found = owned_room_or_404(room_id)
    if ActionForm().validate_on_submit():
        change(found, now())
        db.session.commit()
        flash(message, "success")
    return redirect(url_for("teacher.room", room_id=found.id))


@bp.post("/rooms/<int:room_id>/players/<int:player_id>/remove")
def remove_player(room_id: int, player_id: int) -> Response:
    found = owned_room_or_404(room_id)
    player = db.session.get(Player, player_id)
    if player is None or player.room_id != found.id:
        abort(404)
    if ActionForm().validate_on_submit():
        rooms.remove_player(found, player)
        db.session.commit()
        flash(f"{player.nickname} was removed from the room.", "success")
    return redirect(url_for("teacher.room", room_id=found.id))


def _join_url(code: str) -> str:
    return url_for("play.join", code=code, _external=True)
