"""Students: join a room with its code and play it at their own pace.

The package builds its blueprint and each route module attaches its views by
`register(bp)`, called here; quizgame.web.init_app registers `bp` on the app.
"""

from flask import Blueprint

from quizgame.web.play import routes

bp = Blueprint("play", __name__)
routes.register(bp)
