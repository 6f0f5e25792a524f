"""Teacher accounts: sign up, log in, log out.

The package builds its blueprint, then imports its route modules, whose views attach to it
(microblog's layout); create_app registers `bp`.
"""

from flask import Blueprint

bp = Blueprint("auth", __name__, url_prefix="/teacher")

from quizgame.web.auth import reset, routes
