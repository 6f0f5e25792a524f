"""Teacher accounts: sign up, log in, log out.

The package builds its blueprint and each route module attaches its views by
`register(bp)`, called here; quizgame.web.init_app registers `bp` on the app.
"""

from flask import Blueprint

from quizgame.web.auth import reset, routes

bp = Blueprint("auth", __name__, url_prefix="/teacher")
reset.register(bp)
routes.register(bp)
