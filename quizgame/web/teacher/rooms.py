"""The teacher's rooms: create one from a selection of questions, show its code, join URL and QR
code, open and close it, and remove players. Routes live on the teacher blueprint."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import segno
from flask import Blueprint, Response, flash, redirect, render_template, request, url_for

from quizgame.extensions import db
from quizgame.game import players, rooms
from quizgame.game.leaderboard import Standing, room_leaderboard
from quizgame.game.live.guard import retried
from quizgame.models import Room
from quizgame.web.common.access import owned_classroom_or_404, owned_room_or_404
from quizgame.web.common.clock import now
from quizgame.web.common.forms import ActionForm, options
from quizgame.web.common.join_links import join_url
from quizgame.web.teacher.room_forms import RoomForm, RoomSettingsForm, question_seconds


def new_room(classroom_id: int) -> str | Response:
    classroom = owned_classroom_or_404(classroom_id)
    form = RoomForm()
    articles = rooms.articles_with_questions(db.session, classroom.teacher_id)
    form.articles.choices = options((a.id, f"{a.outlet}: {a.headline}") for a in articles)
    if form.validate_on_submit():
        earlier = rooms.asked_in_classroom(db.session, classroom.id)
        questions = rooms.select_questions(db.session, classroom.teacher_id, form.question_filter(), earlier=earlier)
        try:
            room = rooms.create_room(db.session, classroom, form.settings(), questions, now())
        except rooms.RoomError as exc:
            form.form_errors.append(str(exc))
        else:
            db.session.commit()
            flash(created_message(len(questions), form.question_filter().count), "success")
            return redirect(url_for("teacher.room", room_id=room.id))
    status = 400 if form.is_submitted() else 200
    has_own = rooms.has_own_questions(db.session, classroom.teacher_id)
    return render_template("teacher/new_room.html", classroom=classroom, form=form, has_own_questions=has_own), status  # type: ignore[return-value]


def created_message(got: int, asked: int) -> str:
    message = f"Room created with {got} question{'s' if got != 1 else ''}."
    if got < asked:
        message += (
            f" You asked for {asked}, but only {got} approved question{'s' if got != 1 else ''} match the filters"
            " (never two on the same sentence): widen them, or approve more questions under Articles and questions."
        )
    return message


def edit_room(room_id: int) -> str | Response:
    found = owned_room_or_404(room_id)
    form = RoomSettingsForm(obj=found)
    if form.validate_on_submit():
        seconds, problems = question_seconds(request.form, found)
        settings = form.settings()

        def attempt() -> str | None:
            try:
                if problems:
                    raise rooms.RoomError(" ".join(problems))
                rooms.update_settings(db.session, found, settings)
                rooms.set_question_seconds(found, seconds)
            except rooms.RoomError as exc:
                db.session.rollback()
                return str(exc)
            db.session.commit()
            return None

        # Again on the room as it is now if a live game's change won the race to the write.
        error = retried(db.session, attempt)
        if error is None:
            flash("The room's settings are saved.", "success")
            return redirect(url_for("teacher.room", room_id=found.id))
        form.form_errors.append(error)
    joined = bool(found.players)
    status = 400 if form.is_submitted() else 200
    return render_template("teacher/edit_room.html", room=found, form=form, joined=joined), status  # type: ignore[return-value]


def copy_room(room_id: int) -> Response:
    found = owned_room_or_404(room_id)
    if not ActionForm().validate_on_submit():
        return redirect(url_for("teacher.room", room_id=found.id))
    try:
        copy = rooms.copy_room(db.session, found, now())
    except rooms.RoomError as exc:
        flash(str(exc), "error")
        return redirect(url_for("teacher.room", room_id=found.id))
    db.session.commit()
    flash(
        f"A copy with the same {len(copy.room_questions)} questions and a new code. Change its settings here.",
        "success",
    )
    return redirect(url_for("teacher.edit_room", room_id=copy.id))


def delete_room(room_id: int) -> str | Response:
    """GET asks first, saying what goes with the room; POST deletes."""
    found = owned_room_or_404(room_id)
    if ActionForm().validate_on_submit():
        classroom_id, title = found.classroom_id, found.title
        rooms.delete_room(db.session, found)
        db.session.commit()
        flash(f"“{title}” was deleted with its players and answers.", "success")
        return redirect(url_for("teacher.classroom", classroom_id=classroom_id))
    counts = rooms.room_counts(db.session, found.id)
    return render_template("teacher/delete_room.html", room=found, players=counts[0], answers=counts[1])


def room(room_id: int) -> str:
    found = owned_room_or_404(room_id)
    return render_template(
        "teacher/room.html",
        room=found,
        join_url=join_url(found.code),
        link_url=join_url(found.code, signed=True),
        action_form=ActionForm(),
        players=_players_in_join_order(found),
        notes=players.seat_notes(db.session, found.id),
    )


def room_players(room_id: int) -> str:
    """The room page's player list alone, for static/js/room-players.js to refresh during a game."""
    found = owned_room_or_404(room_id)
    return render_template(
        "teacher/_room_players.html",
        room=found,
        players=_players_in_join_order(found),
        notes=players.seat_notes(db.session, found.id),
    )


def _players_in_join_order(found: Room) -> list[Standing]:
    # The leaderboard's lines carry each player's answer count; ids follow the order of joining.
    return sorted(room_leaderboard(db.session, found.id), key=lambda standing: standing.player_id)


def room_qr(room_id: int) -> Response:
    found = owned_room_or_404(room_id)
    buffer = io.BytesIO()
    segno.make(join_url(found.code, signed=True), error="m").save(
        buffer, kind="svg", scale=8, border=2, title=f"Join code {found.code}", xmldecl=False
    )
    response = Response(buffer.getvalue(), mimetype="image/svg+xml")
    response.headers["Cache-Control"] = "private, max-age=3600"
    return response


def open_room(room_id: int) -> Response:
    return _change_status(room_id, rooms.open_room, "The room is open: students can join and answer.")


def close_room(room_id: int) -> Response:
    return _change_status(room_id, rooms.close_room, "The room is closed: it takes no more joins or answers.")


def _change_status(room_id: int, change: Callable[[Room, dt.datetime], None], message: str) -> Response:
    found = owned_room_or_404(room_id)
    if ActionForm().validate_on_submit():

        def attempt() -> None:
            change(found, now())
            db.session.commit()

        # Again on the room as it is now if a live game's change won the race to the write.
        retried(db.session, attempt)
        flash(message, "success")
    return redirect(url_for("teacher.room", room_id=found.id))


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.teacher)."""
    bp.add_url_rule("/classrooms/<int:classroom_id>/rooms/new", view_func=new_room, methods=["GET", "POST"])
    bp.add_url_rule("/rooms/<int:room_id>/edit", view_func=edit_room, methods=["GET", "POST"])
    bp.add_url_rule("/rooms/<int:room_id>/copy", view_func=copy_room, methods=["POST"])
    bp.add_url_rule("/rooms/<int:room_id>/delete", view_func=delete_room, methods=["GET", "POST"])
    bp.add_url_rule("/rooms/<int:room_id>", view_func=room, methods=["GET"])
    bp.add_url_rule("/rooms/<int:room_id>/players", view_func=room_players, methods=["GET"])
    bp.add_url_rule("/rooms/<int:room_id>/qr.svg", view_func=room_qr, methods=["GET"])
    bp.add_url_rule("/rooms/<int:room_id>/open", view_func=open_room, methods=["POST"])
    bp.add_url_rule("/rooms/<int:room_id>/close", view_func=close_room, methods=["POST"])
