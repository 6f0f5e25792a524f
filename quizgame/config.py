"""Configuration read from the environment, with safe local defaults."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The checkout's content/ folder (the package is installed editable, beside it).
DEFAULT_CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"


class ConfigError(RuntimeError):
    """The environment does not describe a usable configuration."""


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a whole number, not {value!r}") from exc


@dataclass(frozen=True)
class ContentLimits:
    """How much one upload or import may hold, so that one request cannot take a worker down.

    Read once at start-up from QUIZGAME_<NAME> environment variables (QUIZGAME_ARTICLE_CHARS=80000);
    the domain (quizgame.content) reads them from CONTENT_LIMITS, without Flask."""

    article_chars: int = 60_000  # characters of one article's body: what the analysis reads
    article_words: int = 8_000  # words of one article's body
    set_files: int = 500  # files in one question-set zip
    set_file_bytes: int = 1_048_576  # uncompressed bytes of one file in a set
    set_bytes: int = 16_777_216  # uncompressed bytes of a whole set
    field_chars: int = 4_000  # characters of one prompt, explanation, excerpt or review note
    choice_chars: int = 500  # characters of one answer choice
    choices: int = 100  # choices of one question (a tap-the-word question has one a word)

    @classmethod
    def from_env(cls) -> ContentLimits:
        return cls(**{name: _env_int(f"QUIZGAME_{name.upper()}", default) for name, default in cls().__dict__.items()})


CONTENT_LIMITS = ContentLimits.from_env()


def default_sqlite_url(instance_path: str) -> str:
    return "sqlite:///" + str(Path(instance_path) / "quizgame.sqlite")


def load_secret_key(instance_path: str, production: bool) -> str:
    """SECRET_KEY from the environment; for local use, generated once into the instance folder."""
    from_env = os.environ.get("SECRET_KEY")
    if from_env:
        return from_env
    if production:
        raise ConfigError("SECRET_KEY must be set in the environment when QUIZGAME_ENV=production")
    key_file = Path(instance_path) / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    key_file.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    # Written with owner-only permissions: the key signs sessions and student cookies.
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def engine_options() -> dict[str, Any]:
    """Connection pool per process. Every open live-game stream polls on a pooled connection, so a
    pool much smaller than the busy threads would open and close connections all the time.

    No ping before each checkout (QUIZGAME_DB_PRE_PING=1 turns it on): it is a round trip on every
    request, about 15% of the answers per second PostgreSQL can take (bench/load.py). Without it, a
    database restart costs one failed request per worker: SQLAlchemy then sees the disconnect and
    replaces the whole pool. Connections are also renewed every 30 minutes."""
    return {
        "pool_pre_ping": os.environ.get("QUIZGAME_DB_PRE_PING", "0") == "1",
        "pool_recycle": 1800,
        "pool_size": int(os.environ.get("QUIZGAME_DB_POOL_SIZE", "10")),
        "max_overflow": int(os.environ.get("QUIZGAME_DB_MAX_OVERFLOW", "20")),
    }


def build_config(instance_path: str, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    overrides = dict(overrides or {})
    production = os.environ.get("QUIZGAME_ENV", "development") == "production"
    url = overrides.pop("DATABASE_URL", None) or os.environ.get("QUIZGAME_DATABASE_URL")
    config: dict[str, Any] = {
        "QUIZGAME_PRODUCTION": production,
        "SQLALCHEMY_DATABASE_URI": url or default_sqlite_url(instance_path),
        "SQLALCHEMY_ENGINE_OPTIONS": engine_options(),
        # The autocommit engines' pools (quizgame.game.fast_path.engines), beside the app engine's:
        # a self-paced page or a live poll holds its connection for milliseconds, so a few serve a
        # worker's threads.
        "DB_SEAT_POOL_SIZE": int(os.environ.get("QUIZGAME_DB_SEAT_POOL_SIZE", "10")),
        "DB_POLL_POOL_SIZE": int(os.environ.get("QUIZGAME_DB_POLL_POOL_SIZE", "5")),
        "CONTENT_DIR": os.environ.get("QUIZGAME_CONTENT_DIR", str(DEFAULT_CONTENT_DIR)),
        # The address students reach the app at (e.g. http://192.168.1.20:5000), for join links and
        # QR codes; unset, they follow the host of the teacher's request. `quizgame demo --lan` sets it.
        "PUBLIC_URL": os.environ.get("QUIZGAME_PUBLIC_URL") or None,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": production,
        "REMEMBER_COOKIE_SECURE": production,
        "REMEMBER_COOKIE_HTTPONLY": True,
        "WTF_CSRF_TIME_LIMIT": None,
        "MAX_CONTENT_LENGTH": 5 * 1024 * 1024,
        # The cookie is re-signed only when it changes: re-signing it on every page view costs more
        # than a whole answer's database work, and a student's cookie only needs to outlast a game.
        "SESSION_REFRESH_EACH_REQUEST": False,
        # How many reverse proxies (nginx, a load balancer) stand in front of the app. Behind one,
        # every request comes from the proxy's address, so the join and login limits would count a
        # whole school as one client; with this set, the client's address is read from the last
        # X-Forwarded-For entries those proxies added. Left at 0, the header is ignored, since any
        # client can send it.
        "TRUSTED_PROXIES": int(os.environ.get("QUIZGAME_TRUSTED_PROXIES", "0")),
        # The school's mail server, for password-reset links (quizgame/mail.py). Unset: no e-mail,
        # and a teacher who forgot their password asks whoever runs the server for
        # `quizgame teacher reset-password EMAIL`.
        "SMTP_HOST": os.environ.get("QUIZGAME_SMTP_HOST") or None,
        "SMTP_PORT": _env_int("QUIZGAME_SMTP_PORT", 25),
        "SMTP_USER": os.environ.get("QUIZGAME_SMTP_USER") or None,
        "SMTP_PASSWORD": os.environ.get("QUIZGAME_SMTP_PASSWORD") or None,
        "SMTP_SECURITY": os.environ.get("QUIZGAME_SMTP_SECURITY") or None,
        "MAIL_FROM": os.environ.get("QUIZGAME_MAIL_FROM") or None,
        "PASSWORD_RESET_MAX_AGE": _env_int("QUIZGAME_PASSWORD_RESET_MAX_AGE", 3600),
        # How new passwords are hashed (quizgame.accounts); a stored hash names its own method.
        "PASSWORD_HASH_METHOD": "scrypt",
        # How much the app logs (quizgame.web.common.request_log): DEBUG, INFO, WARNING, ERROR.
        "LOG_LEVEL": os.environ.get("QUIZGAME_LOG_LEVEL", "INFO").upper(),
    }
    if "SECRET_KEY" not in overrides:
        config["SECRET_KEY"] = load_secret_key(instance_path, production)
    config.update(overrides)
    return config
