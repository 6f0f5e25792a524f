"""Gradebook files for a classroom (Canvas, Moodle, .xlsx).

The package builds its blueprint and each route module attaches its views by
`register(bp)`, called here; quizgame.web.init_app registers `bp` on the app.
"""

from flask import Blueprint

from quizgame.web.gradebook import routes

bp = Blueprint("gradebook", __name__, url_prefix="/teacher/classrooms/<int:classroom_id>/gradebook")
routes.register(bp)
