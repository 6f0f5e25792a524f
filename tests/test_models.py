"""Game rules that live in the database hold even when Python forgets to check them."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from quizgame.extensions import db
from quizgame.models import Answer, Article, Classroom, Player, Question, Room, Teacher


def _player_and_question() -> tuple[Player, Question]:
    teacher = Teacher(email="t@example.org", name="T", password_hash="x")
    room = Room(classroom=Classroom(teacher=teacher, name="C"), code="ABCDEF", title="R")
    article = Article(slug="a", outlet="O", headline="H", body="B", content_hash="h")
    question = Question(
        id="q-1",
        kind="who_said",
        skill="attribution",
        prompt="P",
        choices=["a", "b"],
        correct=[0],
        explanation="E",
        articles=[article],
    )
    player = Player(room=room, nickname="Sam", rejoin_token="tok", browser_id="b")
    db.session.add_all([player, question])
    db.session.commit()
    return player, question


def _answer(player: Player, question: Question, **kw) -> Answer:
    values = {"chosen": [0], "correct": True, "credit": 1.0, "points": 900, "response_ms": 1200, **kw}
    return Answer(player=player, question=question, **values)


def test_one_answer_per_player_and_question(app_ctx):
    player, question = _player_and_question()
    db.session.add(_answer(player, question))
    db.session.commit()
    db.session.add(_answer(player, question))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_points_are_never_negative(app_ctx):
    player, question = _player_and_question()
    db.session.add(_answer(player, question, points=-5))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_nicknames_are_unique_within_a_room(app_ctx):
    player, _ = _player_and_question()
    db.session.add(Player(room=player.room, nickname="Sam", rejoin_token="other", browser_id="c"))
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_a_room_state_outside_the_known_ones_is_refused(app_ctx):
    player, _ = _player_and_question()
    player.room.phase = "dancing"
    with pytest.raises(IntegrityError):
        db.session.commit()
    db.session.rollback()


def test_timestamps_come_back_in_utc(app_ctx):
    player, _ = _player_and_question()
    db.session.expire_all()
    assert player.joined_at.utcoffset().total_seconds() == 0
