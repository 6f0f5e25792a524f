"""Every response carries the headers that keep pages from running injected code or being framed."""

from __future__ import annotations

import pytest

from quizgame import create_app


def _policy(response) -> dict[str, str]:  # type: ignore[no-untyped-def]
    directives = [d.strip() for d in response.headers["Content-Security-Policy"].split(";") if d.strip()]
    return {d.split()[0]: " ".join(d.split()[1:]) for d in directives}


@pytest.mark.parametrize("path", ["/", "/healthz", "/no-such-page"])
def test_the_content_security_policy_allows_only_own_scripts_and_styles(client, path):
    policy = _policy(client.get(path))
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert "'unsafe-inline'" not in " ".join(policy.values())
    assert "'unsafe-eval'" not in " ".join(policy.values())
    assert policy["frame-ancestors"] == "'none'"
    assert policy["base-uri"] == "'none'"
    assert policy["form-action"] == "'self'"


def test_browsers_must_not_guess_content_types(client):
    assert client.get("/").headers["X-Content-Type-Options"] == "nosniff"


def test_pages_cannot_be_framed_by_older_browsers_either(client):
    assert client.get("/").headers["X-Frame-Options"] == "DENY"


def test_pages_do_not_leak_their_address_to_other_sites(client):
    assert client.get("/").headers["Referrer-Policy"] == "same-origin"


def test_production_session_cookies_are_secure_httponly_and_same_site(monkeypatch, database_url):
    monkeypatch.setenv("QUIZGAME_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "production-secret")
    app = create_app({"DATABASE_URL": database_url})

    @app.get("/set-session")
    def set_session() -> str:
        from flask import session

        session["probe"] = 1
        return "ok"

    cookie = app.test_client().get("/set-session", base_url="https://localhost").headers["Set-Cookie"]
    attributes = {part.strip().split("=")[0].lower() for part in cookie.split(";")}
    assert {"secure", "httponly", "samesite"} <= attributes
    assert "SameSite=Lax" in cookie


def test_development_cookies_work_over_plain_http(client):
    with client.session_transaction() as session:
        session["probe"] = 1
    response = client.get("/")
    assert "Secure" not in response.headers.get("Set-Cookie", "")
