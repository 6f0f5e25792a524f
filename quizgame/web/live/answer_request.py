"""What the answer's own route (quizgame.web.live.lean_answer) reads of a request before it trusts
it: the form, the CSRF header, and the signed values it has verified before."""

from __future__ import annotations

import contextlib
import io
import time
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl

from itsdangerous import BadData, URLSafeTimedSerializer
from werkzeug.formparser import FormDataParser
from werkzeug.http import parse_options_header

FIELDS = {"position", "choice", "csrf_token"}
MAX_BODY = 16 * 1024  # an answer's form is a few hundred bytes


class Verified:
    """Signed values this worker has verified, with what they say: a student sends the same cookie
    and CSRF token with every answer, and verifying them again (two HMACs, base64 and JSON) was a
    tenth of the answer's CPU. A value is looked up by its exact text, and taken from here only
    while it is younger than the `max_age` it is read with, as the serializer would check it; the
    oldest are dropped beyond SIZE (a worker's class of students, several times over)."""

    SIZE = 8192

    def __init__(self) -> None:
        self._values: dict[str, tuple[Any, float]] = {}

    def get(self, signed: str, serializer: URLSafeTimedSerializer, max_age: int | None) -> Any:
        """What `signed` says, or None if it does not verify (bad signature, too old)."""
        known = self._values.get(signed)
        if known is not None and (max_age is None or time.time() - known[1] <= max_age):
            return known[0]
        try:
            value, stamp = serializer.loads(signed, max_age=max_age, return_timestamp=True)
        except BadData:
            return None
        if len(self._values) >= self.SIZE:
            with contextlib.suppress(RuntimeError, KeyError, StopIteration):  # another thread's at the same time
                self._values.pop(next(iter(self._values)))
        self._values[signed] = (value, stamp.timestamp())
        return value


def header_token(environ: dict[str, Any], names: Iterable[str]) -> str | None:
    for name in names:
        value = environ.get("HTTP_" + name.upper().replace("-", "_"))
        if value:
            return str(value)
    return None


def answer_form(environ: dict[str, Any]) -> dict[str, list[str]] | None:
    """The answer's form fields as lists of values, read as Werkzeug reads them (the body is put
    back for the Flask app if this route hands the request on); None: not a small form of the
    answer's fields alone."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None
    if not 0 < length <= MAX_BODY:
        return None
    body = environ["wsgi.input"].read(length)
    environ["wsgi.input"] = io.BytesIO(body)
    mimetype, options = parse_options_header(environ.get("CONTENT_TYPE", ""))
    try:
        if mimetype == "application/x-www-form-urlencoded":
            pairs = parse_qsl(body.decode("ascii"), keep_blank_values=True, strict_parsing=False)
        elif mimetype == "multipart/form-data":
            _, parsed, files = FormDataParser(max_form_parts=16).parse(io.BytesIO(body), mimetype, length, options)
            if files:
                for upload in files.values():
                    upload.close()
                return None
            pairs = list(parsed.items(multi=True))
        else:
            return None
    except (UnicodeDecodeError, ValueError):
        return None
    form: dict[str, list[str]] = {}
    for name, value in pairs:
        if name not in FIELDS:
            return None
        form.setdefault(name, []).append(value)
    return form
