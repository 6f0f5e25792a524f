"""The demo's set-up (quizgame.demo): a rerun while a live game changes the demo room loses nothing."""

from __future__ import annotations

from sqlalchemy import event, select, text

from quizgame.demo import DEMO_EMAIL, ensure_demo
from quizgame.extensions import db
from quizgame.models import Classroom, Room, Teacher


def test_a_demo_rerun_that_loses_the_race_for_the_room_reads_it_again_and_succeeds(runner, app):
    assert runner.invoke(args=["demo", "--no-serve"]).exit_code == 0
    with app.app_context():
        room = db.session.scalar(select(Room).join(Classroom).join(Teacher).where(Teacher.email == DEMO_EMAIL))
        room_id, questions = room.id, len(room.room_questions)
        room.status = "closed"  # the rerun must open it again: a write of the room, guarded by its version
        db.session.commit()
        db.session.expire_all()
        raced = []

        @event.listens_for(db.session, "before_flush")
        def live_game_moves_on(session, context, instances):  # type: ignore[no-untyped-def]
            if not raced:  # once: another connection (a live game's hub) changes the room first
                raced.append(True)
                with db.engine.begin() as other:
                    other.execute(text("UPDATE rooms SET version = version + 1 WHERE id = :id"), {"id": room_id})

        setup = ensure_demo(db.session, "unused-password")
        event.remove(db.session, "before_flush", live_game_moves_on)
        db.session.expire_all()
        room = db.session.get(Room, room_id)
        assert raced and setup.room_code == room.code
        assert room.status == "open" and len(room.room_questions) == questions
