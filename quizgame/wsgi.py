"""The app as a WSGI server runs it: `gunicorn 'quizgame.wsgi:app'`.

After the app is built, every object it holds is moved out of the garbage collector's sight
(gc.freeze): the app, its libraries and their caches live as long as the process, and a full
collection walking them took about 120 ms here, a pause every request on the worker felt. With
them frozen, a full collection only walks what requests leave behind.
"""

from __future__ import annotations

import gc

from quizgame import create_app
from quizgame.game.nicknames import look_alike_table

app = create_app()
# Read once here rather than by the first student to join (Unicode's confusables: about 0.5 s).
look_alike_table()
gc.collect()
gc.freeze()
