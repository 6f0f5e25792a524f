"""Students: join a room with its code, then play a self-paced room question by question.

The URL names a question by its place in the player's own order (/play/<code>/q/<n>), so a refresh,
a lost connection or a re-sent form lands on the same question or on its stored result."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from quizgame.extensions import db
from quizgame.game import answers, join_codes, players, progress
from quizgame.game.answers import AnswerRefused
from quizgame.models import Player, Room, RoomQuestion
from quizgame.web import student
from quizgame.web.clock import now
from quizgame.web.evidence import evidence_in_paragraph
from quizgame.web.limits import failure_limit, note_failure, rate_limit
from quizgame.web.play_forms import AnswerForm, NameForm
from quizgame.web.room_forms import options

bp = Blueprint("play", __name__)


@bp.route("/join", methods=["GET", "POST"])
@rate_limit("join")
@failure_limit("join_code_failures")
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
                db.session, room, student.browser_id(), now(),
                nickname=form.nickname.data, roster_student_id=form.roster_student.data,
            )
        except players.JoinRefused as exc:
            form.form_errors.append(str(exc))
        else:
            db.session.commit()
            student.remember(code, player.rejoin_token)
            return redirect(url_for("play.room", code=code))
    elif room.status != "open":
        form.form_errors.append("This room is closed. Ask your teacher for a new code.")
    status = 400 if form.form_errors else 200
    return render_template("play/join_name.html", room=room, form=form), status  # type: ignore[return-value]


@bp.get("/play/<code>")
def room(code: str) -> Response:
    found, player = _player_or_join(code)
    position = progress.next_position(db.session, found, player)
    if position is None:
        return redirect(url_for("play.done", code=code))
    return redirect(url_for("play.question", code=code, number=position + 1))


@bp.route("/play/<code>/q/<int:number>", methods=["GET", "POST"])
@rate_limit("answer", by=student.browser_id)
def question(code: str, number: int) -> str | Response:
    found, player = _player_or_join(code)
    order = progress.question_order(found, player)
    if not 1 <= number <= len(order):
        abort(404)
    room_question = order[number - 1]
    stored = answers.stored_answer(db.session, player, room_question.question)
    if stored is None and progress.next_position(db.session, found, player) != number - 1:
        # Questions are answered in order: no peeking ahead, no skipping back to an open one.
        return redirect(url_for("play.room", code=code))
    if stored is not None:
        return _feedback(found, player, room_question, number, len(order), stored)
    form = AnswerForm()
    if request.method == "POST":
        return _answer(found, player, room_question, number, form)
    if found.status != "open":
        flash("This room is closed, so it no longer takes answers.", "error")
        return redirect(url_for("play.done", code=code))
    delivery = answers.deliver(db.session, found, player, room_question.question, now())
    db.session.commit()
    return _question_page(found, room_question, number, len(order), delivery, form)


def _answer(found: Room, player: Player, room_question: RoomQuestion, number: int, form: AnswerForm) -> str | Response:
    positions = form.choice.data or []
    delivery = answers.find_delivery(db.session, player, room_question.question)
    if delivery is None:
        return redirect(url_for("play.question", code=found.code, number=number))
    if not form.validate_on_submit() or (not positions and not answers.past_limit(found, delivery, now())):
        form.form_errors.append("Choose an answer, then press Submit.")
        return _question_page(found, room_question, number, len(found.room_questions), delivery, form), 400  # type: ignore[return-value]
    try:
        answers.submit(db.session, found, player, room_question.question, positions, now())
    except AnswerRefused as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("play.done", code=found.code))
    db.session.commit()
    return redirect(url_for("play.question", code=found.code, number=number))


def _question_page(found, room_question, number, total, delivery, form):  # type: ignore[no-untyped-def]
    question = room_question.question
    elapsed = (now() - delivery.delivered_at).total_seconds()
    return render_template(
        "play/question.html", room=found, question=question, number=number, total=total, form=form,
        choices=answers.shown_choices(question, delivery),
        remaining=max(0, int(found.seconds_per_question - elapsed)),
    )


def _feedback(found, player, room_question, number, total, stored):  # type: ignore[no-untyped-def]
    question = room_question.question
    return render_template(
        "play/feedback.html", room=found, question=question, answer=stored, number=number, total=total,
        late=stored.response_ms > found.seconds_per_question * 1000,
        evidence=evidence_in_paragraph(question) if found.show_explanations else None,
        chosen_text=[question.choices[i] for i in stored.chosen],
        correct_text=[question.choices[i] for i in question.correct],
        has_next=number < total,
    )


@bp.get("/play/<code>/done")
def done(code: str) -> str:
    found, player = _player_or_join(code)
    finished = progress.next_position(db.session, found, player) is None
    return render_template(
        "play/done.html", room=found, player=player, finished=finished,
        summary=progress.summary(db.session, found, player),
        rank=progress.visible_rank(db.session, found, player, finished),
    )


def _player_or_join(code: str) -> tuple[Room, Player]:
    """The room and this browser's player in it; anyone else is sent to the join page."""
    found = players.find_room(db.session, code)
    if found is None:
        abort(404)
    if found.mode == "live":
        # A live room is played at the teacher's pace, on the live pages (quizgame/web/live.py).
        abort(redirect(url_for("live.play", code=code)))
    player = players.resume(db.session, found, student.rejoin_token(code), now())
    if player is None:
        abort(redirect(url_for("play.join", code=code)))
    return found, player
