"""Refuse what no page ever sends before any view sees it: a NUL character, or an id in the URL
too big for the database's integer columns.

PostgreSQL cannot store NUL in text (SQLite can), and compares ids as 32-bit integers, so either
would reach the database and fail there as a server error. Nobody types them; only a fuzzer or an
attacker sends them. No row has such an id, so that is a 404.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, abort, request

NUL = "\x00"
LARGEST_ID = 2**31 - 1


def _holds_nul(value: Any) -> bool:
    if isinstance(value, str):
        return NUL in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_holds_nul(item) for item in value)
    return False


def refuse_impossible_input() -> None:
    if any(isinstance(value, int) and not 0 <= value <= LARGEST_ID for value in (request.view_args or {}).values()):
        abort(404)
    fields = [*request.args.lists(), *(request.form.lists() if request.method != "GET" else [])]
    if _holds_nul(request.view_args or {}) or any(_holds_nul(name) or _holds_nul(values) for name, values in fields):
        abort(400, description="The request contained a character that cannot be stored (NUL). Please retype it.")
    if request.is_json and _holds_nul(request.get_json(silent=True)):
        abort(400, description="The request contained a character that cannot be stored (NUL).")


def init_app(app: Flask) -> None:
    app.before_request(refuse_impossible_input)
