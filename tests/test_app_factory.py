"""create_app: configuration from the environment, with safe defaults."""

from __future__ import annotations

import pytest

from quizgame import create_app
from quizgame.config import ConfigError


def test_defaults_to_a_sqlite_file_in_the_instance_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("QUIZGAME_DATABASE_URL", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    app = create_app({"SECRET_KEY": "x"})
    assert app.config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{app.instance_path}/quizgame.sqlite"


def test_database_url_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("QUIZGAME_DATABASE_URL", "postgresql+psycopg://someone@db.example/quizgame")
    app = create_app({"SECRET_KEY": "x"})
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://someone@db.example/quizgame"


def test_secret_key_is_generated_once_into_the_instance_folder(monkeypatch, tmp_path):
    from quizgame.config import load_secret_key

    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = load_secret_key(str(tmp_path), production=False)
    assert len(first) == 64
    assert load_secret_key(str(tmp_path), production=False) == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_production_requires_a_secret_key_from_the_environment(monkeypatch, tmp_path):
    from quizgame.config import load_secret_key

    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        load_secret_key(str(tmp_path), production=True)
    monkeypatch.setenv("SECRET_KEY", "from-env")
    assert load_secret_key(str(tmp_path), production=True) == "from-env"


def test_production_cookies_are_secure(monkeypatch):
    monkeypatch.setenv("QUIZGAME_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "s")
    app = create_app()
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path):
    from sqlalchemy import text

    from quizgame.extensions import db

    app = create_app({"SECRET_KEY": "x", "DATABASE_URL": f"sqlite:///{tmp_path}/t.sqlite"})
    with app.app_context():
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10000
        db.engine.dispose()


def test_home_page_is_served(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Join a game" in response.data


def test_pages_send_security_headers(client):
    response = client.get("/")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
