"""Templates compare a state (a room's phase, status, mode, leaderboard or scoring, a question's
review status, an import's stage) to a member of its StrEnum, never to a bare string: a state
renamed in quizgame.models then fails here instead of a page silently never matching it."""

from __future__ import annotations

import re
from pathlib import Path

from flask import Flask, render_template_string

from quizgame.web import STATES

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
STATE_ATTRIBUTES = "phase|status|mode|leaderboard|stage|scoring"
# room.phase == "lobby", "lobby" != room.phase, room.status in ('open', ...)
BARE_COMPARISON = re.compile(
    rf"""\.({STATE_ATTRIBUTES})\s*(==|!=)\s*['"]"""
    rf"""|['"]\s*(==|!=)\s*[\w.]+\.({STATE_ATTRIBUTES})\b"""
    rf"""|\.({STATE_ATTRIBUTES})\s+(not\s+)?in\s*[(\[]\s*['"]"""
)
MEMBER = re.compile(rf"\b({'|'.join(state.__name__ for state in STATES)})\.(\w+)")


def _lines() -> list[tuple[str, str]]:
    return [
        (f"{path.relative_to(TEMPLATES)}:{number}", line.strip())
        for path in sorted(TEMPLATES.rglob("*.html"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
    ]


def test_no_template_compares_a_state_to_a_bare_string():
    assert [f"{where}: {line}" for where, line in _lines() if BARE_COMPARISON.search(line)] == []


def test_the_check_catches_each_way_of_writing_a_bare_comparison():
    for line in (
        '{% if room.phase == "lobby" %}',
        "{% if 'open' != room.status %}",
        "{% if job.stage in ('done', 'failed') %}",
    ):
        assert BARE_COMPARISON.search(line), line
    assert not BARE_COMPARISON.search("{% if room.phase == RoomPhase.LOBBY %}")


def test_every_state_member_a_template_names_exists():
    """Jinja reads a misspelt member (RoomPhase.LOBY) as undefined, which equals nothing: a test
    has to catch it."""
    states = {state.__name__: state for state in STATES}
    named = [(where, m.group(1), m.group(2)) for where, line in _lines() for m in MEMBER.finditer(line)]
    assert len(named) >= 20  # the templates do use them; an empty scan would prove nothing
    assert [
        f"{where}: {enum}.{member}" for where, enum, member in named if member not in states[enum].__members__
    ] == []


def test_templates_see_the_states_and_they_equal_the_stored_strings(app: Flask):
    with app.test_request_context():
        rendered = render_template_string(
            "{{ RoomPhase.LOBBY == 'lobby' }} {{ RoomStatus.OPEN }} {{ QuestionStatus|list|join(',') }}"
        )
    assert rendered == "True open candidate,approved,rejected"
