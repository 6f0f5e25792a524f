"""Reports, leaderboards and CSV exports.

The package builds its blueprint, then imports its route modules, whose views attach to it
(microblog's layout); create_app registers `bp`.
"""

from flask import Blueprint

bp = Blueprint("reports", __name__)

from quizgame.web.reports import routes
