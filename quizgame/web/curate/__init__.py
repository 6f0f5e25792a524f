"""Curation for teachers: import articles, review their questions, share and convert question sets.

The package builds its blueprint and each route module attaches its views by
`register(bp)`, called here; quizgame.web.init_app registers `bp` on the app.
"""

from flask import Blueprint

from quizgame.web.curate import formats, review, routes, sets

bp = Blueprint("curate", __name__, url_prefix="/curate")
routes.register(bp)
review.register(bp)
sets.register(bp)
formats.register(bp)
