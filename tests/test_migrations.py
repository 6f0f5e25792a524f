"""The Alembic migrations build the whole schema on an empty database and match the models exactly."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import upgrade
from sqlalchemy import inspect

from quizgame import create_app
from quizgame.extensions import db
from tests.databases import throwaway_database


def test_migrations_on_an_empty_database_match_the_models(backend, tmp_path):
    with throwaway_database(backend, tmp_path) as url:
        app = create_app({"SECRET_KEY": "x", "DATABASE_URL": url})
        with app.app_context():
            upgrade(directory=app.extensions["migrate"].directory)
            tables = set(inspect(db.engine).get_table_names())
            assert {t.name for t in db.metadata.sorted_tables} <= tables
            with db.engine.connect() as conn:
                context = MigrationContext.configure(conn, opts={"compare_type": True})
                assert compare_metadata(context, db.metadata) == []
            db.engine.dispose()
