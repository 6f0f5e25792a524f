"""INSERT ... ON CONFLICT for the database in use: one statement where a read-then-write would take
two round trips and a savepoint, and stays correct when two requests race."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite


def insert_for(dialect_name: str, table: Table | type[Any]) -> Any:
    """An INSERT with .on_conflict_do_nothing/.on_conflict_do_update for SQLite or PostgreSQL, into a
    table or (for an ORM INSERT ... RETURNING of objects) a mapped class."""
    if dialect_name == "postgresql":
        return postgresql.insert(table)
    if dialect_name == "sqlite":
        return sqlite.insert(table)
    # quizgame supports SQLite and PostgreSQL; this names the problem for anyone pointing it elsewhere.
    raise RuntimeError(
        f"quizgame needs INSERT ... ON CONFLICT, which it uses on SQLite and PostgreSQL only, not {dialect_name}"
    )
