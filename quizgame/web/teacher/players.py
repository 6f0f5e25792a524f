"""The teacher and one player of a room: remove them (after asking), or let them back in with a
one-time rejoin code. Routes live on the teacher blueprint; the live presenter links here too."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from quizgame.extensions import db
from quizgame.game import players, rooms
from quizgame.game.live.guard import retried
from quizgame.game.live.polling import reveal_if_all_answered
from quizgame.game.live.snapshot import publish
from quizgame.models import Player, Room, RoomMode
from quizgame.web.common.access import owned_room_or_404
from quizgame.web.common.clock import now
from quizgame.web.common.forms import ActionForm
from quizgame.web.teacher.forms import RemovePlayerForm


def _player_of(found: Room, player_id: int) -> Player:
    player = db.session.get(Player, player_id)
    if player is None or player.room_id != found.id:
        abort(404)
    return player


def _back(found: Room, to: str | None) -> str:
    """Where the teacher came from: the projector's presenter, or the room page."""
    if to == "presenter" and found.mode == RoomMode.LIVE:
        return url_for("live.present", room_id=found.id)
    return url_for("teacher.room", room_id=found.id)


def remove_player(room_id: int, player_id: int) -> str | Response:
    """GET asks first (a page that needs no JavaScript); POST removes. The answers stay in reports
    and exports, marked removed, unless the teacher ticks the box to delete them."""
    found = owned_room_or_404(room_id)
    player = _player_of(found, player_id)
    form = RemovePlayerForm(back=request.args.get("back", "room"))
    if form.validate_on_submit():
        nickname = player.nickname

        def attempt() -> int:
            """Again on the room as it is now if a live room's reveal won the race to the write
            (the version's compare-and-set, quizgame.game.live.guard)."""
            if found.mode == RoomMode.LIVE:
                db.session.refresh(found, with_for_update=True)
            deleted = rooms.remove_player(db.session, found, player, delete_answers=form.delete_answers.data)
            if form.close_to_new_players.data:
                found.new_players_closed = True
            if found.mode == RoomMode.LIVE:
                reveal_if_all_answered(db.session, found, now())
                publish(db.session, found)
            db.session.commit()
            return deleted

        deleted = retried(db.session, attempt)
        kept = f" {deleted} answers were deleted." if deleted else " Their answers stay in the reports, marked removed."
        closed = " No new players can join until you let them in on the room page." if found.new_players_closed else ""
        flash(f"{nickname} was removed from the room.{kept}{closed}", "success")
        return redirect(_back(found, form.back.data))
    if request.method == "POST":
        return redirect(_back(found, form.back.data))
    return render_template(
        "teacher/remove_player.html", room=found, player=player, form=form, cancel=_back(found, form.back.data)
    )


def open_to_new_players(room_id: int) -> Response:
    """New players may join again (closed when the teacher removed someone and asked for it)."""
    found = owned_room_or_404(room_id)
    if ActionForm().validate_on_submit():

        def attempt() -> None:
            found.new_players_closed = False
            db.session.commit()

        # Again on the room as it is now if a live game's change won the race to the write.
        retried(db.session, attempt)
        flash("New players can join this room again.", "success")
    return redirect(url_for("teacher.room", room_id=found.id))


def rejoin_code(room_id: int, player_id: int) -> Response:
    found = owned_room_or_404(room_id)
    player = _player_of(found, player_id)
    if ActionForm().validate_on_submit():
        try:
            code = players.issue_rejoin_code(found, player)
        except players.JoinRefused as refused:
            flash(str(refused), "error")
            return redirect(url_for("teacher.room", room_id=found.id))
        nickname = player.nickname
        db.session.commit()
        flash(
            f"Rejoin code for {nickname}: {code}. On the join page they open “Use a rejoin code” and type it;"
            " it works once and brings back their answers and points.",
            "success",
        )
    return redirect(url_for("teacher.room", room_id=found.id))


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.teacher)."""
    bp.add_url_rule(
        "/rooms/<int:room_id>/players/<int:player_id>/remove", view_func=remove_player, methods=["GET", "POST"]
    )
    bp.add_url_rule("/rooms/<int:room_id>/new-players", view_func=open_to_new_players, methods=["POST"])
    bp.add_url_rule("/rooms/<int:room_id>/players/<int:player_id>/rejoin-code", view_func=rejoin_code, methods=["POST"])
