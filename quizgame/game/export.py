"""CSV exports: each table is (headers, rows) from a pure function, and one shared writer turns any
table into RFC 4180 lines, lazily, so an export of a million answers streams with flat memory.

The writer neutralises formula cells: a cell that starts with =, +, -, @, a tab or a carriage
return gets a leading single quote, so a spreadsheet shows a nickname like "=HYPERLINK(...)"
instead of running it (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import datetime as dt
from typing import Iterable, Iterator, Sequence

from quizgame.game.report_rows import AnswerExportRow, QuestionRow
from quizgame.game.reports import QuestionReport, Report, choice_text, skill_label

Cell = str | int | float | bool | None
Table = tuple[list[str], Iterator[Sequence[Cell]]]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel reads a CSV as the local code page unless it starts with a byte order mark; every other
# spreadsheet and csv reader (with utf-8-sig) takes it in its stride.
BOM = "\ufeff"
LINES_PER_CHUNK = 500

KINDS = ("answers", "students", "questions")


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, float):
        return f"{cell:.3f}"
    return str(cell)


class _Echo:
    """A file-like object whose write hands the formatted line back, so csv.writer can feed a generator."""

    def write(self, line: str) -> str:
        return line


def csv_chunks(headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> Iterator[str]:
    """The CSV text of a table in chunks of a few hundred lines: header first, CRLF line ends,
    fields with commas, quotes or line breaks quoted, quotes doubled (RFC 4180)."""
    writer = csv.writer(_Echo(), lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    yield BOM + writer.writerow([neutralise(h) for h in headers])
    chunk: list[str] = []
    for row in rows:
        chunk.append(writer.writerow([neutralise(_text(cell)) for cell in row]))
        if len(chunk) >= LINES_PER_CHUNK:
            yield "".join(chunk)
            chunk = []
    if chunk:
        yield "".join(chunk)


def iso_utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


ANSWER_HEADERS = [
    "classroom", "room code", "nickname", "question id", "skill", "question", "chosen answer",
    "correct answer", "correct", "points", "response ms", "answered at (UTC)",
]


def answers_table(questions: Sequence[QuestionRow], rows: Iterable[AnswerExportRow]) -> Table:
    """One row per answer; choices are written out as text in the question's original order."""
    by_id = {q.id: q for q in questions}

    def lines() -> Iterator[Sequence[Cell]]:
        for row in rows:
            answer = row.answer
            question = by_id.get(answer.question_id)
            yield [
                row.classroom_name,
                row.room_code,
                row.nickname,
                answer.question_id,
                skill_label(question.skill) if question else "",
                question.prompt if question else "",
                choice_text(question, answer.chosen) if question else "",
                choice_text(question, question.correct) if question else "",
                answer.correct,
                answer.points,
                answer.response_ms,
                iso_utc(answer.answered_at),
            ]

    return ANSWER_HEADERS, lines()


def students_table(report: Report) -> Table:
    """One row per student in rank order, with accuracy (full credit / answered) per skill."""
    skills = report.skill_names
    headers = [
        "rank", "student", "room code", "points", "correct answers", "answered", "accuracy",
        "total response ms", *(f"accuracy {skill_label(skill)}" for skill in skills),
    ]
    rows = (
        [
            s.rank, s.name, s.room_code, s.points, s.correct, s.answered, s.accuracy, s.total_ms,
            *(s.skill_accuracy(skill) for skill in skills),
        ]
        for s in report.students
    )
    return headers, rows


def distribution_text(question: QuestionReport) -> str:
    """How many answers picked each choice, e.g. "Yes: 12 | No: 3"."""
    return " | ".join(
        f"{text}: {count}" for text, count in zip(question.question.choices, question.choice_counts) if count
    )


QUESTION_HEADERS = [
    "position", "question id", "skill", "control item", "question", "correct answer", "answered",
    "correct", "share correct", "mean response ms", "most common wrong answer", "times given",
    "answers per choice",
]


def questions_table(report: Report) -> Table:
    """The item analysis: one row per question of the room (or of the classroom's rooms)."""
    def lines() -> Iterator[Sequence[Cell]]:
        for item in report.questions:
            question = item.question
            wrong = item.most_common_wrong
            yield [
                item.position, question.id, skill_label(question.skill), question.control, question.prompt,
                choice_text(question, question.correct), item.answered, item.correct, item.share_correct,
                item.mean_ms, item.most_common_wrong_text, wrong[1] if wrong else 0, distribution_text(item),
            ]

    return QUESTION_HEADERS, lines()
