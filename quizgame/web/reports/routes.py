"""Reports, leaderboards and CSV exports for teachers; the leaderboard JSON for students.

Every teacher URL checks ownership first (404 for another teacher's room or classroom). Exports are
streamed: the response body is a generator reading the database in batches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from flask import Blueprint, Response, abort, jsonify, render_template, stream_with_context
from flask_login import login_required

from quizgame.extensions import db
from quizgame.game import csv_writer, export
from quizgame.game.charts import percent
from quizgame.game.join_codes import normalise
from quizgame.game.leaderboard import leaderboard_visible, room_leaderboard
from quizgame.game.report_charts import discernment_chart, question_chart, share_correct_chart
from quizgame.game.report_rows import report_rows, stream_answer_rows
from quizgame.game.reports import build_report, choice_text, end_sentence, skill_label
from quizgame.models import RoomPhase, RoomStatus
from quizgame.web.common import student
from quizgame.web.common.access import owned_classroom_or_404, owned_room_or_404


def _percent(share: float | None) -> str:
    return percent(share)


def _sentence(text: str) -> str:
    return end_sentence(text)


def _seconds(ms: int | None) -> str:
    return "–" if ms is None else f"{ms / 1000:.1f} s"


def _report_page(template: str, report_scope: dict[str, int], **context: object) -> str:
    report = build_report(report_rows(db.session, **report_scope))
    return render_template(
        template,
        report=report,
        charts={
            "discernment": discernment_chart(report.skills),
            "share_correct": share_correct_chart(report),
            "questions": [question_chart(item) for item in report.questions],
        },
        skill_label=skill_label,
        choice_text=choice_text,
        **context,
    )


@login_required
def room_report(room_id: int) -> str:
    room = owned_room_or_404(room_id)
    return _report_page("reports/room.html", {"room_id": room.id}, room=room)


@login_required
def classroom_report(classroom_id: int) -> str:
    classroom = owned_classroom_or_404(classroom_id)
    return _report_page("reports/classroom.html", {"classroom_id": classroom.id}, classroom=classroom)


@login_required
def room_leaderboard_page(room_id: int) -> str:
    room = owned_room_or_404(room_id)
    return render_template("reports/leaderboard.html", room=room, standings=room_leaderboard(db.session, room.id))


def safe_filename(*parts: str, ext: str = ".csv") -> str:
    """ASCII letters, digits and dashes only: nothing a header or a file system could misread."""
    words = (re.sub(r"[^A-Za-z0-9]+", "-", part).strip("-").lower() for part in parts)
    return "-".join(word for word in words if word) + ext


def _table(kind: str, scope: dict[str, int]) -> csv_writer.Table:
    if kind == "answers":
        questions, rows = stream_answer_rows(db.session, **scope)
        return export.answers_table(questions, rows)
    report = build_report(report_rows(db.session, **scope))
    return export.students_table(report) if kind == "students" else export.questions_table(report)


def _csv_response(kind: str, scope: dict[str, int], filename: str) -> Response:
    if kind not in export.KINDS:
        abort(404)

    def body() -> Iterator[str]:
        # Runs while the response is sent, inside the request context kept by stream_with_context.
        headers, rows = _table(kind, scope)
        yield from csv_writer.csv_chunks(headers, rows)

    response = Response(stream_with_context(body()), mimetype="text/csv")
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response


@login_required
def room_export(room_id: int, kind: str) -> Response:
    room = owned_room_or_404(room_id)
    return _csv_response(kind, {"room_id": room.id}, safe_filename("quizgame", room.code, kind))


@login_required
def classroom_export(classroom_id: int, kind: str) -> Response:
    classroom = owned_classroom_or_404(classroom_id)
    filename = safe_filename("quizgame", classroom.name or f"classroom {classroom.id}", kind)
    return _csv_response(kind, {"classroom_id": classroom.id}, filename)


def student_leaderboard(code: str) -> Response:
    """What a player may see of their room's leaderboard under the room's setting."""
    code = normalise(code)
    player = student.current_player(code)
    if player is None:
        response = jsonify(error="Join this room to see its leaderboard.")
        response.status_code = 403
        return response
    room = player.room
    finished = room.status == RoomStatus.CLOSED or room.phase == RoomPhase.FINISHED
    # Players poll this: a hidden board costs no leaderboard query at all.
    visible = leaderboard_visible(room.leaderboard, finished)
    standings = room_leaderboard(db.session, room.id) if visible else []
    response = jsonify(
        visible=visible,
        setting=room.leaderboard,
        finished=finished,
        standings=[
            {
                "rank": s.rank,
                "nickname": s.nickname,
                "points": s.points,
                "correct": s.correct,
                "you": s.player_id == player.id,
            }
            for s in standings
        ],
    )
    response.headers["Cache-Control"] = "no-store"
    return response


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.reports)."""
    bp.add_app_template_filter(_percent, "percent")
    bp.add_app_template_filter(_sentence, "sentence")
    bp.add_app_template_filter(_seconds, "seconds")
    bp.add_url_rule("/teacher/rooms/<int:room_id>/report", view_func=room_report, methods=["GET"])
    bp.add_url_rule("/teacher/classrooms/<int:classroom_id>/report", view_func=classroom_report, methods=["GET"])
    bp.add_url_rule("/teacher/rooms/<int:room_id>/leaderboard", view_func=room_leaderboard_page, methods=["GET"])
    bp.add_url_rule("/teacher/rooms/<int:room_id>/export/<kind>.csv", view_func=room_export, methods=["GET"])
    bp.add_url_rule(
        "/teacher/classrooms/<int:classroom_id>/export/<kind>.csv", view_func=classroom_export, methods=["GET"]
    )
    bp.add_url_rule("/play/<code>/leaderboard.json", view_func=student_leaderboard, methods=["GET"])
