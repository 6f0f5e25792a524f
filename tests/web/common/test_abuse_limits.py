"""Abuse limits on the real routes: logins, joins, join-code guessing and answers are bounded per
client (or per account, or per player), and an answer is stored once, for the current question only.

The limits come from app.config; these tests set them low. The counters are in the database,
so what one test client spends, another client (another worker) sees.
"""

from __future__ import annotations

import csv
import io
import threading

import pytest
from sqlalchemy import func, select

from quizgame.extensions import db
from quizgame.models import Answer, Player
from tests.factories import PASSWORD, make_classroom, make_question, make_room, make_teacher


@pytest.fixture
def app_config():
    # Day-long windows: the windows are fixed, so a test that crossed a minute's boundary under
    # load would see its count start again (CI failed so once).
    return {
        "RATELIMIT_LOGIN": "3 per day",
        "RATELIMIT_LOGIN_ACCOUNT": "4 per day",
        "RATELIMIT_JOIN": "3 per day",
        "RATELIMIT_JOIN_CODE_FAILURES": "3 per day",
        "RATELIMIT_ANSWER": "4 per day",
    }


@pytest.fixture
def code(app) -> str:
    with app.app_context():
        questions = [make_question(f"limit-{n}") for n in range(3)]
        return make_room(make_classroom(make_teacher()), questions).code


def _from(address: str) -> dict[str, dict[str, str]]:
    return {"environ_base": {"REMOTE_ADDR": address}}


def _answer_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Answer))


def test_logins_from_one_address_are_limited_even_with_the_right_password(app, client):
    with app.app_context():
        make_teacher("ada@example.org")
    for _ in range(3):
        assert client.post("/teacher/login", data={"email": "ada@example.org", "password": "wrong"}).status_code == 200
    refused = client.post("/teacher/login", data={"email": "ada@example.org", "password": PASSWORD})
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) >= 1
    assert b"Please wait" in refused.data
    other_address = client.post(
        "/teacher/login", data={"email": "ada@example.org", "password": PASSWORD}, **_from("198.51.100.9")
    )
    assert other_address.status_code == 302


def test_one_account_cannot_be_guessed_at_from_many_addresses(app, client):
    with app.app_context():
        make_teacher("ada@example.org")
    for n in range(4):
        client.post(
            "/teacher/login", data={"email": "Ada@Example.org", "password": "wrong"}, **_from(f"198.51.100.{n}")
        )
    refused = client.post(
        "/teacher/login", data={"email": "ada@example.org", "password": PASSWORD}, **_from("198.51.100.50")
    )
    assert refused.status_code == 429
    other_account = client.post(
        "/teacher/login", data={"email": "bob@example.org", "password": "x"}, **_from("198.51.100.51")
    )
    assert other_account.status_code == 200


def test_showing_the_login_page_is_not_counted(client):
    assert all(client.get("/teacher/login").status_code == 200 for _ in range(6))


def test_joins_from_one_address_are_limited(client, code):
    for n in range(3):
        assert client.post("/join", data={"code": code, "nickname": f"Kid {n}"}).status_code in (302, 400)
    refused = client.post("/join", data={"code": code, "nickname": "Kid 9"})
    assert refused.status_code == 429
    with client.application.app_context():
        assert db.session.scalar(select(func.count()).select_from(Player)) <= 3


def test_guessing_join_codes_runs_out_of_tries(client, code):
    for guess in ("AAAAAA", "BBBBBB", "CCCCCC"):
        assert client.get("/join", query_string={"code": guess}).status_code == 404
    # The allowance is spent: even the right code waits, by GET or by POST.
    assert client.get("/join", query_string={"code": code}).status_code == 429
    assert client.post("/join", data={"code": code, "nickname": "Sam"}).status_code == 429
    # Another address (another school) is not affected.
    assert client.get("/join", query_string={"code": code}, **_from("203.0.113.5")).status_code == 200


def test_right_codes_do_not_count_as_guesses(client, code):
    for _ in range(5):
        assert client.get("/join", query_string={"code": code}).status_code == 200
    assert client.get("/join", query_string={"code": "AAAAAA"}).status_code == 404


def test_answers_are_limited_per_player_not_per_address(app, code):
    first, second = app.test_client(), app.test_client()
    first.post("/join", data={"code": code, "nickname": "Ann"})
    second.post("/join", data={"code": code, "nickname": "Ben"})
    for _ in range(4):
        first.post(f"/play/{code}/q/1", data={})
    assert first.post(f"/play/{code}/q/1", data={"choice": "0"}).status_code == 429
    second.get(f"/play/{code}/q/1")
    assert second.post(f"/play/{code}/q/1", data={"choice": "0"}).status_code == 302


def test_a_double_submitted_answer_is_stored_once(app, client, code):
    client.post("/join", data={"code": code, "nickname": "Sam"})
    client.get(f"/play/{code}/q/1")
    assert client.post(f"/play/{code}/q/1", data={"choice": "0"}).status_code == 302
    again = client.post(f"/play/{code}/q/1", data={"choice": "1"})
    assert again.status_code == 200  # the stored answer's feedback, unchanged
    with app.app_context():
        assert db.session.scalars(select(Answer.chosen)).all() == [[0]]


def test_answers_sent_at_the_same_moment_from_two_tabs_store_one(app, client, code):
    client.post("/join", data={"code": code, "nickname": "Sam"})
    client.get(f"/play/{code}/q/1")
    tabs = [app.test_client() for _ in range(4)]
    with client.session_transaction() as session:
        cookie = dict(session)
    for tab in tabs:
        with tab.session_transaction() as session:
            session.update(cookie)
    barrier = threading.Barrier(len(tabs))
    statuses: list[int] = []

    def submit(tab, choice: int) -> None:  # type: ignore[no-untyped-def]
        barrier.wait()
        statuses.append(tab.post(f"/play/{code}/q/1", data={"choice": str(choice)}).status_code)

    threads = [threading.Thread(target=submit, args=(tab, n)) for n, tab in enumerate(tabs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(statuses) == len(tabs) and set(statuses) <= {200, 302}
    with app.app_context():
        assert _answer_count() == 1


@pytest.mark.parametrize("number", [2, 3])
def test_an_answer_to_a_question_that_is_not_the_current_one_is_refused(app, client, code, number):
    client.post("/join", data={"code": code, "nickname": "Sam"})
    client.get(f"/play/{code}/q/1")
    response = client.post(f"/play/{code}/q/{number}", data={"choice": "0"})
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/play/{code}")
    with app.app_context():
        assert _answer_count() == 0


def test_an_answer_to_a_question_outside_the_room_is_not_found(app, client, code):
    client.post("/join", data={"code": code, "nickname": "Sam"})
    assert client.post(f"/play/{code}/q/4", data={"choice": "0"}).status_code == 404
    assert client.post(f"/play/{code}/q/0", data={"choice": "0"}).status_code == 404
    with app.app_context():
        assert _answer_count() == 0


@pytest.mark.parametrize("suffix", ["", "/q/1", "/done"])
def test_the_play_pages_do_not_tell_a_real_code_from_a_guess(client, code, suffix):
    """Finding 6: an address refused at /join could still probe GET /play/<code> (404 for no room,
    302 for a real one) at hundreds of codes a second. Only the limited join page tells now."""
    for guess in ("AAAAAA", "BBBBBB", "CCCCCC", "DDDDDD"):
        client.get("/join", query_string={"code": guess})
    assert client.get("/join", query_string={"code": code}).status_code == 429
    real, guessed = client.get(f"/play/{code}{suffix}"), client.get(f"/play/ZZZZZZ{suffix}")
    assert (real.status_code, guessed.status_code) == (302, 302)
    assert real.headers["Location"] == f"/join?code={code}" and guessed.headers["Location"] == "/join?code=ZZZZZZ"
    assert (
        client.get(real.headers["Location"]).status_code == client.get(guessed.headers["Location"]).status_code == 429
    )


@pytest.mark.parametrize("kind", ["students", "answers"])
def test_a_nickname_holding_another_locales_separator_is_quoted_in_exports(app, client, code, kind):
    """Finding 13: `a;=cmd|'/c calc'!A1` was written unquoted, so a spreadsheet splitting on `;`
    got a cell starting with `=`. Every cell holding `,` `;` or a tab is quoted."""
    nickname = "a;=cmd|'/c calc'!A1"
    player = app.test_client()
    player.post("/join", data={"code": code, "nickname": nickname})
    player.get(f"/play/{code}/q/1")
    player.post(f"/play/{code}/q/1", data={"choice": "0"})
    with app.app_context():
        from quizgame.models import Room, Teacher

        room_id = db.session.scalar(select(Room.id).where(Room.code == code))
        teacher = db.session.scalar(select(Teacher))
        from tests.factories import log_in

        log_in(client, teacher)
    text = client.get(f"/teacher/rooms/{room_id}/export/{kind}.csv").get_data(as_text=True)
    line = next(line for line in text.splitlines() if "cmd" in line)
    assert next(csv.reader(io.StringIO(line)))[1 if kind == "students" else 0 :].count("a;'=cmd|'/c calc'!A1") == 1
    assert '"a;' in line  # quoted
    for separator in (",", ";", "\t"):
        cells = next(csv.reader(io.StringIO(line), delimiter=separator))
        assert not [cell for cell in cells if cell.lstrip('"').startswith(("=", "+", "-", "@"))], (separator, cells)


def test_removing_an_impostor_releases_the_roster_name_for_the_real_student(app, client):
    """Finding 12: in a roster room an impostor who took a classmate's name kept it after removal,
    so the real student was refused."""
    from tests.factories import log_in, make_roster_student

    with app.app_context():
        teacher = make_teacher("owner@example.org")
        classroom = make_classroom(teacher)
        ada = make_roster_student(classroom, "Ada")
        room = make_room(classroom, [make_question("roster-1")])
        code, room_id, ada_id, teacher_id = room.code, room.id, ada.id, teacher.id
    impostor, real = app.test_client(), app.test_client()
    assert (
        impostor.post("/join", data={"code": code, "roster_student": str(ada_id)}, **_from("10.0.0.1")).status_code
        == 302
    )
    assert (
        real.post("/join", data={"code": code, "roster_student": str(ada_id)}, **_from("10.0.0.2")).status_code == 400
    )
    with app.app_context():
        impostor_id = db.session.scalar(select(Player.id).where(Player.room_id == room_id))
        from quizgame.models import Teacher

        log_in(client, db.session.get(Teacher, teacher_id))
    client.post(f"/teacher/rooms/{room_id}/players/{impostor_id}/remove")
    assert (
        real.post("/join", data={"code": code, "roster_student": str(ada_id)}, **_from("10.0.0.3")).status_code == 302
    )
    with app.app_context():
        seats = sorted(
            db.session.execute(select(Player.nickname, Player.removed).where(Player.room_id == room_id)).all()
        )
    # The removed seat keeps the name (its answers stay the student's in the reports, marked removed).
    assert [tuple(seat) for seat in seats] == [("Ada", False), ("Ada", True)]
    # The impostor's browser is still refused, under the name or any other.
    assert (
        impostor.post("/join", data={"code": code, "roster_student": str(ada_id)}, **_from("10.0.0.1")).status_code
        == 400
    )


def test_a_look_alike_nickname_in_another_script_is_taken(app, code):
    """Finding 15: `Mia Lee` and a Cyrillic `Міа Lее` joined side by side. Names are compared by
    their confusable skeleton (after Unicode TR39)."""
    first, second = app.test_client(), app.test_client()
    assert first.post("/join", data={"code": code, "nickname": "Mia Lee"}).status_code == 302
    impostor = second.post(
        "/join", data={"code": code, "nickname": "\u041c\u0456\u0430 L\u0435\u0435"}, **_from("198.51.100.7")
    )
    assert impostor.status_code == 400 and "already called" in impostor.get_data(as_text=True)
    assert second.post("/join", data={"code": code, "nickname": "Mia Lei"}, **_from("198.51.100.8")).status_code == 302


def test_a_fetch_call_gets_json_when_the_database_is_gone(tmp_path):
    """Finding 14: after the database dropped its connections, live answers got an HTML 500 that
    the page could not read. A JSON caller gets JSON; a page still gets the error page."""
    from quizgame import create_app

    app = create_app(
        {
            "TESTING": True,
            "PROPAGATE_EXCEPTIONS": False,
            "SECRET_KEY": "k",
            "WTF_CSRF_ENABLED": False,
            "DATABASE_URL": f"sqlite:///{tmp_path}/missing/nowhere.sqlite",
        }
    )
    client = app.test_client()
    fetched = client.post(
        "/teacher/login", data={"email": "a@example.org", "password": "x"}, headers={"Accept": "application/json"}
    )
    assert fetched.status_code == 500 and fetched.is_json and fetched.get_json()["error"] == "server_error"
    page = client.post(
        "/teacher/login", data={"email": "a@example.org", "password": "x"}, headers={"Accept": "text/html"}
    )
    assert page.status_code == 500 and not page.is_json


def test_a_removed_player_cannot_come_back_under_a_new_name_from_a_cleared_browser(app, client):
    """Finding 12: a removed player joined again with a new cookie and a new nickname. When the
    teacher removes them and ticks the box, the room takes no new players (those seated play on,
    a rejoin code still works) until the teacher lets new players in again on the room page."""
    from quizgame.models import Room, Teacher
    from tests.factories import log_in

    with app.app_context():
        teacher = make_teacher("owner@example.org")
        room = make_room(make_classroom(teacher), [make_question("removed-1"), make_question("removed-2")])
        code, room_id, teacher_id = room.code, room.id, teacher.id
    troll, classmate = app.test_client(), app.test_client()
    assert troll.post("/join", data={"code": code, "nickname": "Troll"}).status_code == 302
    assert classmate.post("/join", data={"code": code, "nickname": "Ada"}, **_from("10.0.0.2")).status_code == 302
    with app.app_context():
        troll_id = db.session.scalar(select(Player.id).where(Player.nickname == "Troll"))
        log_in(client, db.session.get(Teacher, teacher_id))
    confirm = client.get(f"/teacher/rooms/{room_id}/players/{troll_id}/remove").get_data(as_text=True)
    assert 'name="close_to_new_players"' in confirm
    removed = client.post(f"/teacher/rooms/{room_id}/players/{troll_id}/remove", data={"close_to_new_players": "y"})
    assert removed.status_code == 302

    # The same person, cookies cleared (a new test client), a new name: refused.
    again = app.test_client().post("/join", data={"code": code, "nickname": "Nice Person"}, **_from("10.0.0.9"))
    assert again.status_code == 400 and "takes no new players" in again.get_data(as_text=True)
    # A student already seated plays on.
    assert classmate.get(f"/play/{code}/q/1", **_from("10.0.0.2")).status_code == 200
    room_page = client.get(f"/teacher/rooms/{room_id}").get_data(as_text=True)
    assert "Let new players join" in room_page

    assert client.post(f"/teacher/rooms/{room_id}/new-players").status_code == 302
    with app.app_context():
        assert db.session.get(Room, room_id).new_players_closed is False
    late = app.test_client().post("/join", data={"code": code, "nickname": "Late Lee"}, **_from("10.0.0.10"))
    assert late.status_code == 302
