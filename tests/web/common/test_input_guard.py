"""A NUL character or an impossible id never reaches the database: a 400 with a reason, or a 404."""

from __future__ import annotations

from sqlalchemy import func, select

from quizgame.extensions import db
from quizgame.models import Classroom
from tests.factories import log_in, make_teacher


def test_a_form_field_with_nul_is_refused_and_nothing_is_written(app, client):
    with app.app_context():
        log_in(client, make_teacher())
    response = client.post("/teacher/classrooms", data={"name": "Period\x003"})
    assert response.status_code == 400
    assert b"cannot be stored" in response.data
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Classroom)) == 0


def test_nul_in_the_query_string_or_the_path_is_refused(client):
    assert client.get("/join", query_string={"code": "AB\x00CDE"}).status_code == 400
    assert client.get("/play/AB%00CDE/leaderboard.json").status_code == 400


def test_nul_in_a_json_body_is_refused(client):
    assert client.post("/join", json={"code": "\x00"}).status_code == 400


def test_ordinary_text_passes(client):
    assert client.get("/join", query_string={"code": "ABCDEF"}).status_code == 404


def test_an_id_too_big_for_the_database_is_not_found(app, client):
    with app.app_context():
        log_in(client, make_teacher())
    assert client.get(f"/teacher/classrooms/{2**31}").status_code == 404
    assert client.get(f"/teacher/classrooms/{2**31 - 1}").status_code == 404
