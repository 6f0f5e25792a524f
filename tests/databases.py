"""Throwaway test databases: a SQLite file, or a PostgreSQL database of their own per test session.

Each pytest process creates its own PostgreSQL database, so parallel runs (several checkouts,
CI beside a developer) never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
BACKENDS = ("sqlite", "postgresql")


def postgres_admin_url() -> str:
    return os.environ.get("QUIZGAME_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


def postgres_unavailable(reason: str) -> None:
    """Outside CI a missing server skips with the reason; in CI it is a failure."""
    message = f"PostgreSQL is not reachable at {postgres_admin_url()}: {reason}"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def _admin_connect():  # type: ignore[no-untyped-def]
    import psycopg

    url = make_url(postgres_admin_url())
    return psycopg.connect(
        host=url.host,
        port=url.port or 5432,
        user=url.username,
        password=url.password,
        dbname=url.database,
        autocommit=True,
        connect_timeout=5,
    )


@contextmanager
def throwaway_database(backend: str, tmp_dir: Path) -> Iterator[str]:
    """Yield the SQLAlchemy URL of a new, empty database; drop it afterwards."""
    if backend == "sqlite":
        path = tmp_dir / f"quizgame-{uuid.uuid4().hex[:8]}.sqlite"
        yield f"sqlite:///{path}"
        return
    name = f"quizgame_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    try:
        with _admin_connect() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # noqa: BLE001 - any connection failure means "no server"
        postgres_unavailable(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
    try:
        yield make_url(postgres_admin_url()).set(database=name).render_as_string(hide_password=False)
    finally:
        with _admin_connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def copied_database(template_url: str) -> Iterator[str]:
    """Yield the URL of a new PostgreSQL database made as a copy of `template_url`'s (CREATE DATABASE
    ... TEMPLATE copies its files: a migrated schema without running the migrations again); drop it
    afterwards. PostgreSQL refuses the copy while anyone is connected to the template, so a template
    is never served or seeded, only copied."""
    template = make_url(template_url).database
    name = f"quizgame_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with _admin_connect() as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield make_url(template_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with _admin_connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
