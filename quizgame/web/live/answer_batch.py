"""A live answer through this worker's answer desk (quizgame.game.live.answer_desk): the answers a
worker receives in the same few milliseconds are counted, read, scored and stored together. The request keeps what is its own: the session's rejoin token and browser, the form
(CSRF checked before the view, as for every POST), the 404 and the rate limit's 429. The answer's
own route (quizgame.web.live.lean_answer) reads those itself and takes the answer by take_ticket."""

from __future__ import annotations

import datetime as dt
import threading

from flask import Flask, abort, current_app
from werkzeug.exceptions import NotFound

from quizgame.extensions import db
from quizgame.game.fast_path.answer_rows import Answering
from quizgame.game.fast_path.engines import seat_engine
from quizgame.game.live.answer_desk import AnswerDesk, Ticket
from quizgame.game.play.submit import Taken
from quizgame.models import RoomMode
from quizgame.web.common import student
from quizgame.web.common.limits import RateLimited, pending_charge
from quizgame.web.common.request_log import note_player
from quizgame.web.live.forms import AnswerForm

_lock = threading.Lock()


def desk_for(app: Flask) -> AnswerDesk:
    desk = app.extensions.get("live_answer_desk")
    if desk is not None:
        return desk
    with _lock, app.app_context():
        desk = app.extensions.get("live_answer_desk")
        if desk is None:
            desk = app.extensions["live_answer_desk"] = AnswerDesk(seat_engine(app, db.engine))
        return desk


def take_in_batch(code: str, at: dt.datetime, form: AnswerForm) -> tuple[Answering, Taken | None, str | None]:
    """The room, seat and question read, and the answer's result or why it was refused; aborts with 404 (no such player in
    a live room) and raises RateLimited (over RATELIMIT_ANSWER: nothing stored)."""
    token = student.rejoin_token(code)
    if not token:
        abort(404)
    pending = pending_charge("answer", student.browser_id())
    refused = None if form.validate() else next(iter(form.errors.values()))[0]
    ticket = Ticket(
        code=code,
        token=token,
        position=form.position.data if isinstance(form.position.data, int) else -1,
        positions=list(form.choice.data or []),
        at=at,
        limit=pending.limit if pending else None,
        key=pending.key if pending else None,
        refused=refused,
    )
    try:
        answering = take_ticket(current_app._get_current_object(), ticket)  # type: ignore[attr-defined]
    finally:
        if ticket.answering is not None:
            note_player(ticket.answering.seat.player_id)
    return answering, ticket.taken, ticket.refused


def take_ticket(app: Flask, ticket: Ticket) -> Answering:
    """Take the answer at the app's desk: the seat it read; raises NotFound (no such player in a
    live room) and RateLimited (over RATELIMIT_ANSWER: nothing stored). Needs no request context
    (the answer's own route calls it, quizgame.web.live.lean_answer)."""
    desk_for(app).take(ticket)
    answering = ticket.answering
    if answering is None or answering.room.mode != RoomMode.LIVE:
        raise NotFound()
    if ticket.verdict is not None and not ticket.verdict.allowed:
        raise RateLimited(ticket.verdict.retry_after)
    return answering
