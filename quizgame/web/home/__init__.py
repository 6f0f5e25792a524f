"""The landing page, the teachers' help page and the health check.

The package builds its blueprint and each route module attaches its views by
`register(bp)`, called here; quizgame.web.init_app registers `bp` on the app.
"""

from flask import Blueprint

from quizgame.web.home import routes

bp = Blueprint("home", __name__)
routes.register(bp)
