"""A stream's event rendered once per shape of student (quizgame.web.live.shared_render) is, for
every student in every phase, the state rendered for that student alone."""

from __future__ import annotations

import json
from dataclasses import replace

from quizgame.extensions import db
from quizgame.game.live.snapshot import current
from quizgame.game.live.student_view import room_seat_rows, student_view
from quizgame.web.common.clock import now
from quizgame.web.live.shared_render import shared_event
from quizgame.web.live.states import rendered_state, student_state
from quizgame.web.live.stream import format_event
from tests.web.live.helpers import answer, as_player, as_teacher, make_live_game, press

NICKNAMES = ("Ada", "Bo", "Cy", "Di", "Ed", "Flo")


def states_both_ways(app, game) -> tuple[list[dict], list[dict], int]:  # type: ignore[no-untyped-def]
    """Each student's state rendered for them alone, and from the shared renders; how many renders."""
    renders: dict = {}
    alone, shared = [], []
    with app.test_request_context("/"):
        snapshot = current(db.session, game.room_id)
        assert snapshot is not None
        seats = room_seat_rows(db.session, game.room_id, snapshot.question.id if snapshot.question else None)
        db.session.close()

        def render(view, figures, token):  # type: ignore[no-untyped-def]
            return format_event("state", rendered_state(view, figures, token), str(snapshot.version))

        for player in game.players:
            seat = seats[player.id]
            token = f"token-of-{player.nickname}"
            alone.append(student_state(snapshot, seat, token))
            text = shared_event(renders, student_view(snapshot, seat, now()), token, render)
            shared.append(json.loads(text.split("data: ", 1)[1]))
    return alone, shared, len(renders)


def test_every_student_gets_from_the_shared_renders_what_their_own_render_says(app, client, clock):
    game = make_live_game(app, NICKNAMES, scoring="speed", shuffle_choices=True)
    teacher = as_teacher(client, game.teacher_id)
    seen = []

    def check(renders_at_most: int) -> None:
        alone, shared, renders = states_both_ways(app, game)
        assert shared == alone
        assert renders <= renders_at_most, renders
        seen.append(alone[0]["phase"])

    check(len(NICKNAMES))  # lobby: each nickname is its own
    press(teacher, game.room_id, "start")
    check(len(NICKNAMES))  # the order of the choices differs by student
    q = game.questions[0]
    wrong = next(i for i in range(len(q.choices)) if i not in q.correct)
    for n, player in enumerate(game.players[:4]):
        clock.advance(1)
        answer(as_player(app.test_client(), game, player), game, 0, q.correct[0] if n % 2 == 0 else wrong)
    check(len(NICKNAMES))
    clock.advance(25)  # time is up: the last two see it
    check(len(NICKNAMES))
    press(teacher, game.room_id, "next")
    alone, shared, renders = states_both_ways(app, game)
    verdicts = {state["html"].split('data-verdict="', 1)[1].split('"', 1)[0] for state in alone}
    assert "none" in verdicts and len(verdicts) >= 2  # the screen positions sent fall on right and wrong choices
    assert shared == alone and renders == len(verdicts), "a shape per verdict, whatever the class's size"
    assert len({state["html"] for state in alone}) == len(NICKNAMES), "each with their own rank and points"
    for _ in range(5):
        press(teacher, game.room_id, "next")
    check(1)  # finished: one shape, every place in it
    assert seen == ["lobby", "question", "question", "question", "finished"]


def test_states_a_few_tenths_apart_share_one_render_and_each_keeps_its_own_clock(app, client, clock):
    """A class's answers are replied to over a few seconds: the page's countdown shows whole
    seconds, so one render serves each second, and each state's clock is still its own."""
    game = make_live_game(app, NICKNAMES[:1])
    press(as_teacher(client, game.teacher_id), game.room_id, "start")
    clock.advance(0.2)  # 19.8 s left: the page shows 20
    first_alone, first_shared, renders = states_both_ways(app, game)
    clock.advance(0.5)  # 19.3 s left: still 20
    alone, shared, _ = states_both_ways(app, game)
    assert (first_shared, shared) == (first_alone, alone)
    assert (first_alone[0]["remaining_ms"], alone[0]["remaining_ms"]) == (19_800, 19_300)
    renders_of_both: dict = {}
    with app.test_request_context("/"):
        snapshot = current(db.session, game.room_id)
        seat = room_seat_rows(db.session, game.room_id, snapshot.question.id)[game.players[0].id]
        db.session.close()
        for left in (19_800, 19_300, 19_001):
            view = replace(student_view(snapshot, seat, now()), remaining_ms=left)
            text = shared_event(
                renders_of_both, view, "t", lambda v, f, t: format_event("state", rendered_state(v, f, t))
            )
            assert json.loads(text.split("data: ", 1)[1])["remaining_ms"] == left
    assert len(renders_of_both) == 1
