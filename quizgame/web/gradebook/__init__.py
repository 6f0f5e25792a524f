"""Gradebook files for a classroom (Canvas, Moodle, .xlsx).

The package builds its blueprint, then imports its route modules, whose views attach to it
(microblog's layout); create_app registers `bp`.
"""

from flask import Blueprint

bp = Blueprint("gradebook", __name__, url_prefix="/teacher/classrooms/<int:classroom_id>/gradebook")

from quizgame.web.gradebook import routes
