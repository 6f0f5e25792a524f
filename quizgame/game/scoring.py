"""The scoring engine: pure functions from an answer to its credit and points.

docs/scoring.md states the rules with worked examples; the tests check them, and property tests
check that points are never negative, never above MAX_POINTS, and never grow with response time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

ScoringMode = Literal["speed", "accuracy"]

BASE_POINTS = 1000
# Kahoot's grace: an answer within half a second counts as instant.
INSTANT_MS = 500
STREAK_STEP = 100
STREAK_CAP = 500
MAX_POINTS = BASE_POINTS + STREAK_CAP


@dataclass(frozen=True)
class Score:
    credit: float  # 0..1: the share of the answer that is right
    correct: bool  # full credit
    points: int
    streak: int  # consecutive fully correct answers, including this one
    late: bool = False


def grade(chosen: Sequence[int], correct: Sequence[int]) -> float:
    """Credit for a choice set: each right pick earns a share, each wrong pick takes one back.

    A single-answer question is all or nothing. With several right answers (tap-the-word with two
    loaded words, say), picking one of two earns half; picking everything is never rewarded, since
    the wrong picks cancel the right ones. Never below 0.
    """
    right = set(correct)
    picked = set(chosen)
    if not right or not picked:
        return 0.0
    hits = len(picked & right)
    misses = len(picked - right)
    return max(0.0, (hits - misses) / len(right))


def speed_points(response_ms: int, limit_ms: int) -> int:
    """round(1000 x (1 - (t / T) / 2)): 1000 within half a second, 500 at the limit, 0 after it."""
    if response_ms > limit_ms:
        return 0
    if response_ms <= INSTANT_MS:
        return BASE_POINTS
    return round(BASE_POINTS * (1 - (response_ms / limit_ms) / 2))


def current_run(correct_latest_first: Iterable[bool]) -> int:
    """The streak before the next answer: fully correct answers in a row, counting back from the latest."""
    run = 0
    for correct in correct_latest_first:
        if not correct:
            break
        run += 1
    return run


def streak_bonus(streak: int) -> int:
    """+100 for each correct answer in a row after the first, at most +500."""
    return min(STREAK_STEP * max(streak - 1, 0), STREAK_CAP)


def score_answer(
    mode: ScoringMode,
    chosen: Sequence[int],
    correct: Sequence[int],
    response_ms: int,
    limit_ms: int,
    previous_streak: int = 0,
) -> Score:
    """Score one answer. `previous_streak` is the player's run of fully correct answers so far."""
    if response_ms < 0 or limit_ms <= 0:
        raise ValueError("response time must be >= 0 and the time limit > 0")
    if response_ms > limit_ms:
        return Score(credit=0.0, correct=False, points=0, streak=0, late=True)
    credit = grade(chosen, correct)
    full = credit == 1.0
    streak = previous_streak + 1 if full else 0
    if mode == "accuracy":
        return Score(credit=credit, correct=full, points=round(BASE_POINTS * credit), streak=streak)
    points = round(speed_points(response_ms, limit_ms) * credit)
    if full:
        points += streak_bonus(streak)
    return Score(credit=credit, correct=full, points=points, streak=streak)


def ranking_key(
    points: int, correct_count: int, total_response_ms: int, joined_order: int
) -> tuple[int, int, int, int]:
    """Sort key for leaderboards (ascending sort): more points, then more correct answers, then
    less total time on answered questions, then who joined first. Documented in docs/scoring.md."""
    return (-points, -correct_count, total_response_ms, joined_order)
