"""Thin blueprints by audience, a package each (routes and forms): home, auth, teacher, reports,
gradebook, curate, play, live. What several of them share (ownership checks, rate limits, error
pages, the database retry, the clock, the student's cookie) is in common/. Each view parses a form, calls the domain,
commits once, renders."""

from __future__ import annotations

from flask import Flask

from quizgame.extensions import db, login_manager
from quizgame.models import (
    ImportStage,
    LeaderboardVisibility,
    QuestionStatus,
    RoomMode,
    RoomPhase,
    RoomScoring,
    RoomStatus,
    Teacher,
)

# Templates compare a state to its member (room.phase == RoomPhase.LOBBY), never to a bare string,
# so a renamed state fails loudly instead of silently never matching (tests/web/test_template_states.py).
STATES = (ImportStage, LeaderboardVisibility, QuestionStatus, RoomMode, RoomPhase, RoomScoring, RoomStatus)

# Sent with every response (also by the live answer's own route, quizgame.web.live.lean_answer).
SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    # frame-ancestors below is the modern form; X-Frame-Options covers older browsers.
    ("X-Frame-Options", "DENY"),
    (
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    ),
)


def init_app(app: Flask) -> None:
    from quizgame.web import auth, curate, gradebook, home, live, play, reports, teacher
    from quizgame.web.common import db_retry, errors, input_guard, limits, request_log
    from quizgame.web.live import lean_answer

    request_log.init_app(app)  # first: the request's id is set before any other hook can fail
    limits.init_app(app)
    errors.init_app(app)
    db_retry.init_app(app)
    input_guard.init_app(app)
    for blueprint in (home.bp, auth.bp, teacher.bp, reports.bp, gradebook.bp, curate.bp, play.bp, live.bp):
        app.register_blueprint(blueprint)
    lean_answer.init_app(app)  # a live answer's own route in front of the app (docs/live.md)
    app.jinja_env.globals.update({state.__name__: state for state in STATES})
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please log in to see that page."

    @login_manager.user_loader
    def load_teacher(user_id: str) -> Teacher | None:
        """The teacher whose session this is, if the session is of their current version."""
        # A cookie from before sessions carried a version reads as version 0: it keeps working
        # until the teacher's first logout.
        teacher_id, _, version = user_id.partition(":")
        version = version or "0"
        if not teacher_id.isdigit() or not version.isdigit():
            return None
        teacher = db.session.get(Teacher, int(teacher_id))
        return teacher if teacher is not None and teacher.session_version == int(version) else None

    @app.after_request
    def security_headers(response):  # type: ignore[no-untyped-def]
        for name, value in SECURITY_HEADERS:
            response.headers.setdefault(name, value)
        return response
