"""Live games: the presenter, the students' devices, the state endpoint and the event stream.

The package builds its blueprint and each route module attaches its views by
`register(bp)`, called here; quizgame.web.init_app registers `bp` on the app.
"""

from flask import Blueprint

from quizgame.web.live import presenter, student_pages
from quizgame.web.live.shared_render import ordinal

bp = Blueprint("live", __name__, url_prefix="/live")
presenter.register(bp)
student_pages.register(bp)
bp.add_app_template_filter(ordinal, "ordinal")
