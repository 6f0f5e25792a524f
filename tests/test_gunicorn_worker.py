"""The production worker takes a burst of connections per turn of its loop: gunicorn would have it
take one whenever several workers run, and a class's answers then wait in the kernel's queue
(quizgame/gunicorn_worker.py). The server under gunicorn is exercised by the live tests that run it
(tests/web/live/test_answers_at_scale.py, test_browser.py, test_worker_killed.py)."""

from __future__ import annotations

import runpy
import socket

from gunicorn.workers.ggevent import GeventWorker as GunicornGeventWorker

from quizgame import gunicorn_worker


def test_gunicorn_cannot_make_the_server_accept_one_connection_a_turn() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    try:
        server = gunicorn_worker._Server(listener, handle=lambda *_: None)
        server.max_accept = 1  # what gunicorn's run() does with several workers
        assert server.max_accept == gunicorn_worker.ACCEPT_AT_ONCE > 1
        server.close()
    finally:
        listener.close()


def test_the_production_settings_run_this_worker() -> None:
    settings = runpy.run_module("quizgame.gunicorn_config")
    assert settings["worker_class"] == "quizgame.gunicorn_worker.GeventWorker"
    assert issubclass(gunicorn_worker.GeventWorker, GunicornGeventWorker)
