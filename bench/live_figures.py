"""The figures of one bench/live.py run, from what the students saw, what they sent and what the
database kept; and the table and the goals (issue 19) printed at the end of a run."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

WAIT_FOR_DELIVERY = 10.0  # seconds: a state not received within this after the teacher's action is missed

# Issue 19's goals, each with the N it applies to (SSE only).
GOALS: list[tuple[int, str, str, float]] = [
    (300, "delivery p95", "delivery_p95", 300),
    (2000, "delivery p95", "delivery_p95", 1000),
    (2000, "delivery max", "delivery_max", 2000),
    (2000, "states missed", "missed", 0),
    (2000, "answers lost", "answers_lost", 0),
    (2000, "answers refused", "answers_refused", 0),
    (2000, "answer p95", "answer_p95", 1000),
]


@dataclass(frozen=True)
class Action:
    """A teacher's press: when it was sent and the room version (and phase) it made."""

    sent: float
    version: int
    phase: str


def percentile(values: list[float], p: float) -> float:
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _ms(value: float) -> int | None:
    return None if math.isnan(value) else round(value)


def deliveries(actions: list[Action], seen: list[dict[int, float]]) -> tuple[list[float], int, list[tuple]]:  # type: ignore[type-arg]
    """Delivery times in ms (each student, each action), how many were missed, and per action
    (phase, p50, p95, max, students over a second). A student has a state once they have it or any
    later one: two quick changes may arrive as one."""
    times: list[float] = []
    missed = 0
    by_action = []
    for action in actions:
        these = []
        for versions in seen:
            first = min((t for v, t in versions.items() if v >= action.version), default=None)
            if first is None or first - action.sent > WAIT_FOR_DELIVERY:
                missed += 1
            else:
                these.append(max(0.0, first - action.sent) * 1000)
        times += these
        by_action.append(
            (
                action.phase,
                _ms(percentile(these, 50)),
                _ms(percentile(these, 95)),
                _ms(max(these, default=math.nan)),
                sum(d > 1000 for d in these),
            )
        )
    return times, missed, by_action


def answer_figures(sent: list[tuple[int, int, int, int, float, str]], stored: set[tuple[int, int]]) -> dict[str, Any]:
    """`sent`: (student, position, version, status, ms, error) per answer POST; `stored`: the
    (student, position) pairs the database holds after the run. Lost: sent, not refused, not stored."""
    refused = [a for a in sent if a[3] == 409]
    refused_pairs = {(a[0], a[1]) for a in refused}
    sent_pairs = {(a[0], a[1]) for a in sent}
    replied = [a[4] for a in sent if a[3]]
    return {
        "answers_sent": len(sent),
        "answers_ok": sum(a[3] == 200 for a in sent),
        "answers_stored": len(stored & sent_pairs),
        "answers_refused": len(refused),
        "answers_lost": len(sent_pairs - stored - refused_pairs),
        "answers_failed": sum(a[3] not in (200, 409) for a in sent),  # no reply, or an error status
        "answers_stored_unsent": len(stored - sent_pairs),  # should be none: a check on the check
        "refusals": dict(Counter(a[5] for a in refused).most_common(3)),
        "answer_p50": _ms(percentile(replied, 50)),
        "answer_p95": _ms(percentile(replied, 95)),
    }


def lag_figures(lag: list[float]) -> dict[str, Any]:
    return {"client_lag_p99": _ms(percentile(lag, 99)), "client_lag_max": _ms(max(lag, default=math.nan))}


def _n(value: Any, unit: str = "") -> str:
    if value is None:
        return "-"
    return f"{value:,}{unit}" if isinstance(value, int) else f"{value}{unit}"


def print_table(rows: list[dict[str, Any]]) -> None:
    print(
        "| students | transport | delivery p50 / p95 / max | states missed | answers sent / stored / refused / lost "
        "| answer p50 / p95 | reconnects / fell back to polling | errors | cores: clients / gunicorn / PostgreSQL / machine "
        "| client loop late p99 / max | load average | floor p50 / p95 / max | p95 / floor's "
        "| p95 / first row's | server CPU per state / first row's |"
    )
    print("| ---: | --- | --- | ---: | --- | --- | ---: | ---: | --- | --- | ---: | --- | ---: | ---: | ---: |")
    measured = [r for r in rows if "failed" not in r]
    baseline = measured[0] if measured else {}
    for r in rows:
        if "failed" in r:
            print(f"| {r['students']:,} | {r['transport']} | failed: {r['failed']} |")
            continue
        p95_ratio = _ratio(r.get("delivery_p95"), baseline.get("delivery_p95"))
        cpu_ratio = _ratio(r.get("server_ms_per_state"), baseline.get("server_ms_per_state"))
        print(
            f"| {r['students']:,} | {r['transport']} "
            f"| {_n(r['delivery_p50'])} / {_n(r['delivery_p95'])} / {_n(r['delivery_max'], ' ms')} "
            f"| {r['missed']:,} of {r['states']:,} "
            f"| {r['answers_sent']:,} / {r['answers_stored']:,} / {r['answers_refused']:,} / {r['answers_lost']:,} "
            f"| {_n(r['answer_p50'])} / {_n(r['answer_p95'], ' ms')} | {r['reconnects']:,} / {r['fell_back_to_polling']:,} | {r['errors']:,} "
            f"| {r['client_cores']} / {r['server_cores']} / {r['database_cores']} / {r['machine_cores']} "
            f"| {_n(r['client_lag_p99'])} / {_n(r['client_lag_max'], ' ms')} | {r['load_before']} -> {r['load_average']} "
            f"| {_n(r.get('floor_p50'))} / {_n(r.get('floor_p95'))} / {_n(r.get('floor_max'), ' ms')} "
            f"| {_ratio(r.get('delivery_p95'), r.get('floor_p95'))} "
            f"| {p95_ratio} | {r['server_ms_per_state']} ms ({cpu_ratio}) |"
        )


def _ratio(value: Any, base: Any) -> str:
    if not value or not base:
        return "-"
    return f"{value / base:.2f}"


def print_goals(rows: list[dict[str, Any]]) -> bool:
    """Issue 19's goals for the N this run measured over SSE; True if every one checked is met."""
    met_all, checked = True, 0
    for students, label, key, limit in GOALS:
        row = next((r for r in rows if r["students"] == students and r["transport"] == "sse"), None)
        if row is None:
            continue
        checked += 1
        value = row.get(key)
        met = value is not None and value <= limit
        met_all &= met
        print(f"  {students:>5,} students, {label}: {_n(value)} (goal <= {limit:,.0f}) {'met' if met else 'NOT MET'}")
    if not checked:
        print("  none checked: they are for 300 and 2,000 students over SSE")
    return met_all
