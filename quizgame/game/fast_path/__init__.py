"""The fast path: the statements a whole class sends in the same few seconds, run with as little
work between Python and the database as they allow.

Everything that trades clarity for speed lives here and nowhere else: the engines beside the app's
(autocommit, no ping), the plain SQL run on raw DB-API connections, and the decoding of their rows.
What leaves this package is typed (quizgame.game.live.student_view, ...); what the rest of the
code may not do is reach past it to a raw connection. bench/load.py and bench/live.py measure it;
the statement-count tests pin it.
"""
