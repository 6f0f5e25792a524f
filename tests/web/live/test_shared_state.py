"""One shared state per room version: published with each change, read by every student, with only
a student's own part (nickname, choice order, answer, points, rank) added for them."""

from __future__ import annotations

import time

from sqlalchemy import select

from quizgame.extensions import db
from quizgame.game import rooms
from quizgame.models import LiveSnapshot
from tests.game.scenarios import counting_queries
from tests.web.live.helpers import answer, as_player, as_teacher, make_live_game, press, within
from tests.web.live.test_stream import events, next_state


def snapshots(game) -> list[tuple[int, dict]]:  # type: ignore[no-untyped-def]
    return within(
        game.app,
        lambda: [
            (s.version, s.data)
            for s in db.session.scalars(
                select(LiveSnapshot).where(LiveSnapshot.room_id == game.room_id).order_by(LiveSnapshot.version)
            )
        ],
    )


def state(app, game, index: int) -> dict:  # type: ignore[no-untyped-def]
    return as_player(app.test_client(), game, game.players[index]).get(f"/live/play/{game.code}/state").json


def test_each_teacher_action_publishes_the_new_versions_state_before_any_student_asks(app, client):
    game = make_live_game(app)
    presenter = as_teacher(client, game.teacher_id)
    press(presenter, game.room_id, "start")
    assert [version for version, _ in snapshots(game)] == [1]
    press(presenter, game.room_id, "next")
    assert [version for version, _ in snapshots(game)] == [2], "a room keeps its current version's row only"
    for index in range(len(game.players)):
        state(app, game, index)
    assert [version for version, _ in snapshots(game)] == [2], "reading a state writes nothing"


def test_the_shared_state_holds_no_answer_key_and_no_explanation(app, client):
    game = make_live_game(app)
    press(as_teacher(client, game.teacher_id), game.room_id, "start")
    ((_version, data),) = snapshots(game)
    q = game.questions[0]
    assert data["question"] == {
        "id": q.id,
        "kind": q.kind,
        "prompt": q.prompt,
        "choices": q.choices,
        "multiple": len(q.correct) > 1,
        "passages": [],
        "tokens": None,  # a not_reporting item: its passage would name the promo, so it waits
        "excerpt": None,
        "articles": [],  # the devices show passages; reading the whole article is for self-paced pages
    }
    assert q.explanation not in str(data) and "correct" not in data["question"]


def test_the_reveals_shared_state_ranks_everyone_and_each_student_reads_their_own_line(app, client, clock):
    game = make_live_game(app, ("Ada", "Bo", "Cy"), scoring="speed")
    press(as_teacher(client, game.teacher_id), game.room_id, "start")
    q = game.questions[0]
    clock.advance(1)
    answer(as_player(app.test_client(), game, game.players[1]), game, 0, q.correct[0])
    clock.advance(1)
    answer(as_player(app.test_client(), game, game.players[0]), game, 0, q.correct[0])
    press(client, game.room_id, "next")
    _version, data = snapshots(game)[-1]
    ada, bo, cy = (p.id for p in game.players)
    assert data["ranks"] == {str(bo): [1, 975], str(ada): [2, 950], str(cy): [3, 0]}
    states = [state(app, game, i)["html"] for i in range(3)]
    assert "2nd</strong> of 3" in states[0] and "+950 points" in states[0]
    assert "1st</strong> of 3" in states[1] and "+975 points" in states[1]
    assert "3rd</strong> of 3" in states[2] and "No answer this time" in states[2]


def test_an_answer_to_an_earlier_question_does_not_lock_the_next_one(app, client):
    game = make_live_game(app)
    presenter = as_teacher(client, game.teacher_id)
    press(presenter, game.room_id, "start")
    answer(as_player(app.test_client(), game, game.players[0]), game, 0, 0)
    assert "Answer locked" in state(app, game, 0)["html"]
    press(presenter, game.room_id, "next")
    press(presenter, game.room_id, "next")
    html = state(app, game, 0)["html"]
    assert "Question 2 of 3" in html and "Answer locked" not in html and 'name="choice"' in html


def test_a_version_nobody_published_is_published_on_first_read(app, client):
    game = make_live_game(app)
    press(as_teacher(client, game.teacher_id), game.room_id, "start")

    def close() -> None:
        rooms.close_room(game.room(), game.room().opened_at)
        db.session.commit()

    within(app, close)
    assert state(app, game, 0)["version"] == 2
    assert [version for version, _ in snapshots(game)] == [2]


def test_an_answer_takes_the_same_few_statements_in_a_big_class_as_in_a_small_one(app, client):
    game = make_live_game(app, ("Ada", "Bo"))
    press(as_teacher(client, game.teacher_id), game.room_id, "start")

    def statements_for_answer(player: int) -> list[str]:
        browser = as_player(app.test_client(), game, game.players[player])
        with app.app_context(), counting_queries(with_seat_engine=True) as statements:
            assert answer(browser, game, 0, 0).json["phase"] == "question"
        return _answer_statements(statements)

    small = statements_for_answer(0)
    for i in range(30):
        game.add_player(f"Player {i}")
    big = statements_for_answer(1)
    # The seat with the rate limit's count, the delivery with the answer (on SQLite the count and
    # the delivery on their own); then, with no hub following the room here, the room, the count
    # of the class, the snapshot.
    assert small == big and len(big) <= (5 if app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql") else 7), (
        big
    )


def test_where_a_stream_follows_the_room_an_answer_counts_nobody_and_the_hub_reveals(app, client):
    """A worker whose hub follows the room takes an answer in two statements on PostgreSQL, none of
    them in a transaction: the seat with the rate limit's count, the delivery with the answer (on
    SQLite, four). The hub holds the snapshot and counts the class at its tick, and the last
    answer still reveals."""
    # The test waits on the reveal, not on the clock: the module's 2 s streams could end before a
    # loaded machine got through the hub's first tick and two answers (seen once in a full run).
    app.config.update(LIVE_STREAM_SECONDS=60)
    game = make_live_game(app, ("Ada", "Bo"))
    press(as_teacher(client, game.teacher_id), game.room_id, "start")
    response = as_player(app.test_client(), game, game.players[0]).get(f"/live/play/{game.code}/events", buffered=False)
    stream = events(response)
    assert next_state(stream)["version"] == 1
    hub = app.extensions["live_hub"]
    deadline = time.monotonic() + 15
    while hub.edition(game.room_id, 1) is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert hub.edition(game.room_id, 1) is not None, "the hub never followed the room"
    browser = as_player(app.test_client(), game, game.players[1])
    with app.app_context(), counting_queries(with_seat_engine=True) as statements:
        assert answer(browser, game, 0, 0).json["phase"] == "question"
    on_postgresql = app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql")
    expected = ["WITH", "WITH"] if on_postgresql else ["SELECT", "INSERT", "INSERT", "INSERT"]
    assert _answer_statements(statements) == expected, statements
    answer(as_player(app.test_client(), game, game.players[0]), game, 0, 0)
    revealed = next_state(stream)  # an answer changes no version: the next is the hub's reveal
    assert revealed["phase"] == "reveal" and revealed["version"] == 2
    response.close()


def _answer_statements(statements: list[str]) -> list[str]:
    """The first word of each statement, without the rate limit's occasional sweep of expired
    counters (a chance at a window's first hit), which is not the answer's."""
    return [s.split()[0] for s in statements if not s.startswith("DELETE FROM rate_limit_counters")]


def test_a_big_room_asks_less_often(app):
    from quizgame.web.live.states import poll_interval_ms

    app.config.update(LIVE_POLL_MS=200, LIVE_ROOM_POLLS_PER_SECOND=1500)
    with app.app_context():
        assert [poll_interval_ms(n) for n in (30, 300, 3000)] == [200, 200, 2000]
