"""Serve the app for browser tests: `python -m tests.browser.serve <database-url>`.

Binds 127.0.0.1 on a free port, prints the port on the first line, and serves until terminated.
"""

from __future__ import annotations

import logging
import sys

from werkzeug.serving import make_server

from quizgame import create_app


def main() -> None:
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no request log in the test output
    app = create_app({"DATABASE_URL": sys.argv[1], "SECRET_KEY": "browser-test-secret"})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    print(server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
