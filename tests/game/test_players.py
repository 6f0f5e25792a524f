"""Joining and resuming: nickname or roster name, one name per room, removed players stay out."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgame.extensions import db
from quizgame.game import players, rooms
from quizgame.models import RosterStudent
from tests.factories import load_demo_content, make_classroom, make_room, make_teacher

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def room(app_ctx):
    return make_room(make_classroom(make_teacher()), load_demo_content()[:2])


def test_join_makes_a_player_with_a_secret_token(room):
    player = players.join(db.session, room, "browser-1", NOW, nickname=" Sam ")
    db.session.commit()
    assert (player.nickname, player.browser_id, player.joined_at) == ("Sam", "browser-1", NOW)
    assert len(player.rejoin_token) >= 32
    assert players.find_room(db.session, room.code) is room


def test_resume_finds_the_player_by_token_only_in_their_room(room):
    player = players.join(db.session, room, "b", NOW, nickname="Sam")
    later = NOW + dt.timedelta(minutes=5)
    assert players.resume(db.session, room, player.rejoin_token, later) is player
    assert player.last_seen_at == later
    assert players.resume(db.session, room, "not-a-token", later) is None
    assert players.resume(db.session, room, None, later) is None
    other = make_room(room.classroom, load_demo_content()[:1], title="Other")
    assert players.resume(db.session, other, player.rejoin_token, later) is None


def test_a_removed_player_neither_resumes_nor_rejoins_from_that_browser(room):
    player = players.join(db.session, room, "b", NOW, nickname="Sam")
    player.removed = True
    assert players.resume(db.session, room, player.rejoin_token, NOW) is None
    with pytest.raises(players.JoinRefused, match="removed you"):
        players.join(db.session, room, "b", NOW, nickname="Someone Else")
    assert players.join(db.session, room, "another-browser", NOW, nickname="Ana").nickname == "Ana"


def test_names_are_unique_per_room_ignoring_case(room):
    players.join(db.session, room, "b1", NOW, nickname="Sam")
    with pytest.raises(players.JoinRefused, match="already called SAM"):
        players.join(db.session, room, "b2", NOW, nickname="SAM")


def test_two_students_taking_one_name_at_the_same_moment_are_decided_by_the_database(room, monkeypatch):
    # The second student's name check ran before the first student's insert landed.
    players.join(db.session, room, "browser-1", NOW, nickname="Sam")
    monkeypatch.setattr(players, "_name_taken", lambda names, display: False)
    with pytest.raises(players.JoinRefused, match="already called Sam"):
        players.join(db.session, room, "browser-2", NOW, nickname="Sam")
    db.session.commit()  # the transaction is intact: the first student's seat is kept
    assert [p.browser_id for p in room.players] == ["browser-1"]


def test_closed_rooms_and_started_live_rooms_without_late_join_refuse(room):
    room.status = "closed"
    with pytest.raises(players.JoinRefused, match="closed"):
        players.join(db.session, room, "b", NOW, nickname="Sam")
    room.status, room.mode, room.late_join, room.phase = "open", "live", False, "question"
    with pytest.raises(players.JoinRefused, match="already started"):
        players.join(db.session, room, "b", NOW, nickname="Sam")
    room.late_join = True
    assert players.join(db.session, room, "b", NOW, nickname="Sam")


def test_roster_rooms_take_roster_names_only(room):
    room.classroom.roster.append(RosterStudent(display_name="Ana B."))
    db.session.commit()
    ana = room.classroom.roster[0]
    with pytest.raises(players.JoinRefused, match="Choose your name"):
        players.join(db.session, room, "b", NOW, nickname="Ana B.")
    player = players.join(db.session, room, "b", NOW, roster_student_id=ana.id)
    assert (player.nickname, player.roster_student_id) == ("Ana B.", ana.id)


def test_a_removed_roster_seat_keeps_its_name_and_student_and_the_student_can_join_again(room):
    """Issue 16: removal renamed the seat 'Ana B. (removed 7)' and cut its roster link, so the reports
    lost whose answers they were and a rejoin code brought the odd name back."""
    ana = RosterStudent(display_name="Ana B.")
    room.classroom.roster.append(ana)
    db.session.commit()
    first = players.join(db.session, room, "lost-phone", NOW, roster_student_id=ana.id)
    rooms.remove_player(db.session, room, first)
    db.session.commit()
    assert (first.nickname, first.roster_student_id, first.removed) == ("Ana B.", ana.id, True)
    again = players.join(db.session, room, "new-phone", NOW, roster_student_id=ana.id)
    db.session.commit()
    assert (again.nickname, again.roster_student_id, again.removed) == ("Ana B.", ana.id, False)
    # The removed seat cannot come back while the name is someone's in the room: two Ana B.s.
    with pytest.raises(players.JoinRefused, match="in the room again on another seat"):
        players.issue_rejoin_code(room, first)
    with pytest.raises(players.JoinRefused, match="removed you"):
        players.join(db.session, room, "lost-phone", NOW, roster_student_id=ana.id)


def test_a_rejoin_code_undoes_a_removal_under_the_same_name_while_nobody_else_holds_it(room):
    ana = RosterStudent(display_name="Ana B.")
    room.classroom.roster.append(ana)
    db.session.commit()
    player = players.join(db.session, room, "b", NOW, roster_student_id=ana.id)
    rooms.remove_player(db.session, room, player)
    code = players.issue_rejoin_code(room, player, make_code=lambda: "K7M2PQ")
    back = players.rejoin(db.session, room, code, "new-browser", NOW)
    db.session.commit()
    assert back is player
    assert (back.nickname, back.roster_student_id, back.removed, back.browser_id) == (
        "Ana B.",
        ana.id,
        False,
        "new-browser",
    )


def test_a_code_given_before_the_student_joined_again_is_refused_at_the_door(room):
    ana = RosterStudent(display_name="Ana B.")
    room.classroom.roster.append(ana)
    db.session.commit()
    player = players.join(db.session, room, "b", NOW, roster_student_id=ana.id)
    rooms.remove_player(db.session, room, player)
    code = players.issue_rejoin_code(room, player, make_code=lambda: "K7M2PQ")
    players.join(db.session, room, "other", NOW, roster_student_id=ana.id)
    with pytest.raises(players.JoinRefused, match="on another seat"):
        players.rejoin(db.session, room, code, "third", NOW)


def test_in_a_nickname_room_a_removed_nickname_stays_taken(room):
    player = players.join(db.session, room, "b", NOW, nickname="Sam")
    rooms.remove_player(db.session, room, player)
    db.session.commit()
    with pytest.raises(players.JoinRefused, match="already called Sam"):
        players.join(db.session, room, "other", NOW, nickname="Sam")
