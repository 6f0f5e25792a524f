"""The join link students type or scan. Behind a demo on the school network (`quizgame demo --lan`)
the teacher's own browser may be on 127.0.0.1, so the link uses the configured PUBLIC_URL when
there is one instead of whatever host the teacher's request came in on.

The link in the QR code and behind the room page's link also carries a key only the server can
make for that code (`k`). A join through it cannot be a guess, so the limit on wrong codes per
address (RATELIMIT_JOIN_CODE_FAILURES) does not apply to it: someone guessing codes behind a
school's one address can lock out typing, never the class scanning its teacher's QR code."""

from __future__ import annotations

import base64
import hashlib
import hmac

from flask import current_app, request, url_for

from quizgame.web.common import student


def link_key(code: str) -> str:
    digest = hmac.new(current_app.config["SECRET_KEY"].encode(), f"join-link\0{code}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:9]).decode()  # 72 bits: short enough for a QR code


def join_url(code: str, signed: bool = False) -> str:
    """The join page's address for `code`; `signed` adds the key (for the QR code and the link)."""
    values = {"code": code, **({"k": link_key(code)} if signed else {})}
    public = current_app.config.get("PUBLIC_URL")
    if public:
        return public.rstrip("/") + url_for("play.join", **values)
    return url_for("play.join", **values, _external=True)


def knows_the_code() -> bool:
    """Whether this request cannot be a guess at the code it names: it came through the teacher's
    signed link, or from a browser already seated in that room (its signed session says so)."""
    from quizgame.game import join_codes

    code = join_codes.normalise(request.values.get("code", ""))
    if not code:
        return False
    if student.rejoin_token(code):
        return True
    return hmac.compare_digest(request.values.get("k", ""), link_key(code))
