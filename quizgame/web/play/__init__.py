"""Students: join a room with its code and play it at their own pace.

The package builds its blueprint, then imports its route modules, whose views attach to it
(microblog's layout); create_app registers `bp`.
"""

from flask import Blueprint

bp = Blueprint("play", __name__)

from quizgame.web.play import routes
