"""Ownership checks: a teacher reaches only their own classrooms and rooms; anything else is a 404,
so another teacher cannot even learn that an id exists."""

from __future__ import annotations

from flask import abort
from flask_login import current_user
from sqlalchemy import select

from quizgame.extensions import db
from quizgame.models import Classroom, Room


def owned_classroom_or_404(classroom_id: int) -> Classroom:
    classroom = db.session.scalar(
        select(Classroom).where(Classroom.id == classroom_id, Classroom.teacher_id == current_user.id)
    )
    if classroom is None:
        abort(404)
    return classroom


def owned_room_or_404(room_id: int) -> Room:
    room = db.session.scalar(
        select(Room).join(Classroom).where(Room.id == room_id, Classroom.teacher_id == current_user.id)
    )
    if room is None:
        abort(404)
    return room
