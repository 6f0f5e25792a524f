"""A question's own time limit in a live room (issue 16: 3): the countdown, the server's reveal and
the answers all follow it, and the next question goes back to the room's limit."""

from __future__ import annotations

from quizgame.extensions import db
from quizgame.models import Room
from tests.web.live.helpers import answer, as_player, as_teacher, make_live_game, press, within


def _short_first_question(app, game) -> None:  # type: ignore[no-untyped-def]
    def set_it() -> None:
        db.session.get(Room, game.room_id).room_questions[0].seconds = 8
        db.session.commit()

    within(app, set_it)


def test_the_countdown_and_the_reveal_follow_the_questions_own_limit(app, client, clock):
    game = make_live_game(app, ("Ada",), seconds_per_question=20)
    _short_first_question(app, game)
    as_teacher(client, game.teacher_id)
    press(client, game.room_id, "start")
    state = client.get(f"/live/rooms/{game.room_id}/state").json
    assert state["phase"] == "question" and "data-countdown>8<" in state["html"]
    clock.advance(9.1)  # its 8 s and the answers' grace
    assert client.get(f"/live/rooms/{game.room_id}/state").json["phase"] == "reveal"
    press(client, game.room_id, "next")
    clock.advance(8.1)  # the second question has the room's 20 s
    assert client.get(f"/live/rooms/{game.room_id}/state").json["phase"] == "question"


def test_an_answer_after_the_questions_own_limit_is_refused(app, client, clock):
    game = make_live_game(app, ("Ada", "Bo"), seconds_per_question=20)
    _short_first_question(app, game)
    press(as_teacher(client, game.teacher_id), game.room_id, "start")
    clock.advance(6)
    assert answer(as_player(app.test_client(), game, game.players[0]), game, 0, 0).status_code == 200
    clock.advance(3)
    late = answer(as_player(app.test_client(), game, game.players[1]), game, 0, 0)
    assert late.status_code == 409 and late.json["error"].startswith("Time is up")
