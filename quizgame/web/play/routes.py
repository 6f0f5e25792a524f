"""Students: join a room with its code, then play a self-paced room question by question.

The URL names a question by its place in the player's own order (/play/<code>/q/<n>), so a refresh,
a lost connection or a re-sent form lands on the same question or on its stored result."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy.engine import Connection
from werkzeug.wrappers import Response

from quizgame.extensions import db
from quizgame.game import answers, join_codes, players, progress, results
from quizgame.game.fast_path.engines import seat_engine
from quizgame.game.fast_path.question_rows import read_shown
from quizgame.game.fast_path.seat_rows import find_seat
from quizgame.game.live.guard import retried
from quizgame.game.passage import article_paragraphs
from quizgame.game.play.rules import AnswerRefused, time_limit_ms
from quizgame.game.play.seat import RoomView, Seat, Slot
from quizgame.models import Player, Room, RoomMode, RoomStatus
from quizgame.web.common import join_links, student
from quizgame.web.common.clock import now
from quizgame.web.common.forms import options
from quizgame.web.common.limits import charge, failure_limit, note_failure, rate_limit
from quizgame.web.common.request_log import note_player
from quizgame.web.play.forms import AnswerForm, NameForm, RejoinForm


@rate_limit("join")
@failure_limit("join_code_failures", exempt=join_links.knows_the_code)
def join() -> str | Response:
    raw = request.values.get("code", "")
    if not raw:
        return render_template("play/join_code.html", code="", error=None)
    code = join_codes.normalise(raw)
    room = players.find_room(db.session, code) if join_codes.looks_valid(code) else None
    if room is None:
        note_failure("join_code_failures")
        error = "No room has that code. Check it with your teacher: codes have 6 letters and numbers."
        return render_template("play/join_code.html", code=raw, error=error), 404  # type: ignore[return-value]
    if players.resume(db.session, room, student.rejoin_token(code), now()) is not None:
        db.session.commit()
        return redirect(url_for("play.room", code=code))
    form = NameForm(code=code)
    form.roster_student.choices = options((s.id, s.display_name) for s in room.classroom.roster)
    if form.validate_on_submit():
        try:
            player = players.join(
                db.session,
                room,
                student.browser_id(),
                now(),
                nickname=form.nickname.data,
                roster_student_id=form.roster_student.data,
            )
        except players.JoinRefused as exc:
            form.form_errors.append(str(exc))
        else:
            token = player.rejoin_token  # read before the commit expires the row
            db.session.commit()
            student.remember(code, token)
            return redirect(url_for("play.room", code=code))
    elif room.status != RoomStatus.OPEN:
        form.form_errors.append("This room is closed for now. Ask your teacher to reopen it.")
    status = 400 if form.form_errors else 200
    return _join_page(room, form, RejoinForm(code=code), status)


@rate_limit("join")
@failure_limit("join_code_failures")  # never exempt: a rejoin code is a seat's key, and is guessed here
def rejoin() -> str | Response:
    """Back to one's own seat with the one-time code the teacher read out (a new device, a lost cookie)."""
    code = join_codes.normalise(request.form.get("code", ""))
    room = players.find_room(db.session, code) if join_codes.looks_valid(code) else None
    if room is None:
        abort(404)
    form = RejoinForm()
    if form.validate_on_submit():

        def attempt() -> str:
            player = players.rejoin(db.session, room, form.rejoin_code.data or "", student.browser_id(), now())
            token = player.rejoin_token
            db.session.commit()
            return token

        try:
            # Again on the room as it is now if a live game's change won the race to the write
            # (a rejoin bumps the room's version: quizgame.game.live.guard).
            token = retried(db.session, attempt)
        except players.JoinRefused as exc:
            note_failure("join_code_failures")
            form.rejoin_code.errors = [str(exc)]
        else:
            student.remember(code, token)
            flash("Welcome back: you are in your own seat, with your answers and points.", "success")
            return redirect(url_for("play.room", code=code))
    name_form = NameForm(code=code)
    name_form.roster_student.choices = options((s.id, s.display_name) for s in room.classroom.roster)
    return _join_page(room, name_form, form, 400)


def _join_page(room: Room, form: NameForm, rejoin_form: RejoinForm, status: int) -> str | Response:
    page = render_template("play/join_name.html", room=room, form=form, rejoin_form=rejoin_form)
    return page, status  # type: ignore[return-value]


def room(code: str) -> Response:
    with _seat_connection() as connection:
        _, seat = _seat_or_join(connection, code)
    position = seat.next_position()
    if position is None:
        return redirect(url_for("play.done", code=code))
    return redirect(url_for("play.question", code=code, number=position + 1))


def question(code: str, number: int) -> str | Response:
    with _seat_connection() as connection:
        return _question(connection, code, number)


def _question(connection: Connection, code: str, number: int) -> str | Response:
    # An answer POST reads the keys with the seat, to score it; a page never carries them.
    found, seat = _seat_or_join(connection, code, to_score=request.method == "POST")
    if not 1 <= number <= len(seat.slots):
        abort(404)
    if request.method == "POST":
        # Every answer POST counts, before anything is written: one over the limit stores nothing.
        charge("answer", student.browser_id(), connection)
        return _posted(connection, found, seat, number)
    slot = seat.slots[number - 1]
    if slot.answered:
        return _feedback(connection, found, slot, number, len(seat.slots))
    if seat.next_position() != number - 1:
        # Questions are answered in order: no peeking ahead, no skipping back to an open one.
        return redirect(url_for("play.room", code=code))
    if found.status != RoomStatus.OPEN:
        flash("This room is closed, so it no longer takes answers.", "error")
        return redirect(url_for("play.done", code=code))
    slot = answers.deliver_to_seat(connection, found, seat, slot, now())
    return _question_page(connection, found, slot, number, len(seat.slots), AnswerForm())


def _posted(connection: Connection, found: RoomView, seat: Seat, number: int) -> str | Response:
    """The response to an answer POST."""
    code, slot = found.code, seat.slots[number - 1]
    if slot.answered:  # a double click or a re-sent form: the stored answer stands
        return _feedback(connection, found, slot, number, len(seat.slots))
    if seat.next_position() != number - 1 or slot.delivered_at is None:
        return redirect(url_for("play.room", code=code))
    form = AnswerForm()
    positions = form.choice.data or []
    if not form.validate_on_submit() or (not positions and not answers.past_limit(found, slot, now())):
        form.form_errors.append("Choose an answer, then press Submit.")
        return _question_page(connection, found, slot, number, len(seat.slots), form), 400  # type: ignore[return-value]
    try:
        answers.submit_at_seat(connection, found, seat, slot, positions, now())
    except AnswerRefused as exc:  # refused before anything was written
        flash(str(exc), "error")
        return redirect(url_for("play.done", code=code))
    return redirect(url_for("play.question", code=code, number=number))


def _question_page(
    connection: Connection, found: RoomView, slot: Slot, number: int, total: int, form: AnswerForm
) -> str:
    shown = read_shown(connection, slot.question_id)
    assert slot.delivered_at is not None and shown is not None
    question, _, _ = shown
    elapsed = (now() - slot.delivered_at).total_seconds()
    limit = time_limit_ms(found.seconds_per_question, slot.seconds)
    return render_template(
        "play/question.html",
        room=found,
        question=question,
        number=number,
        total=total,
        form=form,
        choices=answers.shown_choices(question, slot),
        articles=[(article, article_paragraphs(article.body)) for article in question.articles],
        limit=limit // 1000,
        remaining=max(0, int(limit / 1000 - elapsed)),
    )


def _feedback(connection: Connection, found: RoomView, slot: Slot, number: int, total: int) -> str:
    shown = read_shown(connection, slot.question_id, slot.answer_id)
    assert shown is not None and shown[1] is not None and shown[2] is not None
    question, stored, key = shown
    return render_template(
        "play/feedback.html",
        room=found,
        question=question,
        answer=stored,
        key=key,
        number=number,
        total=total,
        late=stored.response_ms > time_limit_ms(found.seconds_per_question, slot.seconds),
        passages=question.passages if found.show_explanations else [],
        chosen_text=[question.choices[i] for i in stored.chosen],
        correct_text=[question.choices[i] for i in key.correct],
        has_next=number < total,
    )


def done(code: str) -> str:
    with _seat_connection() as connection:
        view, seat = _seat_or_join(connection, code)
    found, player = db.session.get(Room, view.id), db.session.get(Player, seat.player_id)
    assert found is not None and player is not None
    finished = seat.next_position() is None
    return render_template(
        "play/done.html",
        room=found,
        player=player,
        finished=finished,
        summary=progress.summary(db.session, found, player),
        rank=progress.visible_rank(db.session, found, player, finished),
        review=results.answer_review(db.session, found, player) if finished else [],
    )


def _seat_or_join(connection: Connection, code: str, to_score: bool = False) -> tuple[RoomView, Seat]:
    """The room and this browser's seat in it, read as rows (the cheap path every answer takes);
    anyone without a seat is sent to the join page."""
    found, seat = find_seat(connection, code, student.rejoin_token(code), now(), to_score)
    if found is None:
        # The same answer as for a real room without a seat: only the join page (whose wrong
        # codes are limited) may tell whether a code exists; a 404 here was an unlimited oracle.
        abort(redirect(url_for("play.join", code=code)))
    if found.mode == RoomMode.LIVE:
        # A live room is played at the teacher's pace, on the live pages (quizgame/web/live/student_pages.py).
        abort(redirect(url_for("live.play", code=code)))
    if seat is None:
        abort(redirect(url_for("play.join", code=code)))
    note_player(seat.player_id)
    return found, seat


def _seat_connection() -> Connection:
    """A connection for the request's seat work, without a transaction: each write on this path is
    one statement that stands on its own (a delivery, an answer, a count, a last-seen time, each
    insert keeping the first), so BEGIN and COMMIT would only add two round trips to every page a
    class loads. It comes from the fast path's seat engine, apart from db.session, so ORM work in
    the same request keeps its transactions."""
    return seat_engine(current_app, db.engine).connect()


def register(bp: Blueprint) -> None:
    """Attach this module's views to its package's blueprint (quizgame.web.play)."""
    bp.add_url_rule("/join", view_func=join, methods=["GET", "POST"])
    bp.add_url_rule("/join/rejoin", view_func=rejoin, methods=["POST"])
    bp.add_url_rule("/play/<code>", view_func=room, methods=["GET"])
    bp.add_url_rule("/play/<code>/q/<int:number>", view_func=question, methods=["GET", "POST"])
    bp.add_url_rule("/play/<code>/done", view_func=done, methods=["GET"])
