"""CSV exports: each table is (headers, rows) from a pure function, and one shared writer turns any
table into RFC 4180 lines, lazily, so an export of a million answers streams with flat memory.

The writer neutralises formula cells: a cell that starts with =, +, -, @, a tab or a carriage
return gets a leading single quote, so a spreadsheet shows a nickname like "=HYPERLINK(...)"
instead of running it (OWASP "CSV injection"). A table whose rows are made of cells that are
already safe (NeutralisedRows: the answers export, a million rows) skips the per-cell check.
"""

from __future__ import annotations

import csv
import itertools
import datetime as dt
from typing import Iterable, Iterator, Sequence

from quizgame.game.report_rows import AnswerExportRow, QuestionRow
from quizgame.game.reports import QuestionReport, Report, choice_text, skill_label

Cell = str | int | float | bool | None
Table = tuple[list[str], Iterable[Sequence[Cell]]]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel reads a CSV as the local code page unless it starts with a byte order mark; every other
# spreadsheet and csv reader (with utf-8-sig) takes it in its stride.
BOM = "\ufeff"
LINES_PER_CHUNK = 500

KINDS = ("answers", "students", "questions")


_FORMULA_FIRST = frozenset(FORMULA_STARTS)


def neutralise(cell: str) -> str:
    return "'" + cell if cell[:1] in _FORMULA_FIRST else cell


def _text(cell: Cell) -> str:
    # Called for every cell of a million-row export: the common types are tested first, by identity.
    kind = type(cell)
    if kind is str:
        return neutralise(cell)  # type: ignore[arg-type]
    if kind is int:
        return str(cell) if cell >= 0 else "'" + str(cell)  # type: ignore[operator]
    if cell is None:
        return ""
    if kind is bool:
        return "yes" if cell else "no"
    if kind is float:
        return neutralise(f"{cell:.3f}")
    return neutralise(str(cell))


def _cells(row: Sequence[Cell]) -> list[str]:
    return [_text(cell) for cell in row]


class NeutralisedRows:
    """Rows whose cells are already what the CSV should say: neutralised text, or non-negative ints
    (written as they are). csv_chunks writes them without looking at each cell again."""

    def __init__(self, rows: Iterable[Sequence[Cell]]) -> None:
        self.rows = rows

    def __iter__(self) -> Iterator[Sequence[Cell]]:
        return iter(self.rows)


def csv_chunks(headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> Iterator[str]:
    """The CSV text of a table in chunks of a few hundred lines: header first, CRLF line ends,
    fields with commas, quotes or line breaks quoted, quotes doubled (RFC 4180)."""
    lines: list[str] = []
    # csv.writer writes into the list; writerows loops in C, a chunk at a time.
    writer = csv.writer(_Lines(lines), lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(h) for h in headers])
    yield BOM + lines.pop()
    lines_of_cells = iter(rows.rows) if isinstance(rows, NeutralisedRows) else map(_cells, rows)
    while True:
        writer.writerows(itertools.islice(lines_of_cells, LINES_PER_CHUNK))
        if not lines:
            return
        yield "".join(lines)
        lines.clear()


class _Lines:
    """A file-like object that collects csv.writer's lines in a list."""

    def __init__(self, lines: list[str]) -> None:
        self.write = lines.append


def iso_utc(moment: dt.datetime) -> str:
    if moment.tzinfo is not dt.timezone.utc:
        moment = moment.astimezone(dt.timezone.utc)
    return moment.isoformat(timespec="milliseconds")[:-6] + "Z"  # "+00:00" -> "Z"


def _count(number: int) -> Cell:
    """A count as the writer takes it: as it is, unless it is negative (the database forbids that)."""
    return number if number >= 0 else _text(number)


ANSWER_HEADERS = [
    "classroom", "room code", "nickname", "question id", "skill", "question", "chosen answer",
    "correct answer", "correct", "points", "response ms", "answered at (UTC)",
]


def answers_table(questions: Sequence[QuestionRow], rows: Iterable[AnswerExportRow]) -> Table:
    """One row per answer; choices are written out as text in the question's original order."""
    # The question's cells are the same on every one of its answers: worked out (and neutralised)
    # once per question and once per distinct choice set, not once per row of a million-row export.
    by_id = {
        q.id: (q, neutralise(q.id), neutralise(skill_label(q.skill)), neutralise(q.prompt),
               neutralise(choice_text(q, q.correct)), {})
        for q in questions
    }

    def unknown(question_id: str) -> tuple[None, str, str, str, str, dict[Sequence[int], str]]:
        return None, neutralise(question_id), "", "", "", {}

    def lines() -> Iterator[Sequence[Cell]]:
        for classroom, code, nickname, answer in rows:
            _player, question_id, chosen, correct, _credit, points, response_ms, answered_at = answer
            question, id_cell, skill, prompt, correct_text, chosen_texts = by_id.get(question_id) or unknown(question_id)
            # A choice set is a tuple when it comes from the database; a list when built by hand.
            key = chosen if type(chosen) is tuple else tuple(chosen)
            chosen_text = chosen_texts.get(key)
            if chosen_text is None:
                chosen_text = chosen_texts[key] = neutralise(choice_text(question, chosen)) if question else ""
            yield (
                neutralise(classroom), neutralise(code), neutralise(nickname), id_cell, skill, prompt, chosen_text,
                correct_text, "yes" if correct else "no", _count(points), _count(response_ms), iso_utc(answered_at),
            )

    return ANSWER_HEADERS, NeutralisedRows(lines())


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
