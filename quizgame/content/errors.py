"""Errors in content files, always pointing at the file and line a person has to fix."""

from __future__ import annotations

from pathlib import Path


class ContentError(ValueError):
    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class ContentErrors(ValueError):
    """Several problems found in one pass, so a person can fix them all at once."""

    def __init__(self, errors: list[ContentError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
