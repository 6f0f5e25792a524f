"""The live game's state machine: pure transitions on a Room, each taking an explicit `now`.

The teacher's presenter drives a live room through lobby -> question -> reveal -> ... -> finished.
Every transition bumps `room.version`, which is how every worker and every client notices a
change. Nothing here touches the database or Flask: a view loads the room, calls one transition,
and commits once.

The clock: `question_started_at` is when the current question opened, shifted forward on resume
by the time spent paused, so `now - question_started_at` is always the active time the question
has been open. While paused, `paused_remaining_ms` holds what is left and the clock stands still.

Lateness: an answer is judged by when it reached the server, and a tap on the last second of a
phone's countdown reaches it a little later (the network; a worker busy with a whole class's
answers). So the question takes answers for ANSWER_GRACE_MS after its time is up, and the server
reveals it only then: the countdown shows 0, the grace passes, the reveal comes. The grace is
bounded and the same for everyone; an answer in it scores as one on the last moment.
"""

from __future__ import annotations

import datetime as dt

from quizgame.game.leaderboard import leaderboard_visible
from quizgame.game.play.rules import time_limit_ms
from quizgame.game.play.seat import RoomView
from quizgame.models import Room, RoomMode, RoomPhase, RoomStatus

# What the clock reads: the room itself (the presenter, the answer) or as play reads it from the
# version's snapshot (every student's state, the hub).
Clock = Room | RoomView


class LiveError(Exception):
    """An illegal transition or a refused action, with a message a teacher or student can read."""


def _require_live(room: Clock) -> None:
    if room.mode != RoomMode.LIVE:
        raise LiveError("This room is self-paced; there is no live game to control.")


def _require_phase(room: Room, action: str, *phases: RoomPhase) -> None:
    _require_live(room)
    if room.phase not in phases:
        raise LiveError(f"Cannot {action} now: the game is in the {room.phase} phase.")


def _changed(room: Room) -> None:
    room.version = (room.version or 0) + 1


def limit_ms(room: Clock) -> int:
    """The open question's time: its own limit in the room if the teacher set one (copied into the
    room row when it opened), else the room's."""
    return time_limit_ms(room.seconds_per_question, room.question_seconds)


def is_paused(room: Clock) -> bool:
    return room.phase == RoomPhase.QUESTION and room.paused_remaining_ms is not None


def elapsed_ms(room: Clock, now: dt.datetime) -> int:
    """Active time the current question has been open (paused time does not count)."""
    if room.phase != RoomPhase.QUESTION or room.question_started_at is None:
        return 0
    if room.paused_remaining_ms is not None:
        return limit_ms(room) - room.paused_remaining_ms
    return max(0, int((now - room.question_started_at) / dt.timedelta(milliseconds=1)))


def remaining_ms(room: Clock, now: dt.datetime) -> int:
    return max(0, limit_ms(room) - elapsed_ms(room, now))


def deadline(room: Clock) -> dt.datetime | None:
    """When the open question's time runs out, or None while no clock is running."""
    if room.phase != RoomPhase.QUESTION or room.question_started_at is None or is_paused(room):
        return None
    return room.question_started_at + dt.timedelta(milliseconds=limit_ms(room))


ANSWER_GRACE_MS = 1000


def closing_time(room: Clock) -> dt.datetime | None:
    """When the open question stops taking answers and the server reveals it: the deadline plus the
    grace. None while no clock is running."""
    end = deadline(room)
    return None if end is None else end + dt.timedelta(milliseconds=ANSWER_GRACE_MS)


def answers_closed(room: Clock, now: dt.datetime) -> bool:
    """The open question's time and its grace are over (the server reveals it)."""
    return time_is_up(room, now) and elapsed_ms(room, now) >= limit_ms(room) + ANSWER_GRACE_MS


def time_is_up(room: Clock, now: dt.datetime) -> bool:
    return room.phase == RoomPhase.QUESTION and not is_paused(room) and elapsed_ms(room, now) >= limit_ms(room)


def _open_question(room: Room, position: int, now: dt.datetime) -> None:
    # Read before changing anything: loading room_questions autoflushes, and a room already changed but
    # not yet versioned would be written twice (one UPDATE without the version's step, one with it).
    seconds = next((rq.seconds for rq in room.room_questions if rq.position == position), None)
    room.phase = RoomPhase.QUESTION
    room.current_position = position
    room.question_started_at = now
    room.paused_remaining_ms = None
    room.question_seconds = seconds
    _changed(room)


def _after_current(room: Room, now: dt.datetime, question_count: int) -> None:
    position = (room.current_position or 0) + 1
    if position < question_count:
        _open_question(room, position, now)
    else:
        _finish(room, now)


def _finish(room: Room, now: dt.datetime) -> None:
    room.phase = RoomPhase.FINISHED
    room.status = RoomStatus.CLOSED
    room.closed_at = now
    room.paused_remaining_ms = None
    _changed(room)


def start(room: Room, now: dt.datetime, question_count: int) -> None:
    """lobby -> the first question."""
    _require_phase(room, "start the game", RoomPhase.LOBBY)
    if question_count < 1:
        raise LiveError("This room has no questions to play.")
    _open_question(room, 0, now)


def reveal(room: Room, now: dt.datetime) -> None:
    """question -> reveal: close the question and show the answer (time up, all answered, or the teacher)."""
    _require_phase(room, "reveal the answer", RoomPhase.QUESTION)
    room.phase = RoomPhase.REVEAL
    room.paused_remaining_ms = None
    _changed(room)


def advance(room: Room, now: dt.datetime, question_count: int) -> None:
    """The teacher's "Next": during a question, reveal it now; on a reveal, open the next question,
    or finish after the last one."""
    _require_phase(room, "go on", RoomPhase.QUESTION, RoomPhase.REVEAL)
    if room.phase == RoomPhase.QUESTION:
        reveal(room, now)
    else:
        _after_current(room, now, question_count)


def skip(room: Room, now: dt.datetime, question_count: int) -> None:
    """question -> the next question (or the end) without a reveal. Answers already given keep
    their points: nobody loses what they earned because the teacher moved on."""
    _require_phase(room, "skip the question", RoomPhase.QUESTION)
    _after_current(room, now, question_count)


def pause(room: Room, now: dt.datetime) -> None:
    _require_phase(room, "pause", RoomPhase.QUESTION)
    if is_paused(room):
        raise LiveError("The question is already paused.")
    if time_is_up(room, now):
        raise LiveError("Time is already up for this question.")
    room.paused_remaining_ms = remaining_ms(room, now)
    _changed(room)


def resume(room: Room, now: dt.datetime) -> None:
    _require_phase(room, "resume", RoomPhase.QUESTION)
    if not is_paused(room):
        raise LiveError("The question is not paused.")
    assert room.paused_remaining_ms is not None
    used = limit_ms(room) - room.paused_remaining_ms
    room.question_started_at = now - dt.timedelta(milliseconds=used)
    room.paused_remaining_ms = None
    _changed(room)


def end(room: Room, now: dt.datetime) -> None:
    """Any phase but finished -> finished: the podium and the full ranking."""
    _require_phase(room, "end the game", RoomPhase.LOBBY, RoomPhase.QUESTION, RoomPhase.REVEAL)
    _finish(room, now)


def expire(room: Room, now: dt.datetime) -> bool:
    """The server's own transition: reveal when the time and its grace are up. True if it changed the room."""
    if room.mode != RoomMode.LIVE or not answers_closed(room, now):
        return False
    reveal(room, now)
    return True


def check_answer(room: Clock, position: int, now: dt.datetime) -> int:
    """Refuse an answer the server's clock does not allow (`now`: when it reached the server);
    otherwise return its response time in ms, at most the question's time (within the grace)."""
    _require_live(room)
    if room.phase == RoomPhase.LOBBY:
        raise LiveError("The game has not started yet.")
    if room.phase != RoomPhase.QUESTION or position != room.current_position:
        raise LiveError("This question is closed; your answer was not counted.")
    if is_paused(room):
        raise LiveError("The question is paused; answer when your teacher resumes it.")
    if answers_closed(room, now):
        raise LiveError("Time is up: your answer arrived after the countdown ended and was not counted.")
    return min(elapsed_ms(room, now), limit_ms(room))


def ranks_shown(room: Clock) -> bool:
    """Ranks appear on reveals and at the end, as far as the room's leaderboard setting allows
    (the projector is seen by the whole class, so it follows the setting too)."""
    finished = room.phase == RoomPhase.FINISHED
    return (finished or room.phase == RoomPhase.REVEAL) and leaderboard_visible(room.leaderboard, finished)
