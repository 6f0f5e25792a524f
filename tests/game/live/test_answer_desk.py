"""A worker's answer desk: answers taken together are each counted, scored and stored as one alone
would be: a double tap stored once, a refused answer counted and not stored, one over the rate
limit not stored, a browser's hits counted one by one. On both databases, with real commits."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from flask import Flask
from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from quizgame.extensions import db
from quizgame.game import ratelimit
from quizgame.game.fast_path.engines import seat_engine
from quizgame.game.live import answer_desk, machine
from quizgame.game.live.answer_desk import AnswerDesk, Ticket
from quizgame.game.live.snapshot import publish
from quizgame.models import Answer, Delivery, Room
from tests.factories import load_demo_content, make_classroom, make_player, make_room, make_teacher

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
LIMIT = ratelimit.Limit(3, 60)


@pytest.fixture
def game(app_ctx: Flask) -> tuple[Room, list[str], list[int]]:
    """A started live room of six players: its code, their tokens, the first question's key."""
    questions = [q for q in load_demo_content() if q.kind != "loaded_word"][:2]
    room = make_room(make_classroom(make_teacher()), questions, mode="live", seconds_per_question=20)
    tokens = [make_player(room, f"Student {n}").rejoin_token for n in range(6)]
    machine.start(room, T0, 2)
    publish(db.session, room)
    db.session.commit()
    return room, tokens, list(questions[0].correct)


def ticket(room: Room, token: str, positions: list[int], key: str | None = None, at_ms: int = 1500) -> Ticket:
    return Ticket(
        code=room.code,
        token=token,
        position=0,
        positions=positions,
        at=T0 + dt.timedelta(milliseconds=at_ms),
        limit=LIMIT,
        key=key or f"answer:{token}",
    )


def stored(room_id: int) -> list[tuple[int, int]]:
    with Session(db.engine) as session:
        answers = session.execute(select(Answer.player_id, Answer.points)).all()
        deliveries = session.scalar(select(func.count()).select_from(Delivery))
    assert deliveries == len(answers), "a delivery with every stored answer"
    return sorted(answers)


def test_a_batch_scores_and_stores_each_answer_as_alone(app_ctx: Flask, game) -> None:  # type: ignore[no-untyped-def]
    room, tokens, key = game
    wrong = next(i for i in range(4) if i not in key)
    batch = [
        ticket(room, tokens[0], key),
        ticket(room, tokens[1], [wrong]),
        ticket(room, tokens[0], [wrong]),  # a double tap: the first stands
        ticket(room, tokens[2], key, at_ms=30_000),  # after the time and its grace
        ticket(room, "no such token", key),
    ]
    with seat_engine(app_ctx, db.engine).connect() as connection:
        answer_desk._run(connection, batch)
    first, other, again, late, stranger = batch
    assert first.taken is not None and first.taken.correct and first.taken.points > 0
    assert other.taken is not None and not other.taken.correct and other.taken.points == 0
    assert again.taken == first.taken.__class__(first.taken.correct, first.taken.credit, first.taken.points, True)
    assert late.taken is None and "Time is up" in (late.refused or "")
    assert stranger.answering is None and stranger.taken is None
    assert [t.verdict.hits if t.verdict else None for t in batch] == [1, 1, 2, 1, None]
    assert len(stored(room.id)) == 2


def test_one_over_the_rate_limit_in_a_batch_is_not_stored(app_ctx: Flask, game) -> None:  # type: ignore[no-untyped-def]
    room, tokens, key = game
    shared = "answer:one-browser"  # four players on one browser, limited to three answers
    batch = [ticket(room, token, key, key=shared) for token in tokens[:4]]
    with seat_engine(app_ctx, db.engine).connect() as connection:
        answer_desk._run(connection, batch)
    assert [t.verdict.allowed for t in batch if t.verdict] == [True, True, True, False]
    assert batch[3].taken is None
    assert len(stored(room.id)) == 3


def take_from_threads(desk: AnswerDesk, taps: list) -> None:  # type: ignore[type-arg]
    """Every tap handed to the desk from its own thread at once, as a worker's request threads do."""
    threads = [threading.Thread(target=desk.take, args=(tap,)) for tap in taps]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)


def test_answers_sent_together_from_threads_are_each_stored_once(app_ctx: Flask, game) -> None:  # type: ignore[no-untyped-def]
    room, tokens, key = game
    desk = AnswerDesk(seat_engine(app_ctx, db.engine))
    taps = [ticket(room, token, key) for token in tokens for _tap in range(2)]
    take_from_threads(desk, taps)
    assert all(tap.taken is not None and tap.taken.correct for tap in taps)
    assert sum(1 for tap in taps if not tap.taken.duplicate) == len(tokens)  # type: ignore[union-attr]
    assert len(stored(room.id)) == len(tokens)


def test_small_batches_in_flight_together_store_each_answer_once(app_ctx: Flask, game) -> None:  # type: ignore[no-untyped-def]
    room, tokens, key = game
    desk = AnswerDesk(seat_engine(app_ctx, db.engine), in_flight=2, batch_size=4)
    taps = [ticket(room, token, key) for token in tokens for _tap in range(3)]
    take_from_threads(desk, taps)
    assert all(tap.taken is not None and tap.taken.correct for tap in taps)
    assert sum(1 for tap in taps if not tap.taken.duplicate) == len(tokens)  # type: ignore[union-attr]
    assert sorted(tap.verdict.hits for tap in taps if tap.verdict) == sorted([1, 2, 3] * len(tokens))
    assert len(stored(room.id)) == len(tokens)


class RefusingEngine:
    """The seat engine, refusing its first `refusals` connections as a full PostgreSQL does."""

    def __init__(self, engine: Engine, refusals: int) -> None:
        self.engine, self.refusals = engine, refusals

    def connect(self) -> Connection:
        if self.refusals > 0:
            self.refusals -= 1
            raise OperationalError("connect", {}, Exception("sorry, too many clients already"))
        return self.engine.connect()


def queued(desk: AnswerDesk, tickets: list[Ticket]) -> None:
    """Serve `tickets` as one batch, as a desk does when they arrive together."""
    desk._serving = 1
    desk._queue.extend(tickets[1:])
    desk._serve(tickets[0])


def test_a_refused_connection_loses_no_answer_of_its_batch(app_ctx: Flask, game, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    room, tokens, key = game
    monkeypatch.setattr(answer_desk, "RETRY_SECONDS", (0.0, 0.0))
    desk = AnswerDesk(RefusingEngine(seat_engine(app_ctx, db.engine), refusals=3))  # type: ignore[arg-type]
    batch = [ticket(room, token, key) for token in tokens]
    queued(desk, batch)
    assert all(t.error is None and t.taken is not None and t.taken.correct for t in batch)
    assert [t.verdict.hits for t in batch if t.verdict] == [1] * len(tokens)
    assert len(stored(room.id)) == len(tokens)


def test_a_batch_failing_midway_runs_again_answer_by_answer_counted_once(app_ctx: Flask, game, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    room, tokens, key = game
    real, failures = answer_desk.insert_first_answers, [1]

    def fails_once(*args, **kwargs):  # type: ignore[no-untyped-def]
        if failures.pop() if failures else 0:
            raise OperationalError("INSERT", {}, Exception("server closed the connection unexpectedly"))
        return real(*args, **kwargs)

    monkeypatch.setattr(answer_desk, "insert_first_answers", fails_once)
    desk = AnswerDesk(seat_engine(app_ctx, db.engine))
    batch = [ticket(room, token, key) for token in tokens]
    queued(desk, batch)
    assert all(t.error is None and t.taken is not None and t.taken.correct for t in batch)
    assert [t.verdict.hits for t in batch if t.verdict] == [1] * len(tokens), "the batch's count stands, once"
    assert len(stored(room.id)) == len(tokens)


def test_an_unreachable_database_is_reported_after_the_retries(app_ctx: Flask, game, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    room, tokens, key = game
    monkeypatch.setattr(answer_desk, "RETRY_SECONDS", (0.0,))
    desk = AnswerDesk(RefusingEngine(seat_engine(app_ctx, db.engine), refusals=100))  # type: ignore[arg-type]
    batch = [ticket(room, token, key) for token in tokens[:2]]
    queued(desk, batch)
    assert all(isinstance(t.error, OperationalError) and t.taken is None for t in batch)
    assert desk._serving == 0 and not desk._queue
