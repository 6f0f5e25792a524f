"""How quizgame runs under gunicorn, in one place: the README's production command, the browser
tests' and the benchmarks' server (tests/gunicorn_server.py) all load it.

    gunicorn -c python:quizgame.gunicorn_config --bind 0.0.0.0:8000 'quizgame.wsgi:app'

gevent workers: each request, and each open live event stream, is a greenlet, not a thread, so a
worker holds thousands of waiting streams (docs/live.md, "Running it"). gunicorn patches the
standard library before it loads the app, so the database driver (psycopg 3), SQLAlchemy's pools
and every lock and sleep in quizgame cooperate without a change. Anything on the command line
overrides what is set here; WEB_CONCURRENCY sets the number of workers, as for any gunicorn.
"""

import os

# gunicorn's gevent worker as it is: it accepts one connection per turn of its loop when there
# are several workers. Taking up to 64 a turn (tried for issue 19) moved a class's answers from
# the kernel's queue into the worker without serving them sooner, and made answers and states
# slower at 300 students: each turn then shares the core among more requests (docs/performance.md,
# "Issue 19, fifth round").
worker_class = "gevent"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Open connections per worker (streams, page loads, answers): a few thousand students' streams
# fit in one; the database pool, not this, bounds the work done at once (QUIZGAME_DB_POOL_SIZE).
worker_connections = int(os.environ.get("QUIZGAME_WORKER_CONNECTIONS", "10000"))
# Longer than a student's pause between requests: a short keep-alive (gunicorn's default is 2 s)
# closes connections just as students reuse them, which they see as resets.
keepalive = 75
# A whole class connecting in the same second queues in the kernel rather than being refused.
backlog = 4096
