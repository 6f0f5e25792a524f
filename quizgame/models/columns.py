"""What every table shares: aware UTC timestamps and CHECK constraints naming the allowed values."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, TypeDecorator


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def check_in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores UTC and always hands back an aware datetime: SQLite would otherwise return naive ones."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware UTC datetime")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None or value.tzinfo is dt.UTC:
            return value
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)

    def result_processor(self, dialect: Any, coltype: Any) -> Any:
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)

        # SQLite hands back the text SQLAlchemy wrote, in UTC with no offset: read with the offset,
        # it is an aware datetime in one C call instead of a parse and a replace() (a million-row
        # export reads a million of them). This replaces the impl's own text parsing on purpose,
        # which is why SQLAlchemy's usual advice (override process_result_value only) is not followed.
        def from_utc_text(value: Any) -> dt.datetime | None:
            if type(value) is str:
                try:
                    return dt.datetime.fromisoformat(value + "+00:00")
                except ValueError:  # text with an offset of its own, written by some other means
                    value = dt.datetime.fromisoformat(value)
            return self.process_result_value(value, dialect)

        return from_utc_text
