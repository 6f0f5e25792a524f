"""The teacher's pages: dashboard, classrooms and rosters, rooms and their players.

The package builds its blueprint and each route module attaches its views by
`register(bp)`, called here; quizgame.web.init_app registers `bp` on the app.
"""

from flask import Blueprint

from quizgame.web.teacher import classrooms, players, rooms, roster_import

bp = Blueprint("teacher", __name__, url_prefix="/teacher")
classrooms.register(bp)
players.register(bp)
rooms.register(bp)
roster_import.register(bp)
