"""How bench/live.py counts (issue 19): a state is delivered when the student has it or a later
one, missed after 10 s; an answer is lost when it was sent, not refused, and is not in the database."""

from __future__ import annotations

from bench.live_figures import Action, answer_figures, deliveries


def test_a_later_version_counts_as_delivering_an_earlier_one_and_ten_seconds_is_a_miss():
    actions = [Action(sent=100.0, version=3, phase="question"), Action(sent=110.0, version=4, phase="reveal")]
    seen = [
        {3: 100.2, 4: 110.1},  # had both: 200 ms and 100 ms
        {4: 110.5},  # missed 3 but had 4 by 110.5: 3 counts as arriving then (10.5 s: missed), 4 in 500 ms
        {3: 100.3},  # never had 4
    ]
    times, missed, by_action = deliveries(actions, seen)
    assert [round(t) for t in times] == [200, 300, 100, 500]
    assert missed == 2
    assert [(phase, worst) for phase, _p50, _p95, worst, _slow in by_action] == [("question", 300), ("reveal", 500)]


def test_answers_stored_refused_and_lost_are_told_apart_by_the_database_not_by_the_replies():
    sent = [
        (0, 1, 3, 200, 40.0, ""),  # taken and stored
        (1, 1, 3, 409, 30.0, "This question is closed"),  # refused: not lost
        (2, 1, 3, 0, 5000.0, "ConnectionResetError"),  # no reply, yet stored: not lost
        (3, 1, 3, 500, 900.0, ""),  # an error and not stored: lost
        (4, 1, 3, 200, 50.0, ""),  # taken, yet not stored: lost
    ]
    figures = answer_figures(sent, stored={(0, 1), (2, 1)})
    assert figures["answers_sent"] == 5
    assert figures["answers_stored"] == 2
    assert figures["answers_refused"] == 1
    assert figures["answers_lost"] == 2
    assert figures["answers_failed"] == 2
    assert figures["refusals"] == {"This question is closed": 1}
    assert figures["answer_p95"] == 900  # over the answers that got a reply
