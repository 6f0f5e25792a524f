"""A big export streams: memory stays flat however many answers go out."""

from __future__ import annotations

import datetime as dt
import secrets
import tracemalloc

from sqlalchemy import insert

from quizgame.extensions import db
from quizgame.models import Answer, Player, Question, RoomQuestion
from tests.factories import log_in, make_classroom, make_room, make_teacher

PLAYERS = 200
QUESTIONS = 100  # 200 x 100 = 20,000 answers
# The CSV is about 4.5 MB and the 20,000 rows as Python objects take several times that; a streamed
# export holds one batch of rows (1000) and one chunk of text (500 lines) at a time: about 1.7 MB,
# the same whether 2,500 or 20,000 rows go out.
PEAK_BOUND = 3_000_000
PADDING = "Which of these lines reports what happened, and which one only says what someone thinks?"


def _big_room(teacher):  # type: ignore[no-untyped-def]
    room = make_room(make_classroom(teacher), [])
    db.session.execute(
        insert(Question),
        [
            {
                "id": f"q-{i:03}",
                "kind": "who_said",
                "skill": "sourcing",
                "prompt": f"Question {i}, with a comma? {PADDING}",
                "choices": ["First choice", "Second choice", "Third choice"],
                "correct": [0],
                "explanation": "x",
                "status": "approved",
                "difficulty": 1,
                "control": i % 5 == 0,
            }
            for i in range(QUESTIONS)
        ],
    )
    db.session.execute(
        insert(RoomQuestion),
        [{"room_id": room.id, "position": i, "question_id": f"q-{i:03}"} for i in range(QUESTIONS)],
    )
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    db.session.execute(
        insert(Player),
        [
            {
                "room_id": room.id,
                "nickname": f"student {p:03}",
                "rejoin_token": secrets.token_urlsafe(24),
                "browser_id": "b",
                "removed": False,
                "joined_at": start,
            }
            for p in range(PLAYERS)
        ],
    )
    player_ids = db.session.scalars(db.select(Player.id).where(Player.room_id == room.id)).all()
    db.session.execute(
        insert(Answer),
        [
            {
                "player_id": pid,
                "question_id": f"q-{q:03}",
                "chosen": [q % 2],
                "correct": q % 2 == 0,
                "credit": float(q % 2 == 0),
                "points": 1000 * (q % 2 == 0),
                "response_ms": 1000 + q,
                "answered_at": start + dt.timedelta(seconds=q),
            }
            for pid in player_ids
            for q in range(QUESTIONS)
        ],
    )
    db.session.commit()
    return room


def test_twenty_thousand_answers_stream_out_with_flat_memory(client, app_ctx):
    teacher = make_teacher()
    room = _big_room(teacher)
    log_in(client, teacher)

    tracemalloc.start()
    try:
        response = client.get(f"/teacher/rooms/{room.id}/export/answers.csv", buffered=False)
        assert response.is_streamed
        lines = size = 0
        for chunk in response.response:
            lines += chunk.count(b"\r\n")
            size += len(chunk)
        response.close()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert lines == 1 + PLAYERS * QUESTIONS
    assert size > PEAK_BOUND  # more text went out than memory was ever held
    assert peak < PEAK_BOUND, f"peak {peak} bytes"
