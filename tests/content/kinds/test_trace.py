"""`quizgame questions --why`: each finding a gate dropped, with the gate, for a teacher or maintainer
asking why an article got no question (tests/data/reading3: five plain reports got none, cause unknown)."""

from __future__ import annotations

from quizgame.content import show as show_module
from quizgame.content.kinds import trace
from tests.content.kinds.seed_analysis import seed_coverage


def test_nothing_is_recorded_outside_a_recording():
    trace.drop("an-article", "who_said", "words", "a gate")
    with trace.recording() as found:
        pass
    assert found == []


def test_a_drop_inside_a_recording_is_kept_once_with_its_article_kind_and_gate():
    with trace.recording() as found:
        trace.drop("a", "who_said", "The bridge   is no longer safe", "speaker not shown")
        trace.drop("a", "who_said", "The bridge is no longer safe", "speaker not shown")
    assert found == [trace.Dropped("a", "who_said", "The bridge is no longer safe", "speaker not shown")]
    assert trace.lines(found, "a") == ["  who_said:", "    - speaker not shown: The bridge is no longer safe"]
    assert trace.lines(found, "b") == ["  (no finding was dropped by a gate)"]


def test_why_lists_every_article_with_its_count_even_one_without_a_question():
    coverage = seed_coverage()
    text = "\n".join(show_module.show(coverage, why=True))
    assert "Why not more" in text
    for item in coverage:
        assert f"{item.slug}: " in text.split("Why not more")[1]


def test_generation_returns_the_same_questions_whether_or_not_it_is_traced():
    coverage = seed_coverage()
    plain = [q.id for q in show_module.generated(coverage)]
    with trace.recording() as found:
        traced = [q.id for q in show_module.generated(coverage)]
    assert plain == traced
    assert found, "the seed articles have findings the gates drop"
    assert all(d.gate and d.kind for d in found)
