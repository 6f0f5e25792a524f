"""Form pieces every blueprint uses: the CSRF-only button form and select choices from pairs."""

from __future__ import annotations

from collections.abc import Iterable

from flask_wtf import FlaskForm
from wtforms import SelectChoice


class ActionForm(FlaskForm):
    """A POST button with nothing to fill in (log out, archive, open, close, remove): CSRF only."""


def options(pairs: Iterable[tuple[object, str]]) -> list[SelectChoice]:
    return [SelectChoice(value, label) for value, label in pairs]  # type: ignore[arg-type]
