"""The view decorators: limits from app.config, counted in the database, a friendly 429."""

from __future__ import annotations

import pytest
from flask import Flask

from quizgame import create_app
from quizgame.web.common.limits import failure_limit, note_failure, rate_limit


@pytest.fixture
def app_config():
    return {"RATELIMIT_TRY": "2 per minute", "RATELIMIT_GUESS": "2 per minute"}


@pytest.fixture
def limited_app(app: Flask) -> Flask:
    @rate_limit("try")
    def try_view() -> str:
        return "done"

    @failure_limit("guess")
    def guess_view() -> tuple[str, int]:
        from flask import request

        if request.form.get("code") != "RIGHT1":
            note_failure("guess")
            return "no such code", 404
        return "welcome", 200

    app.add_url_rule("/try", "try", try_view, methods=["GET", "POST"])
    app.add_url_rule("/guess", "guess", guess_view, methods=["POST"])
    return app


def test_posts_beyond_the_limit_get_a_friendly_page_with_retry_after(limited_app):
    client = limited_app.test_client()
    assert [client.post("/try").status_code for _ in range(2)] == [200, 200]
    refused = client.post("/try")
    assert refused.status_code == 429
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    assert "text/html" in refused.content_type
    assert b"Please wait" in refused.data


def test_fetch_calls_get_json(limited_app):
    client = limited_app.test_client()
    for _ in range(2):
        client.post("/try", json={})
    refused = client.post("/try", json={})
    assert refused.status_code == 429
    assert refused.json["error"] == "too_many_requests"
    assert refused.json["retry_after"] == int(refused.headers["Retry-After"])


def test_only_the_named_methods_are_counted(limited_app):
    client = limited_app.test_client()
    assert all(client.get("/try").status_code == 200 for _ in range(5))


def test_each_client_address_has_its_own_count(limited_app):
    client = limited_app.test_client()
    for _ in range(3):
        client.post("/try", environ_base={"REMOTE_ADDR": "198.51.100.1"})
    assert client.post("/try", environ_base={"REMOTE_ADDR": "198.51.100.2"}).status_code == 200


def test_the_limit_holds_across_app_instances_like_workers(limited_app, database_url):
    """A second app (a second gunicorn worker) sees the first one's count: it is in the database."""
    limited_app.test_client().post("/try")
    limited_app.test_client().post("/try")
    other_worker = create_app(
        {"SECRET_KEY": "x", "DATABASE_URL": database_url, "WTF_CSRF_ENABLED": False, "RATELIMIT_TRY": "2 per minute"}
    )

    @rate_limit("try")
    def try_view() -> str:
        return "done"

    other_worker.add_url_rule("/try", "try", try_view, methods=["POST"])
    assert other_worker.test_client().post("/try").status_code == 429
    with other_worker.app_context():
        from quizgame.extensions import db

        db.engine.dispose()


def test_only_failed_attempts_count_towards_a_failure_limit(limited_app):
    client = limited_app.test_client()
    assert client.post("/guess", data={"code": "RIGHT1"}).status_code == 200
    assert client.post("/guess", data={"code": "WRONG1"}).status_code == 404
    assert client.post("/guess", data={"code": "RIGHT1"}).status_code == 200
    assert client.post("/guess", data={"code": "WRONG2"}).status_code == 404
    # Two failures used the allowance: even the right code is refused until the window ends.
    assert client.post("/guess", data={"code": "RIGHT1"}).status_code == 429


def test_limits_can_be_switched_off(limited_app):
    limited_app.config["RATELIMIT_ENABLED"] = False
    client = limited_app.test_client()
    assert all(client.post("/try").status_code == 200 for _ in range(5))


def test_a_misspelt_limit_fails_at_start_up(database_url):
    with pytest.raises(ValueError, match="per fortnight"):
        create_app({"SECRET_KEY": "x", "DATABASE_URL": database_url, "RATELIMIT_JOIN": "5 per fortnight"})


def _client_seen_by(app: Flask, forwarded_for: str) -> str:
    @app.get("/whoami")
    def whoami() -> str:
        from quizgame.web.common.limits import client_address

        return client_address()

    return app.test_client().get("/whoami", headers={"X-Forwarded-For": forwarded_for}).get_data(as_text=True)


def test_without_trusted_proxies_a_forwarded_address_is_ignored(app):
    # Any client can send X-Forwarded-For: believing it would let a script pick a fresh address per try.
    assert _client_seen_by(app, "203.0.113.7") == "127.0.0.1"


def test_behind_a_trusted_proxy_the_limits_count_the_students_own_address(database_url, monkeypatch):
    monkeypatch.setenv("QUIZGAME_TRUSTED_PROXIES", "1")
    app = create_app({"DATABASE_URL": database_url, "SECRET_KEY": "test"})
    # The proxy appends the address it saw; only that last entry is trusted, not what the client wrote.
    assert _client_seen_by(app, "198.51.100.1, 203.0.113.7") == "203.0.113.7"
