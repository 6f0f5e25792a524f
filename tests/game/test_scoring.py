"""The scoring engine, as documented in docs/scoring.md."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizgame.game.scoring import MAX_POINTS, current_run, grade, ranking_key, score_answer, speed_points, streak_bonus

T = 20_000


def test_an_answer_within_half_a_second_earns_1000():
    assert speed_points(400, T) == 1000
    assert speed_points(500, T) == 1000


def test_speed_points_follow_kahoots_formula():
    assert speed_points(10_000, T) == 750
    assert speed_points(T, T) == 500


def test_nothing_after_the_time_limit():
    late = score_answer("speed", [0], [0], T + 1, T, previous_streak=4)
    assert (late.points, late.streak, late.late, late.correct) == (0, 0, True, False)
    assert score_answer("accuracy", [0], [0], T + 1, T).points == 0


@pytest.mark.parametrize("streak, bonus", [(0, 0), (1, 0), (2, 100), (3, 200), (6, 500), (9, 500)])
def test_streak_bonus_grows_by_100_up_to_500(streak, bonus):
    assert streak_bonus(streak) == bonus


def test_the_worked_examples_of_the_documentation():
    assert score_answer("speed", [1], [1], 400, T, 0).points == 1000
    assert score_answer("speed", [1], [1], 10_000, T, 1).points == 850
    assert score_answer("speed", [1], [1], 20_000, T, 2).points == 700
    partial = score_answer("speed", [3], [3, 4], 5_000, T, 3)
    assert (partial.credit, partial.points, partial.streak, partial.correct) == (0.5, 438, 0, False)
    assert score_answer("speed", [0], [1], 2_000, T, 0).points == 0
    assert score_answer("speed", [1], [1], 4_000, T, 5).points == 1400
    assert score_answer("accuracy", [1], [1], 19_000, T).points == 1000
    assert score_answer("accuracy", [3], [3, 4], 1_000, T).points == 500


def test_a_wrong_answer_resets_the_streak():
    assert score_answer("speed", [0], [1], 1_000, T, previous_streak=3).streak == 0


def test_partial_credit_counts_right_picks_minus_wrong_picks():
    assert grade([1, 2], [1, 2]) == 1.0
    assert grade([1], [1, 2]) == 0.5
    assert grade([1, 5], [1, 2]) == 0.0
    assert grade([0, 1, 2, 3, 4], [1, 2]) == 0.0
    assert grade([], [1]) == 0.0


def test_ties_break_on_correct_answers_then_time_then_join_order():
    players = {
        "fewer points": ranking_key(900, 5, 1000, 0),
        "more correct": ranking_key(1000, 3, 9000, 3),
        "fewer correct": ranking_key(1000, 2, 1000, 1),
        "faster": ranking_key(1000, 3, 5000, 4),
        "joined first": ranking_key(1000, 3, 5000, 2),
    }
    order = sorted(players, key=players.__getitem__)
    assert order == ["joined first", "faster", "more correct", "fewer correct", "fewer points"]


answers = st.lists(st.integers(0, 9), max_size=10, unique=True)
keys = st.lists(st.integers(0, 9), min_size=1, max_size=4, unique=True)
modes = st.sampled_from(["speed", "accuracy"])


@given(modes, answers, keys, st.integers(0, 120_000), st.integers(1_000, 120_000), st.integers(0, 50))
def test_points_are_never_negative_and_bounded(mode, chosen, correct, t, limit, streak):
    score = score_answer(mode, chosen, correct, t, limit, streak)
    assert 0 <= score.points <= MAX_POINTS
    assert 0.0 <= score.credit <= 1.0


@given(
    modes,
    answers,
    keys,
    st.integers(0, 120_000),
    st.integers(0, 120_000),
    st.integers(1_000, 120_000),
    st.integers(0, 50),
)
def test_points_never_increase_with_response_time(mode, chosen, correct, t1, t2, limit, streak):
    early, late = sorted((t1, t2))
    assert (
        score_answer(mode, chosen, correct, early, limit, streak).points
        >= score_answer(mode, chosen, correct, late, limit, streak).points
    )


@pytest.mark.parametrize(
    ("latest_first", "run"),
    [
        ([], 0),
        ([False, True, True], 0),
        ([True, True, False, True], 2),
        ([True, True, True], 3),
    ],
)
def test_the_current_run_counts_correct_answers_back_from_the_latest(latest_first, run):
    assert current_run(iter(latest_first)) == run
