"""Live games: the presenter, the students' devices, the state endpoint and the event stream.

The package builds its blueprint, then imports its route modules (presenter: the teacher's side;
student_pages: the student's), whose views attach to it
(microblog's layout); create_app registers `bp`.
"""

from flask import Blueprint

bp = Blueprint("live", __name__, url_prefix="/live")

from quizgame.web.live import presenter, student_pages
