"""Curation for teachers: import articles, review their questions, share and convert question sets.

The package builds its blueprint, then imports its route modules, whose views attach to it
(microblog's layout); create_app registers `bp`.
"""

from flask import Blueprint

bp = Blueprint("curate", __name__, url_prefix="/curate")

from quizgame.web.curate import formats, review, routes, sets
