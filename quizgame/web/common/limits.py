"""Rate limits on views: `@rate_limit("join")` counts every POST, `@failure_limit("join_code")`
counts only the requests the view marks with `note_failure`, and `charge("answer", player)` counts
on the view's own connection (or in a statement of the view's own: `pending_charge`). The
limits themselves are in app.config (RATELIMIT_<NAME>, like "10 per minute"), so deployments
and tests can change them.

Counters live in the database (quizgame.game.ratelimit), so the limits hold across workers.
A refused request gets a 429 with Retry-After: a short page for people, JSON for fetch calls.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import wraps
from typing import Any, TypeVar

from flask import Flask, current_app, g, jsonify, render_template, request
from sqlalchemy.engine import Connection
from werkzeug.exceptions import TooManyRequests

from quizgame.extensions import db
from quizgame.game import ratelimit
from quizgame.web.common.stream_caps import DEFAULT_CAPS

View = TypeVar("View", bound=Callable[..., Any])

DEFAULT_LIMITS = {
    "RATELIMIT_ENABLED": True,
    # Per client address. A school's devices often share one address, so these leave room for a
    # few classes joining at once while stopping a script.
    "RATELIMIT_LOGIN": "30 per minute",
    "RATELIMIT_JOIN": "600 per minute",
    "RATELIMIT_JOIN_CODE_FAILURES": "60 per 10 minutes",
    # Per teacher account, whatever address the attempts come from.
    "RATELIMIT_LOGIN_ACCOUNT": "10 per 5 minutes",
    # Password-reset e-mails per address asked for, so a stranger cannot fill a teacher's inbox.
    "RATELIMIT_PASSWORD_RESET_MAIL": "3 per hour",
    # Per player: a class answers in bursts, but no student answers once a second for a minute.
    "RATELIMIT_ANSWER": "60 per minute",
}


class RateLimited(TooManyRequests):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"Too many tries. Please wait {retry_after} seconds and try again.")
        self.retry_after = retry_after


def client_address() -> str:
    return request.remote_addr or "unknown"


def _limit(name: str) -> ratelimit.Limit | None:
    return configured_limit(current_app.config, name)


def configured_limit(config: Mapping[str, Any], name: str) -> ratelimit.Limit | None:
    """RATELIMIT_<NAME> of this configuration; None when limits are off or it is unset."""
    if not config.get("RATELIMIT_ENABLED", True):
        return None
    setting = config.get(f"RATELIMIT_{name.upper()}")
    return ratelimit.parse_limit(setting) if setting else None


def _key(name: str, by: Callable[[], str]) -> str:
    return ratelimit.counter_key(name, by())


def rate_limit(
    name: str, by: Callable[[], str] = client_address, methods: Iterable[str] = ("POST",)
) -> Callable[[View], View]:
    """Count each request (of `methods`) against RATELIMIT_<NAME> for the client `by` names."""
    counted = {m.upper() for m in methods}

    def decorate(view: View) -> View:
        @wraps(view)
        def limited(*args: Any, **kwargs: Any) -> Any:
            limit = _limit(name)
            if limit is not None and request.method in counted:
                verdict = _count_now(_key(name, by), limit)
                if not verdict.allowed:
                    raise RateLimited(verdict.retry_after)
            return view(*args, **kwargs)

        return limited  # type: ignore[return-value]

    return decorate


def charge(name: str, identity: str, connection: Connection | None = None) -> None:
    """Count this request against RATELIMIT_<NAME> on the request's own connection (see
    ratelimit.hit_within; a view already holding it passes it), raising RateLimited over the
    limit. In a transaction, charge after the writes: over the limit they are rolled back with
    the count. Without one (a self-paced answer, quizgame/web/play/routes.py), the count stands at
    once: charge before writing."""
    limit = _limit(name)
    if limit is None:
        return
    connection = connection or db.session.connection()
    verdict = ratelimit.hit_within(connection, ratelimit.counter_key(name, identity), limit)
    if not verdict.allowed:
        raise RateLimited(verdict.retry_after)


@dataclass(frozen=True)
class PendingCharge:
    """A request's hit against RATELIMIT_<NAME>, to be counted by the view's own statements (a
    live answer's, quizgame.game.live.answer_desk)."""

    limit: ratelimit.Limit
    key: str
    at: float

    def parameters(self) -> dict[str, Any]:
        return ratelimit.hit_parameters(self.key, self.limit, self.at)


def pending_charge(name: str, identity: str, config: Mapping[str, Any] | None = None) -> PendingCharge | None:
    """The hit `charge` would count, not counted yet; None when the limit is off. `config`: the
    app's, where no app context is pushed (quizgame.web.live.lean_answer)."""
    limit = configured_limit(current_app.config if config is None else config, name)
    if limit is None:
        return None
    return PendingCharge(limit, ratelimit.counter_key(name, identity), time.time())


def note_failure(name: str) -> None:
    """Mark this request as a failed attempt for the view's `failure_limit(name)`."""
    g.setdefault("rate_limit_failures", set()).add(name)


def failure_limit(
    name: str,
    by: Callable[[], str] = client_address,
    methods: Iterable[str] = ("GET", "POST"),
    exempt: Callable[[], bool] | None = None,
) -> Callable[[View], View]:
    """Refuse a client once its failed attempts (see note_failure) reach RATELIMIT_<NAME>; a
    request `exempt` says cannot be a guess is neither counted nor refused.

    Every attempt (a request of `methods`) is counted before it runs, in one atomic statement, and
    given back afterwards unless the view marked it a failure: concurrent guesses cannot all pass
    a check made before any of them is counted (40 at once used to get 15 past a limit of 10)."""
    counted = {m.upper() for m in methods}

    def decorate(view: View) -> View:
        @wraps(view)
        def limited(*args: Any, **kwargs: Any) -> Any:
            limit = _limit(name)
            if limit is None or request.method not in counted or (exempt is not None and exempt()):
                return view(*args, **kwargs)
            key = _key(name, by)
            verdict = _count_now(key, limit)
            if not verdict.allowed:
                raise RateLimited(verdict.retry_after)
            response = view(*args, **kwargs)
            if name not in g.get("rate_limit_failures", ()):
                # The view has committed what it meant to keep; anything it left pending (a refused
                # join) must not be committed with the refund.
                db.session.rollback()
                ratelimit.refund_within(db.session.connection(), key, limit)
                db.session.commit()
            return response

        return limited  # type: ignore[return-value]

    return decorate


def _count_now(key: str, limit: ratelimit.Limit) -> ratelimit.Verdict:
    """Count a hit on the request's own connection and commit it at once, before the view has
    written anything: the count stands whatever the request does next, its row lock is held for
    one statement, and the request never waits for a second pooled connection while holding one
    (60 concurrent failed logins used to fill the pool with requests waiting on each other)."""
    verdict = ratelimit.hit_within(db.session.connection(), key, limit)
    db.session.commit()
    return verdict


def wants_json() -> bool:
    if request.is_json:
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


def _too_many(error: TooManyRequests) -> Any:
    retry_after = getattr(error, "retry_after", 60)
    if wants_json():
        response = jsonify(error="too_many_requests", message=error.description, retry_after=retry_after)
    else:
        response = current_app.make_response(render_template("errors/429.html", message=error.description))
    response.status_code = 429
    response.headers["Retry-After"] = str(retry_after)
    return response


def init_app(app: Flask) -> None:
    for setting, cap in DEFAULT_CAPS.items():
        app.config.setdefault(setting, int(os.environ.get(f"QUIZGAME_{setting}", cap)))
    # QUIZGAME_RATELIMIT_LOGIN="20 per minute" in the environment changes RATELIMIT_LOGIN (and so on);
    # a test's or an app's own config wins over both.
    for setting, value in DEFAULT_LIMITS.items():
        from_env = os.environ.get(f"QUIZGAME_{setting}")
        if from_env is not None:
            value = from_env.lower() not in ("0", "false", "no") if setting == "RATELIMIT_ENABLED" else from_env
        app.config.setdefault(setting, value)
    for setting in DEFAULT_LIMITS:
        if setting != "RATELIMIT_ENABLED" and app.config.get(setting):
            ratelimit.parse_limit(app.config[setting])  # a typo fails at start-up, not at the first login
    app.register_error_handler(429, _too_many)
