"""Why a candidate got no question: the gates' reasons, recorded only when somebody asks.

The confidence gate abstains silently, so an article that gets no question tells a teacher (or a
maintainer) nothing about why (the teacher's reading of tests/data/reading3: five plain hard-news
reports, no question, cause unknown from the output). `quizgame questions --why` runs the generators
inside `recording()` and lists, per article, each finding a gate dropped and the gate that dropped it.
Outside `recording()` a `drop` costs one context lookup and records nothing: the generators stay pure
in what they return.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Dropped:
    article: str
    kind: str
    text: str  # the finding's words (a statement, a quotation, a term), shortened
    gate: str  # the check that dropped it, in words a teacher can read


_RECORD: ContextVar[list[Dropped] | None] = ContextVar("quizgame_why", default=None)
_SHOWN = 90


@contextmanager
def recording() -> Iterator[list[Dropped]]:
    """Record every `drop` made inside the block into the list it yields."""
    found: list[Dropped] = []
    token = _RECORD.set(found)
    try:
        yield found
    finally:
        _RECORD.reset(token)


def active() -> bool:
    return _RECORD.get() is not None


def drop(article: str, kind: str, text: str, gate: str) -> None:
    """Note that `gate` kept this finding from keying a question of `kind` (nothing when not recording)."""
    found = _RECORD.get()
    if found is None:
        return
    words = " ".join(str(text).split())
    entry = Dropped(article, kind, words if len(words) <= _SHOWN else words[: _SHOWN - 1] + "…", gate)
    if entry not in found:
        found.append(entry)


def lines(found: list[Dropped], article: str) -> list[str]:
    """One article's dropped findings as text, by kind, in the order the gates met them."""
    mine = [d for d in found if d.article == article]
    if not mine:
        return ["  (no finding was dropped by a gate)"]
    out: list[str] = []
    for kind in dict.fromkeys(d.kind for d in mine):
        out.append(f"  {kind}:")
        out += [f"    - {d.gate}: {d.text}" for d in mine if d.kind == kind]
    return out
