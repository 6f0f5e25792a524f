"""Reports, leaderboards and CSV exports.

The package builds its blueprint and each route module attaches its views by
`register(bp)`, called here; quizgame.web.init_app registers `bp` on the app.
"""

from flask import Blueprint

from quizgame.web.reports import routes

bp = Blueprint("reports", __name__)
routes.register(bp)
