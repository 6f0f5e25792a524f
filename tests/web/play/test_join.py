"""Students join at /join with the room code and a nickname or a roster name, and come back
through their signed cookie; a removed player cannot come back under another name."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from quizgame.extensions import db
from quizgame.models import Player, RosterStudent
from tests.factories import make_classroom, make_room, make_teacher


@pytest.fixture
def room_code(app):
    with app.app_context():
        return make_room(make_classroom(make_teacher())).code


def _players(app):
    with app.app_context():
        return [(p.nickname, p.removed) for p in db.session.scalars(select(Player).order_by(Player.id))]


def test_join_page_asks_for_the_code_with_a_label(client):
    html = client.get("/join").get_data(as_text=True)
    assert '<label for="code">Room code</label>' in html


def test_code_is_read_leniently_and_an_unknown_code_says_so(client, room_code):
    messy = f" {room_code[:3].lower()}-{room_code[3:].lower()} "
    assert "Nickname" in client.get("/join", query_string={"code": messy}).get_data(as_text=True)
    response = client.get("/join?code=ZZZZZZ" if room_code != "ZZZZZZ" else "/join?code=YYYYYY")
    assert response.status_code == 404
    assert "No room has that code" in response.get_data(as_text=True)
    assert "No room has that code" in client.get("/join?code=O0I1L").get_data(as_text=True)


def test_join_with_a_nickname_then_play(client, app, room_code):
    response = client.post("/join", data={"code": room_code, "nickname": "  Sam  "})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/play/{room_code}"
    assert _players(app) == [("Sam", False)]
    assert client.get(f"/play/{room_code}").headers["Location"] == f"/play/{room_code}/q/1"


@pytest.mark.parametrize(
    "nickname, message",
    [
        ("S", "2 to 20 characters"),
        ("x" * 21, "2 to 20 characters"),
        ("sh1t head", "could upset someone"),
        ("F.U.C.K", "could upset someone"),
    ],
)
def test_bad_nicknames_are_refused_with_a_friendly_message(client, app, room_code, nickname, message):
    response = client.post("/join", data={"code": room_code, "nickname": nickname})
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert _players(app) == []


def test_a_nickname_is_unique_in_the_room_ignoring_case(client, app, room_code):
    client.post("/join", data={"code": room_code, "nickname": "Sam"})
    other = app.test_client()
    response = other.post("/join", data={"code": room_code, "nickname": "sam"})
    assert response.status_code == 400
    assert "already called sam" in response.get_data(as_text=True)


def test_a_nickname_with_markup_is_shown_escaped(client, app, room_code):
    client.post("/join", data={"code": room_code, "nickname": "<script>x</script>"})
    html = client.get(f"/play/{room_code}/done").get_data(as_text=True)
    assert "<script>x</script>" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html


def test_a_returning_browser_resumes_its_player(client, app, room_code):
    client.post("/join", data={"code": room_code, "nickname": "Sam"})
    response = client.get(f"/join?code={room_code}")
    assert response.headers["Location"] == f"/play/{room_code}"
    assert _players(app) == [("Sam", False)]


def test_play_pages_send_a_stranger_to_join(client, room_code):
    response = client.get(f"/play/{room_code}/q/1")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/join?code={room_code}"


def test_a_removed_player_cannot_rejoin_from_the_same_browser_under_another_name(client, app, room_code):
    client.post("/join", data={"code": room_code, "nickname": "Sam"})
    with app.app_context():
        player = db.session.scalar(select(Player))
        player.removed = True
        db.session.commit()
    assert client.get(f"/play/{room_code}").headers["Location"] == f"/join?code={room_code}"
    response = client.post("/join", data={"code": room_code, "nickname": "Totally Not Sam"})
    assert response.status_code == 400
    assert "removed you from this room" in response.get_data(as_text=True)
    assert _players(app) == [("Sam", True)]
    assert app.test_client().post("/join", data={"code": room_code, "nickname": "Ana"}).status_code == 302


def test_a_closed_room_refuses_new_players(client, app, room_code):
    with app.app_context():
        from quizgame.models import Room

        db.session.scalar(select(Room)).status = "closed"
        db.session.commit()
    page = client.get(f"/join?code={room_code}").get_data(as_text=True)
    # The teacher can reopen a room: the student is told to ask for that, not for a new code.
    assert "This room is closed for now. Ask your teacher to reopen it." in page and "new code" not in page
    response = client.post("/join", data={"code": room_code, "nickname": "Sam"})
    assert response.status_code == 400
    assert _players(app) == []


def test_a_long_nickname_reaches_the_server_and_is_refused_with_the_limit_not_cut(client, app, room_code):
    page = client.get(f"/join?code={room_code}").get_data(as_text=True)
    assert 'id="nickname" maxlength="20"' not in page and 'id="nickname" maxlength="60"' in page  # no silent cut
    response = client.post("/join", data={"code": room_code, "nickname": "Bartholomew-Maximilian Featherstonehaugh"})
    assert response.status_code == 400 and "A nickname needs 2 to 20 characters." in response.get_data(as_text=True)
    assert _players(app) == []


def test_with_a_roster_students_pick_their_name_and_results_add_up_across_rooms(client, app):
    with app.app_context():
        classroom = make_classroom(make_teacher())
        classroom.roster.extend([RosterStudent(display_name="Ana B."), RosterStudent(display_name="Ben C.")])
        db.session.commit()
        first, second = make_room(classroom), make_room(classroom, title="Second")
        codes = first.code, second.code
        ana = next(s.id for s in classroom.roster if s.display_name == "Ana B.")
    html = client.get(f"/join?code={codes[0]}").get_data(as_text=True)
    assert "Ana B." in html and "Ben C." in html and 'name="nickname"' not in html
    for code in codes:
        assert client.post("/join", data={"code": code, "roster_student": ana}).status_code == 302
    with app.app_context():
        players = db.session.scalars(select(Player)).all()
        assert {(p.nickname, p.roster_student_id) for p in players} == {("Ana B.", ana)}
        assert len(players) == 2
    taken = app.test_client().post("/join", data={"code": codes[0], "roster_student": ana})
    assert "Ana B. has already joined this room" in taken.get_data(as_text=True)


def test_a_roster_name_from_another_classroom_is_refused(client, app):
    with app.app_context():
        teacher = make_teacher()
        classroom, other = make_classroom(teacher), make_classroom(teacher, "Other")
        classroom.roster.append(RosterStudent(display_name="Ana"))
        other.roster.append(RosterStudent(display_name="Mallory"))
        db.session.commit()
        code, mallory = make_room(classroom).code, other.roster[0].id
    response = client.post("/join", data={"code": code, "roster_student": mallory})
    assert response.status_code == 400
    assert "Choose your name from the list." in response.get_data(as_text=True)
