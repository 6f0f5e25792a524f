"""A whole room of 30 students, worked out from the scoring formula of docs/scoring.md.

The same scenario is played at the domain level (tests/game/test_full_room.py) and through the real
join and answer pages (tests/web/play/test_full_room.py); both check what they get against the figures
this module derives on its own from the documented formula, not from quizgame.game.scoring.

Timeline: the students join one second apart, then each in turn answers the six questions in order;
each question is delivered, the clock moves on by the planned response time, the answer goes in.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
LIMIT_S = 20
LIMIT_MS = LIMIT_S * 1000
STUDENTS = 30

# (id, skill, choices, right answers, control item)
QUESTIONS = [
    ("fr-1", "sourcing", ["A press release", "A named official", "An anonymous post", "No one"], [1], False),
    (
        "fr-2",
        "attribution",
        [
            "To a named person",
            "To an anonymous source",
            "To another outlet",
            "To a social-media post",
            "It is not attributed at all",
        ],
        [0],
        True,
    ),
    (
        "fr-3",
        "loaded_language",
        ["Protesters", "have", "seized", "a", "block", "mob-style", "near", "downtown"],
        [2, 5],
        False,
    ),
    ("fr-4", "comparison", ["Both outlets agree", "Only one names a source", "They contradict each other"], [2], False),
    ("fr-5", "sourcing", ["A poll", "A court filing", "A rumour", "The city's budget report"], [3], True),
    ("fr-6", "attribution", ["Police said", "Witnesses said", "It is said", "The mayor wrote"], [1], False),
]
QUESTION_IDS = [q[0] for q in QUESTIONS]
SKILL_NAMES = {
    "sourcing": "Sourcing",
    "attribution": "Attribution",
    "loaded_language": "Loaded language",
    "comparison": "Comparison",
}

# Two nicknames a spreadsheet would misread if the export did not neutralise and quote them.
NICKNAMES = [f"Student {i:02}" for i in range(STUDENTS)]
NICKNAMES[7] = "=SUM(1+1)"
NICKNAMES[12] = 'Zoë "Z", Ångström'


def plan(student: int, question: int) -> tuple[list[int], int]:
    """What student i picks on question j and after how many ms (multiples of 125 ms, which the
    server's clock arithmetic represents exactly). Some right, some wrong, some half right on the
    two-word question, some instant, some past the limit."""
    qid, _skill, choices, right, _control = QUESTIONS[question]
    kind = (student * 5 + question * 3) % 7
    n = len(choices)
    wrong = next((student + question + k) % n for k in range(n) if (student + question + k) % n not in right)
    if kind <= 3:
        chosen = list(right)
    elif kind == 4 or len(right) == 1:
        chosen = [wrong]
    else:
        chosen = [right[student % 2]]  # one of the two loaded words: half credit
    if (student + question) % 11 == 0:
        ms = LIMIT_MS + 125 * (1 + student % 5)  # late: nothing, whatever was picked
    elif (student * question) % 9 == 4:
        ms = 125 * (1 + question % 4)  # within half a second: counts as instant
    else:
        ms = 125 * (4 + (student * 37 + question * 53) % 150)
    return sorted(chosen), ms


def credit(chosen: list[int], right: list[int]) -> float:
    hits = len(set(chosen) & set(right))
    misses = len(set(chosen) - set(right))
    return max(0.0, (hits - misses) / len(right)) if chosen else 0.0


@dataclass(frozen=True)
class Expected:
    student: int
    nickname: str
    question: str
    chosen: list[int]
    response_ms: int
    delivered_at: dt.datetime
    answered_at: dt.datetime
    credit: float
    correct: bool
    points: int


def joined_at(student: int) -> dt.datetime:
    return START + dt.timedelta(seconds=student)


def expected_answers() -> list[Expected]:
    """Every answer with the points docs/scoring.md gives it in speed mode, in the order played."""
    answers: list[Expected] = []
    clock = joined_at(STUDENTS)
    for i in range(STUDENTS):
        streak = 0
        for j, (qid, _skill, _choices, right, _control) in enumerate(QUESTIONS):
            chosen, ms = plan(i, j)
            delivered, clock = clock, clock + dt.timedelta(milliseconds=ms)
            if ms > LIMIT_MS:
                share, points, streak = 0.0, 0, 0
            else:
                share = credit(chosen, right)
                base = 1000 if ms <= 500 else round(1000 * (1 - (ms / LIMIT_MS) / 2))
                points = round(base * share)
                streak = streak + 1 if share == 1.0 else 0
                points += min(100 * max(streak - 1, 0), 500) if share == 1.0 else 0
            answers.append(Expected(i, NICKNAMES[i], qid, chosen, ms, delivered, clock, share, share == 1.0, points))
    return answers


@dataclass(frozen=True)
class Line:
    nickname: str
    points: int
    correct: int
    answered: int
    total_ms: int


def expected_standings() -> list[Line]:
    """Best first: more points, more correct answers, less total time, earlier join."""
    totals: dict[int, list[int]] = {i: [0, 0, 0, 0] for i in range(STUDENTS)}
    for a in expected_answers():
        t = totals[a.student]
        t[0] += a.points
        t[1] += int(a.correct)
        t[2] += 1
        t[3] += a.response_ms
    order = sorted(totals, key=lambda i: (-totals[i][0], -totals[i][1], totals[i][3], i))
    return [Line(NICKNAMES[i], *totals[i]) for i in order]


def per_question() -> Iterator[tuple[str, list[Expected]]]:
    answers = expected_answers()
    for qid in QUESTION_IDS:
        yield qid, [a for a in answers if a.question == qid]


def share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else ""


def expected_question_rows() -> list[dict[str, str]]:
    """The item analysis as the questions CSV should state it."""
    rows = []
    for position, (qid, answers) in enumerate(per_question(), start=1):
        _id, skill, choices, right, control = QUESTIONS[position - 1]
        correct = sum(a.correct for a in answers)
        # A late answer is scored as no answer: it counts as answered, but not for any choice.
        in_time = [a for a in answers if a.response_ms <= LIMIT_MS]
        late = len(answers) - len(in_time)
        wrong = Counter(tuple(a.chosen) for a in in_time if not a.correct)
        top = min(wrong.items(), key=lambda item: (-item[1], item[0])) if wrong else None
        counts = Counter(i for a in in_time for i in set(a.chosen))
        rows.append(
            {
                "position": str(position),
                "question id": qid,
                "skill": SKILL_NAMES[skill],
                "control item": "yes" if control else "no",
                "correct answer": "; ".join(choices[i] for i in right),
                "answered": str(len(answers)),
                "correct": str(correct),
                "share correct": share(correct, len(answers)),
                "mean response ms": str(round(sum(a.response_ms for a in answers) / len(answers))),
                "most common wrong answer": "; ".join(choices[i] for i in top[0]) if top else "",
                "times given": str(top[1]) if top else "0",
                "answers per choice": " | ".join(
                    [f"{choices[i]}: {counts[i]}" for i in range(len(choices)) if counts[i]]
                    + ([f"too late: {late}"] if late else [])
                ),
                "late": str(late),
            }
        )
    return rows


def expected_skill_accuracy() -> dict[str, dict[str, str]]:
    """nickname -> skill label -> accuracy as the students CSV writes it."""
    skill_of = {q[0]: q[1] for q in QUESTIONS}
    tallies: dict[str, dict[str, list[int]]] = {n: {} for n in NICKNAMES}
    for a in expected_answers():
        t = tallies[a.nickname].setdefault(skill_of[a.question], [0, 0])
        t[0] += int(a.correct)
        t[1] += 1
    return {
        nickname: {SKILL_NAMES[s]: share(*tallies[nickname][s]) for s in sorted(SKILL_NAMES)} for nickname in NICKNAMES
    }


def expected_discernment() -> dict[str, tuple[tuple[int, int], tuple[int, int]]]:
    """skill -> ((right, answered) on flawed items, (right, answered) on control items)."""
    result: dict[str, list[list[int]]] = {}
    questions = {q[0]: q for q in QUESTIONS}
    for a in expected_answers():
        _id, skill, _choices, _right, control = questions[a.question]
        tally = result.setdefault(skill, [[0, 0], [0, 0]])[int(control)]
        tally[0] += int(a.correct)
        tally[1] += 1
    return {skill: (tuple(f), tuple(c)) for skill, (f, c) in result.items()}  # type: ignore[misc]


def as_spreadsheet_shows(nickname: str) -> str:
    """A nickname as it appears in a CSV cell: formula starts neutralised with a quote."""
    return "'" + nickname if nickname[:1] in "=+-@\t\r" else nickname


def check_csv_files(
    answers: list[list[str]], students: list[list[str]], questions: list[list[str]], classroom: str, code: str
) -> None:
    """Every row of the three CSV files of the room against the figures above."""
    expected = expected_answers()
    header, *rows = answers
    assert len(rows) == len(expected) == STUDENTS * len(QUESTIONS)
    questions_by_id = {q[0]: q for q in QUESTIONS}
    for row, a in zip(rows, expected, strict=True):
        _id, skill, choices, right, _control = questions_by_id[a.question]
        assert dict(zip(header, row, strict=True)) == {
            "classroom": classroom,
            "room code": code,
            "nickname": as_spreadsheet_shows(a.nickname),
            "question id": a.question,
            "skill": SKILL_NAMES[skill],
            "question": f"Prompt of {a.question}?",
            "chosen answer": "; ".join(choices[i] for i in a.chosen),
            "correct answer": "; ".join(choices[i] for i in right),
            "correct": "yes" if a.correct else "no",
            "points": str(a.points),
            "response ms": str(a.response_ms),
            "answered at (UTC)": a.answered_at.strftime("%Y-%m-%dT%H:%M:%S.")
            + f"{a.answered_at.microsecond // 1000:03d}Z",
            "late": "yes" if a.response_ms > LIMIT_MS else "no",
            "removed": "no",
        }

    header, *rows = students
    skills = expected_skill_accuracy()
    standings = expected_standings()
    assert len(rows) == STUDENTS
    for rank, (row, line) in enumerate(zip(rows, standings, strict=True), start=1):
        cells = dict(zip(header, row, strict=True))
        assert cells["rank"] == str(rank)
        assert cells["student"] == as_spreadsheet_shows(line.nickname)
        assert (cells["points"], cells["correct answers"], cells["answered"], cells["total response ms"]) == (
            str(line.points),
            str(line.correct),
            str(line.answered),
            str(line.total_ms),
        )
        assert cells["accuracy"] == share(line.correct, line.answered)
        assert cells["removed"] == "no"
        assert {
            k[len("accuracy ") :]: v for k, v in cells.items() if k.startswith("accuracy ") and k != "accuracy"
        } == skills[line.nickname]

    header, *rows = questions
    assert [
        {k: v for k, v in dict(zip(header, row, strict=True)).items() if k != "question"} for row in rows
    ] == expected_question_rows()
