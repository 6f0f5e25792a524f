"""Rooms: created from a selection of approved questions with settings; join code, URL and QR code;
open, close and remove players."""

from __future__ import annotations

from sqlalchemy import func, select

from quizgame.extensions import db
from quizgame.game.join_codes import looks_valid
from quizgame.models import Answer, Classroom, Player, Question, Room
from tests.factories import load_demo_content, log_in, make_answer, make_classroom, make_player, make_room, make_teacher


def _teacher_with_classroom(app, client):
    with app.app_context():
        load_demo_content()
        teacher = make_teacher()
        classroom_id = make_classroom(teacher).id
        log_in(client, teacher)
        return teacher, classroom_id


def test_new_room_form_lists_articles_skills_and_settings(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    html = client.get(f"/teacher/classrooms/{classroom_id}/rooms/new").get_data(as_text=True)
    for label in (
        "ABC News",
        "Loaded language",
        "Seconds per question",
        "Shuffle the order of choices",
        "Shown at the end",
        "Speed: faster right answers earn more",
        "streak bonus of 100",
    ):
        assert label in html


def test_create_a_room_from_filtered_approved_questions_with_its_settings(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    response = client.post(
        f"/teacher/classrooms/{classroom_id}/rooms/new",
        data={
            "title": "Loaded words",
            "skills": ["loaded_language"],
            "count": "2",
            "seconds_per_question": "30",
            "mode": "self_paced",
            "scoring": "speed",
            "leaderboard": "hidden",
            "shuffle_choices": "y",
            "show_explanations": "",
        },
    )
    assert response.status_code == 302
    with app.app_context():
        room = db.session.scalar(select(Room))
        assert looks_valid(room.code)
        assert (room.title, room.scoring, room.seconds_per_question, room.leaderboard) == (
            "Loaded words",
            "speed",
            30,
            "hidden",
        )
        assert room.shuffle_choices and not room.shuffle_questions and not room.show_explanations
        assert room.status == "open"
        assert len(room.room_questions) == 2
        assert all(
            rq.question.skill == "loaded_language" and rq.question.status == "approved" for rq in room.room_questions
        )
    assert response.headers["Location"].endswith(f"/teacher/rooms/{room.id}")


def test_a_selection_matching_nothing_re_renders_with_a_message(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    with app.app_context():
        for question in db.session.scalars(select(Question)):
            question.status = "candidate"
        db.session.commit()
    response = client.post(
        f"/teacher/classrooms/{classroom_id}/rooms/new",
        data={
            "title": "Empty",
            "count": "5",
            "seconds_per_question": "30",
            "mode": "self_paced",
            "scoring": "accuracy",
            "leaderboard": "end",
        },
    )
    assert response.status_code == 400
    assert "No approved questions match" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(Room)) is None


def test_out_of_range_settings_re_render_with_messages(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    response = client.post(
        f"/teacher/classrooms/{classroom_id}/rooms/new",
        data={
            "title": "Bad",
            "count": "0",
            "seconds_per_question": "2",
            "mode": "self_paced",
            "scoring": "accuracy",
            "leaderboard": "end",
        },
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Choose between 1 and 50 questions." in html and "Choose between 5 and 600 seconds." in html


def test_room_page_shows_code_join_url_and_a_server_made_qr_code(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    with app.app_context():
        room = _room(classroom_id)
        room_id, code = room.id, room.code
    html = client.get(f"/teacher/rooms/{room_id}").get_data(as_text=True)
    assert code in html
    assert f"http://localhost/join?code={code}" in html
    assert f'src="/teacher/rooms/{room_id}/qr.svg"' in html and 'alt="QR code' in html
    svg = client.get(f"/teacher/rooms/{room_id}/qr.svg")
    assert svg.mimetype == "image/svg+xml"
    assert svg.get_data(as_text=True).startswith("<svg")


def test_close_and_reopen_a_room(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    with app.app_context():
        room_id = _room(classroom_id).id
    client.post(f"/teacher/rooms/{room_id}/close")
    with app.app_context():
        room = db.session.get(Room, room_id)
        assert room.status == "closed" and room.closed_at is not None
    client.post(f"/teacher/rooms/{room_id}/open")
    with app.app_context():
        assert db.session.get(Room, room_id).status == "open"


def test_remove_asks_first_then_removes_and_keeps_the_answers_in_the_report(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    with app.app_context():
        room = _room(classroom_id)
        player = make_player(room, "<script>alert(1)</script>")
        make_answer(player, room.room_questions[0].question, [0], 3000)
        room_id, player_id = room.id, player.id
    html = client.get(f"/teacher/rooms/{room_id}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # The Remove control is a link to a question, not a button that acts at once.
    confirm_url = f"/teacher/rooms/{room_id}/players/{player_id}/remove"
    assert f'href="{confirm_url}"' in html
    confirm = client.get(confirm_url).get_data(as_text=True)
    assert "Remove &lt;script&gt;alert(1)&lt;/script&gt; from" in confirm and "Cancel, keep them in" in confirm
    with app.app_context():
        assert not db.session.get(Player, player_id).removed  # asking changed nothing
    client.post(confirm_url)
    with app.app_context():
        assert db.session.get(Player, player_id).removed
        assert db.session.scalar(select(func.count()).select_from(Answer).where(Answer.player_id == player_id)) == 1
    after = client.get(f"/teacher/rooms/{room_id}").get_data(as_text=True)
    assert "was removed from the room. Their answers stay in the reports" in after
    report = client.get(f"/teacher/rooms/{room_id}/report")
    csv = client.get(f"/teacher/rooms/{room_id}/export/answers.csv").get_data(as_text=True)
    assert csv.splitlines()[0].endswith(",removed") and csv.splitlines()[1].endswith(",yes")
    assert report.status_code == 200 and ">removed</span>" in report.get_data(as_text=True)


def test_remove_deletes_the_answers_only_when_the_teacher_ticks_the_box(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    with app.app_context():
        room = _room(classroom_id)
        player = make_player(room, "Sam")
        make_answer(player, room.room_questions[0].question, [0], 3000)
        room_id, player_id = room.id, player.id
    client.post(f"/teacher/rooms/{room_id}/players/{player_id}/remove", data={"delete_answers": "y"})
    with app.app_context():
        assert db.session.get(Player, player_id).removed
        assert db.session.scalar(select(func.count()).select_from(Answer).where(Answer.player_id == player_id)) == 0


def test_a_rejoin_code_gives_a_new_device_the_same_seat_once(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    with app.app_context():
        room = _room(classroom_id)
        player = make_player(room, "Nikolai", removed=True)
        make_answer(player, room.room_questions[0].question, [0], 3000)
        room_id, player_id, code = room.id, player.id, room.code
    client.post(f"/teacher/rooms/{room_id}/players/{player_id}/rejoin-code")
    with app.app_context():
        rejoin_code = db.session.get(Player, player_id).rejoin_code
    assert rejoin_code and f"Rejoin code: <strong>{rejoin_code}</strong>" in client.get(
        f"/teacher/rooms/{room_id}"
    ).get_data(as_text=True)

    phone = app.test_client()
    assert "Use a rejoin code" in phone.get(f"/join?code={code}").get_data(as_text=True)
    wrong = phone.post("/join/rejoin", data={"code": code, "rejoin_code": "ZZZZZZ"})
    assert wrong.status_code == 400 and "That rejoin code is not right" in wrong.get_data(as_text=True)
    right = phone.post("/join/rejoin", data={"code": code, "rejoin_code": rejoin_code.lower()})
    assert right.status_code == 302 and right.headers["Location"].endswith(f"/play/{code}")
    # Question 1 was answered before the device changed: the seat goes on at question 2.
    assert phone.get(f"/play/{code}").headers["Location"].endswith(f"/play/{code}/q/2")
    with app.app_context():
        seat = db.session.get(Player, player_id)
        assert (seat.removed, seat.rejoin_code) == (False, None)
    again = app.test_client().post("/join/rejoin", data={"code": code, "rejoin_code": rejoin_code})
    assert again.status_code == 400  # used up


def test_the_player_list_shows_progress_and_is_served_alone_for_the_page_to_refresh(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    with app.app_context():
        questions = list(
            db.session.scalars(select(Question).where(Question.status == "approved").order_by(Question.id))
        )[:3]
        room = make_room(db.session.get(Classroom, classroom_id), questions)
        room_id = room.id
        first = make_player(room, "<b>Ana</b>")
        make_player(room, "Ben")
        for question in questions:
            make_answer(first, question, [0], 4000)
        make_answer(db.session.scalar(select(Player).where(Player.nickname == "Ben")), questions[0], [0], 4000)
    page = client.get(f"/teacher/rooms/{room_id}").get_data(as_text=True)
    fragment = client.get(f"/teacher/rooms/{room_id}/players")
    assert fragment.status_code == 200 and "<html" not in fragment.get_data(as_text=True)
    for html in (page, fragment.get_data(as_text=True)):
        assert "2 players joined, 1 finished." in " ".join(html.split())
        # In the order they joined, each with their progress; the nickname stays text.
        assert (
            html.index("&lt;b&gt;Ana&lt;/b&gt;")
            < html.index("3 of 3 answered")
            < html.index("Ben")
            < html.index("1 of 3 answered")
        )
        assert "<b>Ana</b>" not in html
    assert 'src="/static/js/room-players.js"' in page
    assert f'data-refresh-url="/teacher/rooms/{room_id}/players"' in page and 'data-refresh="on"' in page


def test_a_closed_rooms_list_does_not_refresh(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    with app.app_context():
        room_id = _room(classroom_id, status="closed").id
    assert 'data-refresh="off"' in client.get(f"/teacher/rooms/{room_id}/players").get_data(as_text=True)


def test_removing_a_player_of_another_room_is_a_404(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    with app.app_context():
        room_id = _room(classroom_id).id
        other = _room(classroom_id, title="Other")
        stranger_id = make_player(other, "Stranger").id
    assert client.post(f"/teacher/rooms/{room_id}/players/{stranger_id}/remove").status_code == 404


def _room(classroom_id, **settings):
    approved = list(db.session.scalars(select(Question).where(Question.status == "approved").order_by(Question.id)))
    return make_room(db.session.get(Classroom, classroom_id), approved, **settings)


def test_a_room_is_edited_copied_and_deleted_after_asking(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    with app.app_context():
        room = _room(classroom_id, title="Autumn", scoring="accuracy", leaderboard="end")
        make_answer(make_player(room, "Sam"), room.room_questions[0].question, [0], 2000)
        room_id = room.id
    page = client.get(f"/teacher/rooms/{room_id}").get_data(as_text=True)
    assert f'href="/teacher/rooms/{room_id}/edit"' in page and f'href="/teacher/rooms/{room_id}/delete"' in page
    form = client.get(f"/teacher/rooms/{room_id}/edit").get_data(as_text=True)
    assert 'value="Autumn"' in form and "Students have joined" in form
    saved = client.post(
        f"/teacher/rooms/{room_id}/edit",
        data={
            "title": "Autumn, again",
            "mode": "self_paced",
            "scoring": "speed",
            "seconds_per_question": "30",
            "leaderboard": "live",
            "show_explanations": "y",
        },
    )
    assert saved.status_code == 302
    refused = client.post(
        f"/teacher/rooms/{room_id}/edit",
        data={
            "title": "Live now",
            "mode": "live",
            "scoring": "speed",
            "seconds_per_question": "30",
            "leaderboard": "live",
        },
    )
    assert refused.status_code == 400 and "the pace can no longer change" in refused.get_data(as_text=True)
    with app.app_context():
        room = db.session.get(Room, room_id)
        assert (room.title, room.mode, room.scoring, room.seconds_per_question, room.leaderboard) == (
            "Autumn, again",
            "self_paced",
            "speed",
            30,
            "live",
        )

    copied = client.post(f"/teacher/rooms/{room_id}/copy")
    with app.app_context():
        copy = db.session.scalar(select(Room).where(Room.id != room_id))
        assert copy.title == "Autumn, again (copy)" and copy.players == [] and copy.scoring == "speed"
        copy_id = copy.id
    assert copied.headers["Location"].endswith(f"/teacher/rooms/{copy_id}/edit")

    confirm = client.get(f"/teacher/rooms/{room_id}/delete").get_data(as_text=True)
    assert "its 1 player and 1 answer are deleted" in " ".join(confirm.split())
    with app.app_context():
        assert db.session.get(Room, room_id) is not None  # asking deleted nothing
    gone = client.post(f"/teacher/rooms/{room_id}/delete")
    assert gone.headers["Location"].endswith(f"/teacher/classrooms/{classroom_id}")
    with app.app_context():
        assert db.session.get(Room, room_id) is None and db.session.get(Room, copy_id) is not None


def test_a_room_with_fewer_questions_than_asked_says_why(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    with app.app_context():
        available = len(
            db.session.scalars(
                select(Question).where(Question.status == "approved", Question.skill == "loaded_language")
            ).all()
        )
    asked = available + 5
    client.post(
        f"/teacher/classrooms/{classroom_id}/rooms/new",
        data={
            "title": "Loaded",
            "skills": ["loaded_language"],
            "count": str(asked),
            "seconds_per_question": "30",
            "mode": "self_paced",
            "scoring": "accuracy",
            "leaderboard": "end",
        },
    )
    with app.app_context():
        room = db.session.scalar(select(Room))
        room_id, got = room.id, len(room.room_questions)
    assert got <= available < asked
    page = " ".join(client.get(f"/teacher/rooms/{room_id}").get_data(as_text=True).split())
    assert (
        f"Room created with {got} questions. You asked for {asked}, but only {got} approved questions match the filters"
        in page
    )


def test_the_edit_page_sets_and_clears_single_questions_time_limits(client, app):
    teacher, classroom_id = _teacher_with_classroom(app, client)
    with app.app_context():
        room = _room(classroom_id, title="Timed", seconds_per_question=30)
        room_id, first, second = room.id, room.room_questions[0].id, room.room_questions[1].id
    form = client.get(f"/teacher/rooms/{room_id}/edit").get_data(as_text=True)
    assert f'name="seconds-{first}"' in form and 'placeholder="30"' in form
    settings = {
        "title": "Timed",
        "mode": "self_paced",
        "scoring": "speed",
        "seconds_per_question": "30",
        "leaderboard": "end",
    }
    saved = client.post(
        f"/teacher/rooms/{room_id}/edit", data={**settings, f"seconds-{first}": "90", f"seconds-{second}": ""}
    )
    assert saved.status_code == 302
    for typed, message in (
        ("4", "Question 1: a time limit is 5 to 600 seconds."),
        ("1.5", "Question 1: type the seconds as a whole number"),
    ):
        refused = client.post(
            f"/teacher/rooms/{room_id}/edit", data={**settings, "title": "Changed", f"seconds-{first}": typed}
        )
        assert refused.status_code == 400 and message in refused.get_data(as_text=True)
    with app.app_context():
        room = db.session.get(Room, room_id)
        assert (room.title, [rq.seconds for rq in room.room_questions][:2]) == ("Timed", [90, None])
