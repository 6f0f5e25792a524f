"""A teacher reaches only their own classrooms, rooms and results: every URL that names another
teacher's classroom or room answers 404, as if it did not exist.

The URLs are read from the app's url_map, so any route added later with a <classroom_id> or
<room_id> parameter is checked here without editing this test."""

from __future__ import annotations

import pytest
from werkzeug.routing import AnyConverter, IntegerConverter

from quizgame.extensions import db
from quizgame.models import RosterStudent
from tests.factories import log_in, make_classroom, make_player, make_room, make_teacher

OWNED_PARAMETERS = {"classroom_id", "room_id"}


def _sample_value(rule, name, ids):
    converter = rule._converters[name]
    if name in ids:
        return ids[name]
    if isinstance(converter, AnyConverter):
        return sorted(converter.items)[0]
    if isinstance(converter, IntegerConverter):
        return 1
    return "answers"


def _guarded_rules(app):
    return [rule for rule in app.url_map.iter_rules() if OWNED_PARAMETERS & set(rule.arguments)]


def test_every_classroom_and_room_url_of_another_teacher_is_a_404(client, app):
    with app.app_context():
        owner = make_teacher("owner@example.org")
        classroom = make_classroom(owner)
        classroom.roster.append(RosterStudent(display_name="Ana"))
        db.session.commit()
        room = make_room(classroom)
        ids = {
            "classroom_id": classroom.id,
            "room_id": room.id,
            "player_id": make_player(room, "Sam").id,
            "student_id": classroom.roster[0].id,
        }
        log_in(client, make_teacher("intruder@example.org"))
    rules = _guarded_rules(app)
    assert {"teacher.classroom", "teacher.room", "teacher.new_room", "teacher.room_qr"} <= {r.endpoint for r in rules}
    checked = []
    for rule in rules:
        values = {name: _sample_value(rule, name, ids) for name in rule.arguments}
        url = app.url_map.bind("localhost").build(rule.endpoint, values)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            response = client.open(url, method=method)
            assert response.status_code == 404, f"{method} {url} gave {response.status_code}"
            checked.append((method, url))
    assert len(checked) >= 12
    with app.app_context():
        from quizgame.models import Classroom, Player, Room

        assert db.session.get(Classroom, ids["classroom_id"]).archived is False
        assert db.session.get(Room, ids["room_id"]).status == "open"
        assert db.session.get(Player, ids["player_id"]).removed is False


@pytest.mark.parametrize("mode", ["self_paced", "live"])
def test_the_owner_reaches_the_same_pages(client, app, mode):
    with app.app_context():
        owner = make_teacher("owner@example.org")
        classroom = make_classroom(owner)
        room = make_room(classroom, mode=mode)
        ids = {"classroom_id": classroom.id, "room_id": room.id}
        log_in(client, owner)
    for rule in _guarded_rules(app):
        if mode != "live" and rule.endpoint.startswith("live."):
            continue  # the presenter and its streams exist for live rooms only
        if "GET" in rule.methods and set(rule.arguments) <= OWNED_PARAMETERS:
            url = app.url_map.bind("localhost").build(rule.endpoint, {n: ids[n] for n in rule.arguments})
            assert client.get(url).status_code == 200, url
