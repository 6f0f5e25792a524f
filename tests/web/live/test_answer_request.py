"""What the answer's own route reads of a request (quizgame/web/live/answer_request.py): the form as
Werkzeug reads it, and signed values verified once, never trusted longer than the serializer would."""

from __future__ import annotations

import io
import time

from itsdangerous import TimestampSigner, URLSafeTimedSerializer
from werkzeug.test import EnvironBuilder

from quizgame.web.live.answer_request import Verified, answer_form


def signed_seconds_ago(seconds: int) -> URLSafeTimedSerializer:
    class Earlier(TimestampSigner):
        def get_timestamp(self) -> int:
            return int(time.time()) - seconds

    return URLSafeTimedSerializer("secret", salt="s", signer=Earlier)


def test_a_verified_value_is_taken_again_only_while_it_is_young_enough():
    serializer = URLSafeTimedSerializer("secret", salt="s")
    verified = Verified()
    token = signed_seconds_ago(10).dumps({"players": {"ABC": "t"}})
    assert verified.get(token, serializer, 60) == {"players": {"ABC": "t"}}
    assert verified.get(token, serializer, 60) == {"players": {"ABC": "t"}}, "from what was verified"
    assert verified.get(token, serializer, 5) is None, "too old for this max_age, verified before or not"
    assert verified.get(token, serializer, None) == {"players": {"ABC": "t"}}


def test_a_value_that_does_not_verify_is_refused_every_time():
    serializer = URLSafeTimedSerializer("secret", salt="s")
    verified = Verified()
    forged = URLSafeTimedSerializer("another secret", salt="s").dumps("x")
    assert verified.get(forged, serializer, None) is None
    assert verified.get(forged, serializer, None) is None
    assert verified.get(signed_seconds_ago(100).dumps("x"), serializer, 50) is None


def form_of(**options) -> dict:  # type: ignore[no-untyped-def]
    """A POST's WSGI environ, its body read in (as a server hands it on)."""
    builder = EnvironBuilder(path="/live/play/ABC/answer", method="POST", **options)
    try:
        environ = builder.get_environ()
        environ["wsgi.input"] = io.BytesIO(environ["wsgi.input"].read())
        return environ
    finally:
        builder.close()


def test_the_answer_form_is_read_urlencoded_or_multipart_and_its_body_put_back():
    for content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        environ = form_of(data={"position": "2", "choice": ["1", "3-4"], "csrf_token": "t"}, content_type=content_type)
        body = environ["wsgi.input"].getvalue()
        assert answer_form(environ) == {"position": ["2"], "choice": ["1", "3-4"], "csrf_token": ["t"]}
        assert environ["wsgi.input"].read() == body, "the Flask app can still read the body"


def test_anything_but_the_answers_fields_is_left_to_the_app():
    assert answer_form(form_of(data={"position": "0", "choice": "1", "other": "x"})) is None
    assert answer_form(form_of(data={"position": "0", "choice": (io.BytesIO(b"x"), "f.txt")})) is None
    assert answer_form(form_of(data=b"{}", content_type="application/json")) is None
    assert answer_form(form_of(data={"choice": "1" * 20_000})) is None, "over 16 KB"
