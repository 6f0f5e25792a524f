"""The simulated teacher of bench/live.py: start the game, then "next" through every reveal to the
podium, each press once the class has the last state and, on a question, has answered.

The teacher learns how the class is doing from the client processes' shared counters
(bench/live_students.Board). A press that times out or fails is sent again with the version the
teacher's screen showed, as a second click would be: the server refuses it if the first one got
through (409, with the room's state), so no question is ever skipped.
"""

from __future__ import annotations

import sys
import time
from typing import Any

import httpx

from bench import live_students
from bench.live_figures import WAIT_FOR_DELIVERY, Action
from tests.live_setup import SeededGame

PATIENCE_FOR_ANSWERS = 15.0  # seconds the teacher waits for the class's answers before "next"
PRESS_ATTEMPTS = 4
PRESS_TIMEOUT = 30.0


def log(message: str) -> None:
    print(f"  {time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


def total(boards: list[live_students.Board], name: str, index: int | None = None) -> int:
    values = [getattr(b, name) for b in boards]
    return sum(v[index] for v in values) if index is not None else sum(v.value for v in values)


def wait(condition: Any, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


class Teacher:
    """The presenter's page, opened before the class joins (as in a classroom), and its buttons."""

    def __init__(self, client: httpx.Client, game: SeededGame, errors: dict[str, int]) -> None:
        self.client, self.game, self.errors = client, game, errors
        page = client.get(f"/live/rooms/{game.room_id}", headers={"Cookie": f"session={game.teacher_cookie}"})
        page.raise_for_status()
        self.csrf = live_students.CSRF.search(page.text).group(1)  # type: ignore[union-attr]
        self.cookie = page.cookies.get("session") or game.teacher_cookie

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1

    def press(self, action: str, version: int | None) -> tuple[float, dict[str, Any]]:
        """When the press was first sent, and the room's state it led to."""
        sent = time.monotonic()
        form = {} if version is None else {"version": str(version)}
        for attempt in range(1, PRESS_ATTEMPTS + 1):
            try:
                response = self.client.post(
                    f"/live/rooms/{self.game.room_id}/{action}",
                    data=form,
                    headers={
                        "Cookie": f"session={self.cookie}",
                        "X-CSRFToken": self.csrf,
                        "Accept": "application/json",
                    },
                    timeout=PRESS_TIMEOUT,
                )
                if response.status_code == 200 or (attempt > 1 and response.status_code == 409):
                    return sent, response.json()
                self.error(f"teacher's {action}: HTTP {response.status_code}")
            except httpx.TransportError as exc:
                self.error(f"teacher's {action}: {type(exc).__name__}")
            if attempt < PRESS_ATTEMPTS:
                log(f"teacher's {action} failed, pressed again")
                time.sleep(1.0)
        raise RuntimeError(f"the teacher's {action!r} failed {PRESS_ATTEMPTS} times")


def play(teacher: Teacher, boards: list[live_students.Board]) -> list[Action]:
    """Every press the teacher made, with the version and phase it led to."""
    n = len(teacher.game.player_cookies)
    answering = sum(i % 20 != 0 for i in range(n))
    actions: list[Action] = []
    sent, state = teacher.press("start", None)
    while True:
        version, phase = int(state["version"]), state["phase"]
        actions.append(Action(sent, version, phase))
        if not wait(lambda v=version: total(boards, "seen", v) >= n, sent + WAIT_FOR_DELIVERY - time.monotonic()):
            teacher.error("teacher went on before every student had the state")
        log(f"{phase} (version {version}): {total(boards, 'seen', version):,} of {n:,} students have it")
        if phase == "finished":
            return actions
        if phase == "question":
            wait(lambda v=version: total(boards, "done", v) >= answering, PATIENCE_FOR_ANSWERS)
            log(f"  {total(boards, 'done', version):,} of {answering:,} answers replied to")
        time.sleep(1.0)
        sent, state = teacher.press("next", version)
