"""The teacher's pages: dashboard, classrooms and rosters, rooms and their players.

The package builds its blueprint, then imports its route modules, whose views attach to it
(microblog's layout); create_app registers `bp`.
"""

from flask import Blueprint

bp = Blueprint("teacher", __name__, url_prefix="/teacher")

from quizgame.web.teacher import classrooms, players, rooms, roster_import
