"""Refuse text no page ever needs before any view sees it: a NUL character.

PostgreSQL cannot store NUL in text (SQLite can), so a form field or URL holding one would reach the
database and fail there as a server error. Nobody types it; only a fuzzer or an attacker sends it.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, abort, request

NUL = "\x00"


def _holds_nul(value: Any) -> bool:
    if isinstance(value, str):
        return NUL in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_holds_nul(item) for item in value)
    return False


def refuse_nul() -> None:
    fields = [*request.args.lists(), *(request.form.lists() if request.method != "GET" else [])]
    if _holds_nul(request.view_args or {}) or any(_holds_nul(name) or _holds_nul(values) for name, values in fields):
        abort(400, description="The request contained a character that cannot be stored (NUL). Please retype it.")
    if request.is_json and _holds_nul(request.get_json(silent=True)):
        abort(400, description="The request contained a character that cannot be stored (NUL).")


def init_app(app: Flask) -> None:
    app.before_request(refuse_nul)
