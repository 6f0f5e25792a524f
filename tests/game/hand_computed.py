"""A small room worked out by hand (accuracy mode: points = 1000 x credit), shared by the report,
chart and export specifications.

| student | qa (sourcing, flawed) | qb (sourcing, control) | qc (loaded language, two words) | points | correct | ms |
| ana     | A right, 4 s          | named right, 6 s       | mob+stormed right, 5 s          | 3000   | 3       | 15000 |
| ben     | C wrong, 3 s          | named right, 2 s       | mob only: half, 1 s             | 1500   | 1       | 6000  |
| cat     | A right, 1 s          | none: wrong, 1 s       | mob+stormed right, 1 s          | 2000   | 2       | 3000  |
| dan     | (joined, never answered)                                                   | 0      | 0       | 0     |

cat is right on the flawed sourcing item and wrong on the control one: the student who flags everything.
"""

from __future__ import annotations

import datetime as dt

from quizgame.game.report_rows import AnswerRow, PlayerRow, QuestionRow, ReportRows

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

QA = QuestionRow("qa", "not_reporting", "sourcing", "Which line is, not, reporting?", ["A", "B", "C", "D"], [0], False)
QB = QuestionRow(
    "qb",
    "attribution_type",
    "sourcing",
    'How is "the quote" attributed?',
    ["To a named person", "To an anonymous source", "To another outlet", "It is not attributed at all"],
    [0],
    True,
)
QC = QuestionRow(
    "qc",
    "loaded_word",
    "loaded_language",
    "Tap the loaded words",
    ["The", "mob", "stormed", "the", "hall"],
    [1, 2],
    False,
)

ANA = PlayerRow(1, "ana", "ABC234", T0, None, None)
BEN = PlayerRow(2, "ben", "ABC234", T0 + dt.timedelta(minutes=1), None, None)
CAT = PlayerRow(3, "cat", "ABC234", T0 + dt.timedelta(minutes=2), None, None)
DAN = PlayerRow(4, "dan", "ABC234", T0 + dt.timedelta(minutes=3), None, None)


def answer(
    player: PlayerRow, question: QuestionRow, chosen: list[int], credit: float, ms: int, minute: int
) -> AnswerRow:
    return AnswerRow(
        player.id,
        question.id,
        chosen,
        credit == 1.0,
        credit,
        round(1000 * credit),
        ms,
        T0 + dt.timedelta(minutes=10 + minute, milliseconds=ms),
    )


ANSWERS = [
    answer(ANA, QA, [0], 1.0, 4000, 0),
    answer(ANA, QB, [0], 1.0, 6000, 1),
    answer(ANA, QC, [2, 1], 1.0, 5000, 2),
    answer(BEN, QA, [2], 0.0, 3000, 0),
    answer(BEN, QB, [0], 1.0, 2000, 1),
    answer(BEN, QC, [1], 0.5, 1000, 2),
    answer(CAT, QA, [0], 1.0, 1000, 0),
    answer(CAT, QB, [3], 0.0, 1000, 1),
    answer(CAT, QC, [1, 2], 1.0, 1000, 2),
]


def rows() -> ReportRows:
    return ReportRows("Period 3", [QA, QB, QC], [ANA, BEN, CAT, DAN], list(ANSWERS))
