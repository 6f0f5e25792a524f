"""The push channel: Server-Sent Events read as a bounded stream, and the JSON polling fallback."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator

from tests.web.live.helpers import as_player, as_teacher, escaped, make_live_game, press, within


def events(response) -> Iterator[tuple[str, dict, str | None]]:  # type: ignore[no-untyped-def]
    """Parse an SSE body chunk by chunk: (event, data, id) per event, as the browser would."""
    buffer = ""
    for chunk in response.response:
        buffer += chunk.decode() if isinstance(chunk, bytes) else chunk
        while "\n\n" in buffer:
            block, buffer = buffer.split("\n\n", 1)
            fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
            if "event" in fields:
                yield fields["event"], json.loads(fields["data"]), fields.get("id")


def next_state(stream: Iterator[tuple[str, dict, str | None]]) -> dict:
    for event, data, _id in stream:
        if event == "state":
            return data
    raise AssertionError("the stream ended without a state event")


def test_the_student_stream_sends_the_current_state_then_each_change(app, client):
    game = make_live_game(app)
    student = as_player(app.test_client(), game, game.players[0])
    response = student.get(f"/live/play/{game.code}/events", buffered=False)
    assert response.mimetype == "text/event-stream"
    assert response.headers["Cache-Control"].startswith("no-cache")
    stream = events(response)
    first = next_state(stream)
    assert first["phase"] == "lobby" and "Ada" in first["html"]
    press(as_teacher(client, game.teacher_id), game.room_id, "start")
    second = next_state(stream)
    assert second["phase"] == "question" and second["version"] == 1
    assert escaped(game.questions[0].choices[0]) in second["html"]
    response.close()


def test_the_stream_ends_by_itself_and_resumes_from_last_event_id(app):
    game = make_live_game(app)
    student = as_player(app.test_client(), game, game.players[0])
    seen = list(events(student.get(f"/live/play/{game.code}/events", buffered=False)))
    assert [event for event, _, _ in seen].count("state") == 1, "one state, then nothing until the stream closes"
    last_id = next(event_id for event, _, event_id in seen if event == "state")
    again = student.get(f"/live/play/{game.code}/events", headers={"Last-Event-ID": last_id}, buffered=False)
    assert [event for event, _, _ in events(again) if event == "state"] == [], "nothing new since the last event"


def test_each_event_carries_its_version_and_a_reconnect_gets_what_it_missed_at_once(app, client):
    game = make_live_game(app)
    student = as_player(app.test_client(), game, game.players[0])
    response = student.get(f"/live/play/{game.code}/events", buffered=False)
    event, state, event_id = next(events(response))
    assert (event, event_id, state["version"]) == ("state", "0", 0)
    response.close()
    teacher = as_teacher(client, game.teacher_id)
    press(teacher, game.room_id, "start")
    press(teacher, game.room_id, "next")  # revealed while this student was away
    began = time.monotonic()
    again = student.get(f"/live/play/{game.code}/events", headers={"Last-Event-ID": event_id}, buffered=False)
    event, state, event_id = next(events(again))
    assert time.monotonic() - began < 1, "at once, not at the next change"
    assert (event, event_id, state["phase"]) == ("state", "2", "reveal")
    again.close()


def test_the_stream_sends_heartbeats_while_nothing_changes(app, monkeypatch):
    monkeypatch.setattr("quizgame.web.live.stream.HEARTBEAT_SECONDS", 0.3)
    game = make_live_game(app)
    student = as_player(app.test_client(), game, game.players[0])
    kinds = [event for event, _, _ in events(student.get(f"/live/play/{game.code}/events", buffered=False))]
    assert kinds[0] == "state" and kinds.count("heartbeat") >= 2


def test_the_presenter_stream_follows_joins_and_answers_without_a_version_change(app, client):
    game = make_live_game(app, ("Ada",))
    presenter = as_teacher(client, game.teacher_id)
    press(presenter, game.room_id, "start")
    stream = events(presenter.get(f"/live/rooms/{game.room_id}/events", buffered=False))
    assert "<span data-answer-count>0</span> of 1 answered" in next_state(stream)["html"]
    game.add_player("Bo")
    state = next_state(stream)
    assert "Bo" in state["html"] and "<span data-answer-count>0</span> of 2 answered" in state["html"]
    game.answer(game.players[0], game.questions[0], [0], 1500)
    count = next_event(stream, "count")
    assert (count["players"], count["answered"]) == (2, 1) and count["marker"].endswith(".2.1")


def next_event(stream: Iterator[tuple[str, dict, str | None]], name: str) -> dict:
    for event, data, _id in stream:
        if event == name:
            return data
        assert event in ("heartbeat", "count"), f"a {event} event came before the {name}"
    raise AssertionError(f"the stream ended without a {name} event")


def test_while_a_class_answers_the_projector_gets_its_count_alone_a_few_times_a_second(app, client):
    """Each new count was the whole projector's view (every player, the page); now it is the count,
    at most LIVE_COUNTS_PER_SECOND, and the reveal is the state as before."""
    app.config.update(LIVE_COUNTS_PER_SECOND=4, LIVE_STREAM_SECONDS=60)
    game = make_live_game(app, tuple(f"Student {n}" for n in range(30)))
    presenter = as_teacher(client, game.teacher_id)
    press(presenter, game.room_id, "start")
    stream = events(presenter.get(f"/live/rooms/{game.room_id}/events", buffered=False))
    assert next_state(stream)["phase"] == "question"
    counts = []

    def answer_one_by_one() -> None:  # an answer every 40 ms or so, for over a second
        for player in game.players:
            game.answer(player, game.questions[0], [0], 1500)
            time.sleep(0.03)

    answering = threading.Thread(target=answer_one_by_one)
    answering.start()
    started = time.monotonic()
    for event, data, _id in stream:
        assert event in ("count", "heartbeat", "state")
        if event == "count":
            counts.append((time.monotonic(), data["answered"]))
        if event == "state":
            assert data["phase"] == "reveal", "the answer count alone never sends the projector's view"
            break
    elapsed = time.monotonic() - started
    answering.join()
    assert counts and [answered for _, answered in counts] == sorted(answered for _, answered in counts)
    assert len(counts) <= elapsed * 4 + 2, f"{len(counts)} count events in {elapsed:.1f} s"


def test_the_stream_reveals_when_the_servers_time_is_up(app, client, clock):
    game = make_live_game(app)
    press(as_teacher(client, game.teacher_id), game.room_id, "start")
    student = as_player(app.test_client(), game, game.players[0])
    stream = events(student.get(f"/live/play/{game.code}/events", buffered=False))
    assert next_state(stream)["phase"] == "question"
    clock.advance(21)
    revealed = next_state(stream)
    assert revealed["phase"] == "reveal"
    assert within(app, lambda: game.room().version) == 2


def test_the_presenter_stream_reveals_once_everyone_has_answered(app, client):
    game = make_live_game(app, ("Ada", "Bo"))
    presenter = as_teacher(client, game.teacher_id)
    press(presenter, game.room_id, "start")
    stream = events(presenter.get(f"/live/rooms/{game.room_id}/events", buffered=False))
    assert next_state(stream)["phase"] == "question"
    for player in game.players:
        game.answer(player, game.questions[0], [0], 1500)
    assert next_state(stream)["phase"] == "reveal"


def test_the_polling_endpoint_answers_204_until_something_changes(app, client):
    game = make_live_game(app)
    student = as_player(app.test_client(), game, game.players[0])
    state = student.get(f"/live/play/{game.code}/state")
    assert state.status_code == 200 and state.headers["Cache-Control"] == "no-store"
    marker = state.json["marker"]
    assert student.get(f"/live/play/{game.code}/state?since={marker}").status_code == 204
    press(as_teacher(client, game.teacher_id), game.room_id, "start")
    changed = student.get(f"/live/play/{game.code}/state?since={marker}")
    assert changed.status_code == 200 and changed.json["phase"] == "question"


def test_the_presenters_polling_endpoint_counts_answers(app, client):
    game = make_live_game(app, ("Ada", "Bo"))
    as_teacher(client, game.teacher_id)
    started = press(client, game.room_id, "start").json
    assert client.get(f"/live/rooms/{game.room_id}/state?since={started['marker']}").status_code == 204
    game.answer(game.players[0], game.questions[0], [0], 1500)
    changed = client.get(f"/live/rooms/{game.room_id}/state?since={started['marker']}")
    assert changed.status_code == 200 and "<span data-answer-count>1</span> of 2 answered" in changed.json["html"]


def test_streams_and_state_need_a_player_of_a_live_room(app, client):
    game = make_live_game(app)
    assert client.get(f"/live/play/{game.code}/events").status_code == 404
    assert client.get(f"/live/play/{game.code}/state").status_code == 404
    assert client.get(f"/live/play/{game.code}").status_code == 302
