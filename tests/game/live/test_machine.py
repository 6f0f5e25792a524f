"""The live state machine, as a specification: every transition, every illegal one, and the clock."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgame.game.live import machine as live
from quizgame.game.live.machine import LiveError
from quizgame.models import Room

T0 = dt.datetime(2026, 3, 2, 9, 0, 0, tzinfo=dt.UTC)
QUESTIONS = 3


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def new_room(**settings: object) -> Room:
    values: dict[str, object] = dict(
        mode="live", phase="lobby", status="open", version=0, seconds_per_question=20, late_join=True
    )
    values.update(settings)
    return Room(**values)


def in_question(position: int = 0, started: float = 0) -> Room:
    room = new_room()
    live.start(room, at(started), QUESTIONS)
    room.current_position = position
    return room


def in_reveal(position: int = 0) -> Room:
    room = in_question(position)
    live.reveal(room, at(5))
    return room


# --- transitions -------------------------------------------------------------------------------


def test_start_opens_the_first_question_and_starts_the_clock():
    room = new_room()
    live.start(room, at(0), QUESTIONS)
    assert (room.phase, room.current_position, room.question_started_at) == ("question", 0, at(0))
    assert room.version == 1


def test_start_needs_questions():
    with pytest.raises(LiveError, match="no questions"):
        live.start(new_room(), at(0), 0)


def test_next_during_a_question_reveals_it_early():
    room = in_question()
    live.advance(room, at(3), QUESTIONS)
    assert room.phase == "reveal" and room.current_position == 0


def test_next_on_a_reveal_opens_the_next_question_with_a_fresh_clock():
    room = in_reveal(position=0)
    version = room.version
    live.advance(room, at(30), QUESTIONS)
    assert (room.phase, room.current_position, room.question_started_at) == ("question", 1, at(30))
    assert room.version == version + 1


def test_next_after_the_last_reveal_finishes_and_closes_the_room():
    room = in_reveal(position=QUESTIONS - 1)
    live.advance(room, at(40), QUESTIONS)
    assert (room.phase, room.status, room.closed_at) == ("finished", "closed", at(40))


def test_skip_moves_to_the_next_question_without_a_reveal():
    room = in_question(position=0)
    live.skip(room, at(4), QUESTIONS)
    assert (room.phase, room.current_position, room.question_started_at) == ("question", 1, at(4))


def test_skipping_the_last_question_finishes():
    room = in_question(position=QUESTIONS - 1)
    live.skip(room, at(4), QUESTIONS)
    assert room.phase == "finished"


@pytest.mark.parametrize("make", [new_room, in_question, in_reveal])
def test_end_finishes_from_any_unfinished_phase(make):
    room = make()
    live.end(room, at(9))
    assert (room.phase, room.status) == ("finished", "closed")


def test_reveal_clears_a_pause():
    room = in_question()
    live.pause(room, at(5))
    live.reveal(room, at(6))
    assert room.phase == "reveal" and room.paused_remaining_ms is None


def test_every_transition_bumps_the_version_once():
    room = new_room()
    steps = [
        lambda: live.start(room, at(0), QUESTIONS),
        lambda: live.pause(room, at(2)),
        lambda: live.resume(room, at(3)),
        lambda: live.advance(room, at(4), QUESTIONS),
        lambda: live.advance(room, at(5), QUESTIONS),
        lambda: live.skip(room, at(6), QUESTIONS),
        lambda: live.end(room, at(7)),
    ]
    for expected, step in enumerate(steps, start=1):
        step()
        assert room.version == expected


# --- illegal transitions ------------------------------------------------------------------------

ILLEGAL = [
    ("lobby", "advance"),
    ("lobby", "skip"),
    ("lobby", "pause"),
    ("lobby", "resume"),
    ("lobby", "reveal"),
    ("question", "start"),
    ("question", "resume"),
    ("reveal", "start"),
    ("reveal", "skip"),
    ("reveal", "pause"),
    ("reveal", "resume"),
    ("reveal", "reveal"),
    ("finished", "start"),
    ("finished", "advance"),
    ("finished", "skip"),
    ("finished", "pause"),
    ("finished", "resume"),
    ("finished", "end"),
    ("finished", "reveal"),
]


def _room_in(phase: str) -> Room:
    if phase == "lobby":
        return new_room()
    if phase == "question":
        return in_question()
    if phase == "reveal":
        return in_reveal()
    room = in_question()
    live.end(room, at(1))
    return room


def _call(room: Room, action: str) -> None:
    if action in ("start", "advance", "skip"):
        getattr(live, action)(room, at(10), QUESTIONS)
    else:
        getattr(live, action)(room, at(10))


@pytest.mark.parametrize(("phase", "action"), ILLEGAL)
def test_illegal_transitions_raise_and_change_nothing(phase, action):
    room = _room_in(phase)
    before = (room.phase, room.current_position, room.version, room.question_started_at)
    with pytest.raises(LiveError, match=f"the {phase} phase|not paused"):
        _call(room, action)
    assert (room.phase, room.current_position, room.version, room.question_started_at) == before


def test_pausing_twice_is_refused():
    room = in_question()
    live.pause(room, at(1))
    with pytest.raises(LiveError, match="already paused"):
        live.pause(room, at(2))


def test_pausing_after_the_time_is_up_is_refused():
    room = in_question()
    with pytest.raises(LiveError, match="Time is already up"):
        live.pause(room, at(21))


def test_a_self_paced_room_has_no_live_game():
    room = new_room(mode="self_paced")
    with pytest.raises(LiveError, match="self-paced"):
        live.start(room, at(0), QUESTIONS)
    assert live.expire(room, at(999)) is False


# --- the clock ----------------------------------------------------------------------------------


def test_elapsed_and_remaining_follow_the_server_clock():
    room = in_question(started=0)
    assert live.elapsed_ms(room, at(7.25)) == 7250
    assert live.remaining_ms(room, at(7.25)) == 12750
    assert live.remaining_ms(room, at(25)) == 0


def test_pause_stops_the_clock_and_resume_continues_where_it_stopped():
    room = in_question(started=0)
    live.pause(room, at(5))
    assert room.paused_remaining_ms == 15000
    assert live.elapsed_ms(room, at(300)) == 5000
    assert not live.time_is_up(room, at(300))
    live.resume(room, at(300))
    assert live.elapsed_ms(room, at(302)) == 7000
    assert live.remaining_ms(room, at(302)) == 13000
    assert live.time_is_up(room, at(315))


def test_the_deadline_moves_with_a_pause_and_is_none_without_a_running_clock():
    room = in_question(started=0)
    assert live.deadline(room) == at(20)
    live.pause(room, at(5))
    assert live.deadline(room) is None
    live.resume(room, at(65))
    assert live.deadline(room) == at(80)
    live.reveal(room, at(70))
    assert live.deadline(room) is None and live.deadline(new_room()) is None


def test_expire_reveals_once_the_time_and_its_grace_are_up():
    room = in_question(started=0)
    assert live.ANSWER_GRACE_MS == 1000
    assert live.closing_time(room) == at(21)
    assert live.expire(room, at(20.5)) is False and room.phase == "question"
    assert live.expire(room, at(21)) is True and room.phase == "reveal"
    assert live.expire(room, at(22)) is False


def test_expire_never_fires_while_paused():
    room = in_question(started=0)
    live.pause(room, at(1))
    assert live.expire(room, at(500)) is False


def test_an_answer_in_time_gets_its_response_time_from_the_server():
    room = in_question(position=1, started=0)
    assert live.check_answer(room, 1, at(3.5)) == 3500


def test_an_answer_arriving_in_the_grace_counts_as_on_the_last_moment():
    room = in_question(started=0)
    assert live.time_is_up(room, at(20.6))
    assert live.check_answer(room, 0, at(20.6)) == 20000


@pytest.mark.parametrize(
    ("make_room", "position", "when", "message"),
    [
        (lambda: new_room(), 0, 1, "not started"),
        (lambda: in_question(position=1), 0, 1, "closed"),
        (lambda: in_reveal(position=0), 0, 6, "closed"),
        (lambda: in_question(position=0), 0, 21.001, "Time is up"),
    ],
)
def test_answers_the_clock_does_not_allow_are_refused_with_a_reason(make_room, position, when, message):
    with pytest.raises(LiveError, match=message):
        live.check_answer(make_room(), position, at(when))


def test_answers_are_refused_while_paused():
    room = in_question()
    live.pause(room, at(2))
    with pytest.raises(LiveError, match="paused"):
        live.check_answer(room, 0, at(3))
