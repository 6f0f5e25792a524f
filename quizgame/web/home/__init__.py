"""The landing page, the teachers' help page and the health check.

The package builds its blueprint, then imports its route modules, whose views attach to it
(microblog's layout); create_app registers `bp`.
"""

from flask import Blueprint

bp = Blueprint("home", __name__)

from quizgame.web.home import routes
