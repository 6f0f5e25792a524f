"""A live answer's own route, in front of the Flask app: the usual answer without Flask's request
machinery, every other request to the app as before.

At 2,000 students a class's answers wait in the accept queue while the workers are busy, and about
a quarter of a worker's CPU per answer was the request machinery around the view: the request and
app contexts, the session cookie decoded into a session, the before- and after-request hooks, CSRF
checked through them, the form parsed into a WTForms form. This route does only what the answer
needs, with the same checks, the same desk and the same reply:

- the session cookie is verified and read as Flask reads it (its own signing serializer, made
  once), for the player's rejoin token, the browser id and the CSRF token;
- CSRF is Flask-WTF's check, unchanged: the token from the form's `csrf_token` field or the
  X-CSRFToken header, verified with Flask-WTF's serializer and compared in constant time with the
  session's, and on HTTPS the Referer of the same origin (WTF_CSRF_SSL_STRICT);
- the form is parsed by Werkzeug's parser and read strictly (one position, at least one choice,
  digits only);
- the answer goes to the worker's answer desk (quizgame.web.live.answer_batch.take_ticket), the
  one place a live answer is counted, read, scored and stored;
- the reply is the hub's, rendered once per shape of student (student_pages.hub_reply).

It serves a request only when it can do all of that: anything else (no browser id yet, a plain form
post without JavaScript, a form it does not read at once, a CSRF token missing or wrong, another
origin) is handed to the Flask app untouched, whose view and CSRFProtect decide as they always
did. So this route never accepts what the Flask app would refuse. Where the answer is taken but
the reply needs more (a refusal, a 404 or 429, a hub without the room's edition, an error), the
reply is made in a request context pushed for it by the view's own code and error handlers.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask, g
from flask.sessions import SecureCookieSessionInterface
from flask_wtf.csrf import same_origin
from itsdangerous import URLSafeTimedSerializer
from werkzeug.http import parse_cookie
from werkzeug.wsgi import get_host

from quizgame.game.live.answer_desk import Ticket
from quizgame.models import utcnow
from quizgame.web import SECURITY_HEADERS
from quizgame.web.common.limits import pending_charge
from quizgame.web.common.request_log import HEADER, new_request_id
from quizgame.web.live.answer_batch import take_ticket
from quizgame.web.live.answer_request import Verified, answer_form, header_token
from quizgame.web.live.push import running_hub
from quizgame.web.live.student_pages import answer_reply, answered_seat, hub_reply, reply_json

Wsgi = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

ANSWER_PATH = re.compile(r"/live/play/([A-Za-z0-9]{1,32})/answer")
NUMBER = re.compile(r"[0-9]{1,9}")
CHOICE = re.compile(r"[0-9]{1,6}(?:-[0-9]{1,6}){0,63}")


class LeanAnswers:
    """WSGI middleware: POST /live/play/<code>/answer as above, anything else to `below` (the
    Flask app's own wsgi_app)."""

    def __init__(self, app: Flask, below: Wsgi) -> None:
        self.app, self.below = app, below
        self.served = 0  # answers replied to here, without Flask's request (the bench and tests read it)
        self._keys: tuple[Any, ...] | None = None
        self._session: URLSafeTimedSerializer | None = None
        self._csrf: URLSafeTimedSerializer | None = None
        self._verified = Verified()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        found = ANSWER_PATH.fullmatch(environ.get("PATH_INFO", "")) if environ.get("REQUEST_METHOD") == "POST" else None
        if found is None:
            return self.below(environ, start_response)
        ticket = self._ticket(environ, found.group(1))
        if ticket is None:
            return self.below(environ, start_response)
        return self._take(environ, start_response, ticket)

    # --- reading the request ----------------------------------------------------------------------

    def _ticket(self, environ: dict[str, Any], code: str) -> Ticket | None:
        """The answer as the Flask view would take it; None: not the usual answer, or not one this
        route can vouch for (the Flask app decides)."""
        config = self.app.config
        if environ.get("QUERY_STRING") or environ.get("HTTP_ACCEPT") != "application/json":
            return None
        form = answer_form(environ)
        # When it arrived: as the view reads it, once the body is in and before anything waits for
        # the database (a class's answers arrive together).
        at = (config.get("QUIZGAME_CLOCK") or utcnow)()
        session = self._read_session(environ)
        if form is None or session is None:
            return None
        token = session.get("players", {}).get(code) if isinstance(session.get("players"), dict) else None
        browser = session.get("browser_id")
        if not token or not isinstance(token, str) or not browser:  # no browser id yet: Flask makes one
            return None
        positions, position = form.get("choice", []), form.get("position", [])
        if len(position) != 1 or not NUMBER.fullmatch(position[0]) or not positions:
            return None
        if not all(CHOICE.fullmatch(value) for value in positions):
            return None
        signed = self._checked_csrf(environ, form, session)
        if signed is None:
            return None
        pending = pending_charge("answer", str(browser), config)
        ticket = Ticket(
            code=code,
            token=token,
            position=int(position[0]),
            positions=[int(part) for value in positions for part in value.split("-")],
            at=at,
            limit=pending.limit if pending else None,
            key=pending.key if pending else None,
        )
        environ["quizgame.csrf"] = signed
        return ticket

    def _serializers(self) -> tuple[URLSafeTimedSerializer, URLSafeTimedSerializer] | None:
        """The session's signing serializer as Flask makes it (made again if the keys change), and
        Flask-WTF's for CSRF tokens."""
        app, config = self.app, self.app.config
        interface = app.session_interface
        if not isinstance(interface, SecureCookieSessionInterface) or not app.secret_key:
            return None
        keys = (app.secret_key, tuple(config.get("SECRET_KEY_FALLBACKS") or ()), config.get("WTF_CSRF_SECRET_KEY"))
        if keys != self._keys or self._session is None or self._csrf is None:
            self._session = interface.get_signing_serializer(app)
            self._csrf = URLSafeTimedSerializer(
                config.get("WTF_CSRF_SECRET_KEY") or app.secret_key, salt="wtf-csrf-token"
            )
            self._keys = keys
            self._verified = Verified()  # nothing verified with other keys stands
        assert self._session is not None and self._csrf is not None
        return self._session, self._csrf

    def _read_session(self, environ: dict[str, Any]) -> dict[str, Any] | None:
        """The session as SecureCookieSessionInterface.open_session reads it; None: no valid cookie."""
        serializers = self._serializers()
        if serializers is None:
            return None
        value = parse_cookie(environ.get("HTTP_COOKIE")).get(self.app.config["SESSION_COOKIE_NAME"])
        if not value:
            return None
        max_age = int(self.app.permanent_session_lifetime.total_seconds())
        data = self._verified.get(value, serializers[0], max_age)
        return data if isinstance(data, dict) else None

    def _checked_csrf(self, environ: dict[str, Any], form: dict[str, list[str]], session: dict[str, Any]) -> str | None:
        """The answer form's token for the reply, once Flask-WTF's check (CSRFProtect.protect) has
        passed here; None where it would not pass, or where this route cannot tell."""
        config = self.app.config
        serializers = self._serializers()
        field = config.get("WTF_CSRF_FIELD_NAME", "csrf_token")
        raw = session.get(field)
        if serializers is None or field != "csrf_token" or not isinstance(raw, str):
            return None
        csrf = serializers[1]
        time_limit = config.get("WTF_CSRF_TIME_LIMIT", 3600)
        if not (config.get("WTF_CSRF_ENABLED", True) and config.get("WTF_CSRF_CHECK_DEFAULT", True)):
            return csrf.dumps(
                raw
            )  # not checked (the tests' setting): the reply's form gets a token as generate_csrf makes it
        sent = (form.get(field) or [""])[0] or header_token(environ, config.get("WTF_CSRF_HEADERS", ()))
        if not sent or "POST" not in config.get("WTF_CSRF_METHODS", ("POST",)):
            return None
        token = self._verified.get(sent, csrf, time_limit)
        if not isinstance(token, str) or not hmac.compare_digest(raw, token):
            return None
        if environ.get("wsgi.url_scheme") == "https" and config.get("WTF_CSRF_SSL_STRICT", True):
            referrer = environ.get("HTTP_REFERER")
            try:
                host = get_host(environ, config.get("TRUSTED_HOSTS"))
            except Exception:  # noqa: BLE001 - Werkzeug's SecurityError: an untrusted host is Flask's to refuse
                return None
            if not referrer or not same_origin(referrer, f"https://{host}/"):
                return None
        # The token sent is the session's, verified: the reply's form carries it again, as a fresh
        # signature of the same token would be, unless tokens expire (then a fresh one).
        return sent if time_limit is None else csrf.dumps(raw)

    # --- taking it and replying -------------------------------------------------------------------

    def _take(self, environ: dict[str, Any], start_response: Callable[..., Any], ticket: Ticket) -> Iterable[bytes]:
        request_id = new_request_id(environ.get("HTTP_X_REQUEST_ID"))
        try:
            answering = take_ticket(self.app, ticket)
        except Exception as exc:  # noqa: BLE001 - 404, 429 or a database error: the app's handlers reply
            return self._in_flask(environ, start_response, request_id, ticket, _raise(exc))
        hub = running_hub(self.app)
        text = None
        if ticket.refused is None and ticket.taken is not None and hub is not None and hub.follows(answering.room.id):
            clock = self.app.config.get("QUIZGAME_CLOCK") or utcnow
            seat = answered_seat(answering.seat, ticket.taken)
            try:
                text = hub_reply(hub, answering.room, seat, clock(), environ["quizgame.csrf"], self._render(environ))
            except Exception as exc:  # noqa: BLE001 - the answer is stored; the app's 500 reply says the rest
                return self._in_flask(environ, start_response, request_id, ticket, _raise(exc))
        if text is None:  # the reply needs the view's own code: a refusal, or the hub has no edition
            reply = lambda: answer_reply(ticket.code, ticket.at, answering, ticket.taken, ticket.refused)  # noqa: E731
            return self._in_flask(environ, start_response, request_id, ticket, reply)
        body = text.encode()
        start_response(
            "200 OK",
            [
                ("Content-Type", "application/json"),
                ("Content-Length", str(len(body))),
                ("Cache-Control", "no-store"),
                ("Vary", "Cookie"),
                (HEADER, request_id),
                *SECURITY_HEADERS,
            ],
        )
        self.served += 1
        return [body]

    def _render(self, environ: dict[str, Any]) -> Callable[..., str]:
        def render(*args: Any) -> str:
            """The first student of a shape: the template needs a request (url_for, the config)."""
            with self.app.request_context(environ):
                return reply_json(*args)

        return render

    def _in_flask(
        self,
        environ: dict[str, Any],
        start_response: Callable[..., Any],
        request_id: str,
        ticket: Ticket,
        reply: Callable[[], Any],
    ) -> Iterable[bytes]:
        """The reply made as the Flask view makes it: in a request context, through the app's
        error handlers and after-request hooks (security headers, the request's id, the cookie)."""
        app = self.app
        with app.request_context(environ):
            g.request_id = request_id
            if ticket.answering is not None:
                g.log_player_id = ticket.answering.seat.player_id
            try:
                try:
                    result = reply()
                except Exception as exc:  # noqa: BLE001 - as Flask's full_dispatch_request
                    result = app.handle_user_exception(exc)
            except Exception as exc:  # noqa: BLE001 - as Flask's wsgi_app: a 500 (re-raised when testing)
                result = app.handle_exception(exc)
            response = app.process_response(app.make_response(result))
            return response(environ, start_response)


def _raise(exc: BaseException) -> Callable[[], Any]:
    def again() -> Any:
        raise exc

    return again


def init_app(app: Flask) -> None:
    """Put the route in front of the app (any proxy fix goes in front of both)."""
    lean = LeanAnswers(app, app.wsgi_app)
    app.extensions["lean_answers"] = lean
    app.wsgi_app = lean  # type: ignore[method-assign]
