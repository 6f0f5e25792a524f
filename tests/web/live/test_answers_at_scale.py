"""A class answering at once, against the app as deployed (gunicorn's two gevent workers, PostgreSQL):
every answer is stored once and scored, a double tap included, and none sent in time is refused.

Each student taps twice at the same moment (a double tap, or a retry over a flaky network): the
second is refused or answered as the first, never stored twice.
"""

from __future__ import annotations

import asyncio
import re

import httpx
from sqlalchemy import func, select

from quizgame.extensions import db
from quizgame.models import Answer, Player
from tests.gunicorn_server import live_server
from tests.live_setup import seed_live_game
from tests.web.common.test_abuse_served import postgres_only  # noqa: F401 - fixture

STUDENTS = 120
CSRF = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


async def _play(base_url: str, game) -> list[int]:  # type: ignore[no-untyped-def]
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as client:
        teacher = await client.get(f"/live/rooms/{game.room_id}", headers={"Cookie": f"session={game.teacher_cookie}"})
        cookie = teacher.cookies.get("session") or game.teacher_cookie
        started = await client.post(
            f"/live/rooms/{game.room_id}/start",
            headers={"Cookie": f"session={cookie}", "X-CSRFToken": CSRF.search(teacher.text).group(1)},  # type: ignore[union-attr]
        )
        assert started.status_code in (200, 302)

        async def page(student: str) -> tuple[str, str]:
            response = await client.get(f"/live/play/{game.code}", headers={"Cookie": f"session={student}"})
            return response.cookies.get("session") or student, CSRF.search(response.text).group(1)  # type: ignore[union-attr]

        students = await asyncio.gather(*(page(cookie) for cookie in game.player_cookies))
        choice = str(game.questions[0].correct[0])

        async def answer(student: tuple[str, str]) -> int:
            response = await client.post(
                f"/live/play/{game.code}/answer",
                data={"position": "0", "choice": choice},
                headers={"Cookie": f"session={student[0]}", "X-CSRFToken": student[1], "Accept": "application/json"},
            )
            return response.status_code

        return await asyncio.gather(*(answer(student) for student in students for _tap in range(2)))


def test_a_whole_class_answering_at_once_is_stored_once_each_and_scored(
    app,
    database_url,
    postgres_only,  # noqa: F811 - the fixture imported above
):
    game = seed_live_game(database_url, players=STUDENTS, questions=2, seconds_per_question=60)
    with live_server(database_url, STUDENTS) as server:
        statuses = asyncio.run(_play(server.base_url, game))
    # The second tap is answered with the state (already answered) or refused as a repeat: never a 5xx.
    assert set(statuses) <= {200, 409}, sorted(set(statuses))
    with app.app_context():
        stored = db.session.execute(
            select(Answer.player_id, func.count(), func.min(Answer.points))
            .join(Player, Player.id == Answer.player_id)
            .where(Player.room_id == game.room_id)
            .group_by(Answer.player_id)
        ).all()
    assert len(stored) == STUDENTS, "every student's answer is stored"
    assert all(count == 1 for _player, count, _points in stored), "and stored once"
    assert all(points > 0 for _player, _count, points in stored), "and scored (every one is right)"
