"""A state rendered once for every student of the same shape, per version and worker.

At a change of a 2,000-student room each worker's hub hands the new version to about a thousand
streams at once. Rendering the student template for each (about 1 ms of CPU with its request
context on this machine) made the last student wait a second per worker. Yet students differ in
little: in a question, only the order of their choices (from their rejoin token) and whether they
answered; on a reveal, their verdict and a few figures. So a stream renders its student's *shape*
once per version (the edition's `renders`), with markers where the student's own figures and
the form's CSRF token go, and each student's event is that text with the markers replaced: a few
microseconds and no request context.

What the template reads of a student is in `shape` (what picks the branch and the markup) or in
`Mine` (text put in place of the markers); a test renders every phase both ways and compares.
The countdown's whole seconds are in the shape; the state's clock to the millisecond is the
student's own (`Mine.remaining_ms`), so a state written late still says how late. (With the tenth of a
second in the shape, a class's answers, replied to over a few seconds, rendered the reply again
every tenth.)
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from quizgame.game.live import machine
from quizgame.game.live.student_view import StudentView
from quizgame.models import RoomPhase

_MARK = secrets.token_hex(8)  # a process's own: no article or nickname can hold it


@dataclass(frozen=True)
class Mine:
    """A student's own figures as the template prints them."""

    rank: str = ""
    total: str = ""
    earned: str = ""
    remaining_ms: str = ""  # the state's clock, in its JSON (the page shows whole seconds: in the shape)


MARKERS = Mine(rank=f"rank-{_MARK}", total=f"total-{_MARK}", earned=f"earned-{_MARK}", remaining_ms=f"clock-{_MARK}")
CSRF_MARKER = f"csrf-{_MARK}"
# The clock's marker stands for a number in JSON: it is replaced with its quotes.
_MARKED = re.compile(f'"(clock)-{_MARK}"|(rank|total|earned|csrf)-{_MARK}')


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def mine(view: StudentView) -> Mine:
    standing, answer = view.standing, view.answer
    return Mine(
        rank=ordinal(standing.rank) if standing else "",
        total=f"{standing.points:,}" if standing else "",
        earned=f"{answer.points:,}" if answer else "",
        remaining_ms=str(view.remaining_ms),
    )


def shape(view: StudentView) -> tuple[Any, ...]:
    """Everything of the student's own that picks the template's branches and markup: two students
    of one shape get the same text but for `Mine` and the CSRF token."""
    room, seat, answer = view.room, view.seat, view.answer
    asking = room.phase == RoomPhase.QUESTION and answer is None and not machine.is_paused(room)
    return (
        seat.removed,
        seat.nickname if room.phase == RoomPhase.LOBBY else None,
        tuple(view.choices) if asking and not view.time_is_up else None,
        None if answer is None else (answer.correct, answer.credit),
        view.standing is not None,
        view.time_is_up,
        (view.remaining_ms + 999) // 1000,  # the countdown's seconds as the page shows them
    )


def shared_event(
    renders: dict[tuple[Any, ...], str],
    view: StudentView,
    csrf: str,
    render: Callable[[StudentView, Mine, str], str],
) -> str:
    """The student's event text: their shape's, rendered by `render(view, MARKERS, CSRF_MARKER)` on
    the first student of the shape and kept in `renders` (the edition's), markers replaced."""
    return shared_text(renders, "event", view, csrf, render)


def shared_text(
    renders: dict[tuple[Any, ...], str],
    kind: str,
    view: StudentView,
    csrf: str,
    render: Callable[[StudentView, Mine, str], str],
) -> str:
    """shared_event for any `kind` of text made of a student's view (a stream's event, an answer's
    JSON reply): each kind is kept apart in `renders`."""
    key = (kind, *shape(view))
    text = renders.get(key)
    if text is None:
        text = renders[key] = render(view, MARKERS, CSRF_MARKER)
    own = mine(view)
    values = {"rank": own.rank, "total": own.total, "earned": own.earned, "csrf": csrf, "clock": own.remaining_ms}
    return _MARKED.sub(lambda found: values[found.group(1) or found.group(2)], text)
