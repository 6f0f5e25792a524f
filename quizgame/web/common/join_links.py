"""The join link students type or scan. Behind a demo on the school network (`quizgame demo --lan`)
the teacher's own browser may be on 127.0.0.1, so the link uses the configured PUBLIC_URL when
there is one instead of whatever host the teacher's request came in on."""

from __future__ import annotations

from flask import current_app, url_for


def join_url(code: str) -> str:
    public = current_app.config.get("PUBLIC_URL")
    if public:
        return public.rstrip("/") + url_for("play.join", code=code)
    return url_for("play.join", code=code, _external=True)
