"""A worker's live answers taken together: those that arrive while the database works on earlier
ones go to it in batches.

A class of 2,000 sends its answers within about two seconds, and each answer alone was two round
trips to the database, most of a worker's CPU per answer (docs/performance.md, issue 19). Here an
answer that arrives when no batch is on its way to the database leads one, and so does one that
finds a quarter of a batch queued while fewer than IN_FLIGHT batches are on their way:
it waits BATCH_SECONDS (unless answers are queued already), takes up to BATCH_SIZE answers queued
by then and runs them together: the rate limit's counts (one upsert for all the browsers), the
seats (one read), each answer scored by the same rule as alone
(quizgame.game.play.submit.scored_row), the deliveries and the answers (one INSERT for both on
PostgreSQL, keeping the first of each, ON CONFLICT DO NOTHING), and the stored result of any repeat
(one read). Each of these round trips waits for a turn of the worker's event loop, which in a
class's burst of answers is far longer than the database's work, so they are few. When it is done it wakes the answers it took and hands the lead to the first
answer queued meanwhile, so no request serves others' batches after its own. A batch the database
fails (a refused connection, a failing statement) runs again answer by answer, so one answer's
trouble is not the batch's (AnswerDesk._each_alone).

Nothing is judged later than alone: each answer's lateness is read from when its request arrived
(`at`, before it queued), so a batch never turns an answer sent in time into a late one.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from quizgame.game import ratelimit
from quizgame.game.fast_path.answer_rows import Answering, read_answer_seat, read_answer_seats
from quizgame.game.live import machine
from quizgame.game.live.answers import seated_submission, take_seated_answer
from quizgame.game.live.machine import LiveError
from quizgame.game.play.rules import AnswerRefused
from quizgame.game.play.store import insert_first_answers, stored_result
from quizgame.game.play.submit import Taken, scored_row

# How long a batch's leader waits for others: a few milliseconds against the second or more an
# answer waited in a worker's queue at 2,000 students.
BATCH_SECONDS = 0.002
# Batches on their way to the database at once, and answers in one. With one batch at a time every
# answer waited for the batch before it (p50 86-124 ms a batch at 2,000 students, load 8: each of
# its round trips waits for a turn of the worker's busy event loop); several overlap one's round
# trips with another's scoring. IN_FLIGHT connections of the seat pool at most
# (QUIZGAME_DB_SEAT_POOL_SIZE). A batch is capped so that the first answers of a burst are replied
# to without waiting for the last.
IN_FLIGHT = 4
BATCH_SIZE = 64
# The pauses before an answer whose database was unreachable is tried again (AnswerDesk._each_alone):
# about 3 s in all, against an answer lost. Its lateness is judged by when it arrived, so waiting
# never makes it late.
RETRY_SECONDS = (0.05, 0.25, 1.0, 2.0)


@dataclass(eq=False)
class Ticket:
    """One answer as its request read it, and what became of it."""

    code: str
    token: str
    position: int
    positions: list[int]
    at: dt.datetime  # when the request arrived
    limit: ratelimit.Limit | None
    key: str | None  # the rate limit's counter
    answering: Answering | None = None  # the room, the seat, the open question, the streak
    verdict: ratelimit.Verdict | None = None  # None: not counted (no limit, or no seat)
    taken: Taken | None = None
    refused: str | None = None  # set by the request for a form it could not read: counted, not stored
    error: BaseException | None = None
    lead: bool = False
    ready: threading.Event = field(default_factory=threading.Event)


class AnswerDesk:
    def __init__(self, engine: Engine, in_flight: int = IN_FLIGHT, batch_size: int = BATCH_SIZE) -> None:
        """`engine`: autocommit (the fast path's seat engine); every statement stands on its own.
        At most `in_flight` batches at once, each of at most `batch_size` answers."""
        self._engine = engine
        self._in_flight, self._batch_size = in_flight, batch_size
        self._lock = threading.Lock()
        self._queue: deque[Ticket] = deque()
        self._serving = 0  # batches on their way to the database

    def take(self, ticket: Ticket) -> Ticket:
        """Queue the answer and return it done (its seat, verdict, result or refusal); a database
        error it could not get past is raised here."""
        with self._lock:
            # Another batch only when one is waiting: each batch in flight holds a connection of its
            # own, and the first use of each opened it in the middle of a class's answers (at 300
            # students, four at once made answers slower than one batch at a time).
            lead = self._serving == 0 or (
                self._serving < self._in_flight and len(self._queue) + 1 >= self._batch_size // 4
            )
            if lead:
                self._serving += 1
            else:
                self._queue.append(ticket)
        if not lead:
            ticket.ready.wait()
        if lead or ticket.lead:
            self._serve(ticket)
        if ticket.error is not None:
            raise ticket.error
        return ticket

    def _serve(self, first: Ticket) -> None:
        """Run `first` with the answers queued behind it (up to the batch's size), then hand the
        lead to the next answer queued, if any, which runs the next batch in its own request."""
        if not self._queue:  # nothing to take along yet; an answer handed the lead has company
            time.sleep(BATCH_SECONDS)
        with self._lock:
            batch = [first]
            while self._queue and len(batch) < self._batch_size:
                batch.append(self._queue.popleft())
        try:
            try:
                with self._engine.connect() as connection:
                    if len(batch) == 1:
                        _run_one(connection, batch[0])
                    else:
                        _run(connection, batch)
            except DBAPIError:
                # A batch shares one connection and its errors: a connection refused ("too many
                # clients") or one answer's failing statement would fail every answer of it. So
                # each answer not yet done runs again alone, on a connection of its own.
                self._each_alone([ticket for ticket in batch if ticket.taken is None])
        except BaseException as exc:  # every request of the batch not yet answered reports it
            for ticket in batch:
                if ticket.taken is None:
                    ticket.error = exc
        finally:
            with self._lock:
                successor = self._queue.popleft() if self._queue else None
                if successor is None:
                    self._serving -= 1
                else:
                    successor.lead = True
            for ticket in batch:
                if ticket is not first:
                    ticket.ready.set()
            if successor is not None:
                successor.ready.set()

    def _each_alone(self, tickets: list[Ticket]) -> None:
        """Each answer alone, again after RETRY_SECONDS while its database is unreachable (a
        refused connection, a connection lost); an answer that still fails reports its error.
        Running one again stores nothing twice (every INSERT keeps the first row) and counts it
        once: a ticket keeps the rate limit's verdict of its batch, if the batch got that far."""
        for pause in (*RETRY_SECONDS, None):
            failed = []
            for ticket in tickets:
                ticket.answering, ticket.error = None, None
                try:
                    with self._engine.connect() as connection:
                        _run_one(connection, ticket)
                except (OperationalError, InterfaceError) as exc:
                    ticket.error = exc
                    failed.append(ticket)
                except DBAPIError as exc:  # the answer's own failure: running it again would fail again
                    ticket.error = exc
            if not failed or pause is None:
                return
            time.sleep(pause)
            tickets = failed


def _run_one(connection: Connection, ticket: Ticket) -> None:
    """An answer alone: the seat with the rate limit's count, the delivery with the answer (two
    statements on PostgreSQL, four on SQLite, quizgame.game.live.answers.take_seated_answer)."""
    now = time.time()
    hit = None  # counted here unless its batch counted it (AnswerDesk._each_alone)
    if ticket.verdict is None and ticket.limit is not None and ticket.key is not None:
        hit = ratelimit.hit_parameters(ticket.key, ticket.limit, now)
    answering, hits = read_answer_seat(connection, ticket.code, ticket.token, hit)
    ticket.answering = answering
    if answering is None:
        return
    if ticket.limit is not None and hit is not None:
        if hits is None:
            hits = connection.execute(ratelimit.counting_statement(connection.dialect.name), hit).scalar_one()
        ticket.verdict = ratelimit.counted(connection, ticket.limit, hits, now)
    if ticket.verdict is not None and not ticket.verdict.allowed:
        return
    if ticket.refused is not None:
        return
    try:
        response_ms = machine.check_answer(answering.room, ticket.position, ticket.at)
        ticket.taken = take_seated_answer(connection, answering, ticket.positions, response_ms, ticket.at)
    except (LiveError, AnswerRefused) as exc:
        ticket.refused = str(exc)


def _run(connection: Connection, batch: list[Ticket]) -> None:
    """Several answers: the counts, the seats, the deliveries and the answers, one statement each
    (and one read per repeat, a double tap across two batches)."""
    now = time.time()
    counted = [t for t in batch if t.limit is not None and t.key is not None]
    seats = read_answer_seats(connection, [(t.code, t.token) for t in batch])
    for ticket in batch:
        ticket.answering = seats.get((ticket.code, ticket.token))
    _count(connection, [t for t in counted if t.answering is not None], now)
    first: dict[tuple[int, str], tuple[Ticket, dict[str, Any], dict[str, Any]]] = {}
    repeats: list[Ticket] = []
    for ticket in batch:
        row = _scored(ticket)
        if row is None:
            continue
        key = (row[0]["player_id"], row[0]["question_id"])
        if key in first:  # a double tap in one batch: the first one counts
            repeats.append(ticket)
            continue
        first[key] = (ticket, *row)
    stored = insert_first_answers(
        connection, [answer for _, answer, _ in first.values()], [delivery for _, _, delivery in first.values()]
    )
    for key, (ticket, values, _) in first.items():
        if key in stored:
            ticket.taken = Taken(values["correct"], values["credit"], values["points"], duplicate=False)
        else:
            repeats.append(ticket)
    for ticket in repeats:
        answering = ticket.answering
        assert answering is not None and answering.question is not None
        ticket.taken = Taken(
            *stored_result(connection, answering.seat.player_id, answering.question.id), duplicate=True
        )


def _count(connection: Connection, counted: list[Ticket], now: float) -> None:
    """Each browser's hit, counted for all in one statement; the n-th of a browser's hits in the
    batch gets the count it would have had alone."""
    if not counted:
        return
    limit = counted[0].limit
    assert limit is not None
    totals = ratelimit.hit_many(connection, [t.key for t in counted if t.key is not None], limit, now)
    before = Counter(t.key for t in counted)
    seen: Counter[str | None] = Counter()
    for ticket in counted:
        seen[ticket.key] += 1
        hits = totals[ticket.key or ""] - before[ticket.key] + seen[ticket.key]
        ticket.verdict = ratelimit.counted(connection, limit, hits, now)


def _scored(ticket: Ticket) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The answer's row and its delivery's, scored as an answer alone is; None (with the ticket's
    refusal) when it is not to be stored."""
    answering = ticket.answering
    if answering is None or (ticket.verdict is not None and not ticket.verdict.allowed) or ticket.refused is not None:
        return None
    room = answering.room
    try:
        response_ms = machine.check_answer(room, ticket.position, ticket.at)
        submission = seated_submission(answering, ticket.positions, response_ms, ticket.at)
        row = scored_row(room, submission)
    except (LiveError, AnswerRefused) as exc:
        ticket.refused = str(exc)
        return None
    delivery = {
        "player_id": submission.player_id,
        "question_id": submission.question.id,
        "delivered_at": room.question_started_at,
        "choice_order": submission.choice_order,
    }
    return row, delivery
