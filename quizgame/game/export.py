"""CSV exports: each table is (headers, rows) from a pure function, and one shared writer turns any
table into RFC 4180 lines, lazily, so an export of a million answers streams with flat memory.

The writer neutralises formula cells: a cell that starts with =, +, -, @, a tab or a carriage
return gets a leading single quote, so a spreadsheet shows a nickname like "=HYPERLINK(...)"
instead of running it (OWASP "CSV injection").

The answers table can run to a million rows, so it does not go cell by cell: the cells that repeat
(a student's, a question's) go through the same guard and the same writer once, as line fragments,
and each answer only adds what cannot need quoting or neutralising (yes/no, counts, a timestamp).
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from quizgame.game.report_rows import AnswerExportRow, QuestionRow
from quizgame.game.reports import QuestionReport, Report, choice_text, skill_label

Cell = str | int | float | bool | None

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel reads a CSV as the local code page unless it starts with a byte order mark; every other
# spreadsheet and csv reader (with utf-8-sig) takes it in its stride.
BOM = "\ufeff"
LINES_PER_CHUNK = 500

KINDS = ("answers", "students", "questions")


_FORMULA_FIRST = frozenset(FORMULA_STARTS)
_FORMULA_AFTER_SEPARATOR = re.compile(r"([;\t])(?=[=+\-@\t\r])")


def neutralise(cell: str) -> str:
    cell = "'" + cell if cell[:1] in _FORMULA_FIRST else cell
    if ";" in cell or "\t" in cell:
        # A spreadsheet splitting on this separator starts a new cell after it: guard that one too.
        cell = _FORMULA_AFTER_SEPARATOR.sub(r"\1'", cell)
    return cell


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


class CsvLines:
    """Rows that are finished CSV lines (each ending in CRLF) rather than cells; see LineFragments."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines = lines

    def __iter__(self) -> Iterator[str]:
        return iter(self.lines)


Table = tuple[list[str], Iterable[Sequence[Cell]] | CsvLines]


def _writer(lines: list[str]) -> Any:
    """The one CSV dialect of every export, writing its lines into `lines`."""
    return _Writer(_Lines(lines))


# Spreadsheets in many locales split a CSV on semicolons (or tabs), not commas: there
# `a;=cmd|'/c calc'!A1` becomes two cells, the second a formula, unless the cell is quoted.
_OTHER_SEPARATORS = (";", "\t")


class _Writer:
    """csv.writer quoting as little as RFC 4180 needs, except that a row with a cell holding another
    locale's separator is written with every cell quoted (the csv module quotes only for its own
    delimiter). Such rows are rare: the check is a substring test per text cell."""

    def __init__(self, sink: Any) -> None:
        self._minimal = csv.writer(sink, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        self._quoted = csv.writer(sink, lineterminator="\r\n", quoting=csv.QUOTE_ALL)

    def writerow(self, row: Sequence[str]) -> None:
        holds = any(separator in cell for cell in row for separator in _OTHER_SEPARATORS)
        (self._quoted if holds else self._minimal).writerow(row)

    def writerows(self, rows: Iterable[Sequence[str]]) -> None:
        for row in rows:
            self.writerow(row)


class LineFragments:
    """Cells written once, formula guard and quoting included, as the start of a CSV line: "a,\"b, c\","
    A fragment followed by more fragments and cells that need no quoting makes a valid line."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._writer = _writer(self._lines)

    def __call__(self, *cells: Cell) -> str:
        self._writer.writerow(_cells(cells))
        return self._lines.pop()[:-2] + ","


def csv_chunks(headers: Sequence[str], rows: Iterable[Sequence[Cell]] | CsvLines, bom: bool = True) -> Iterator[str]:
    """The CSV text of a table in chunks of a few hundred lines: header first, CRLF line ends,
    fields with commas, quotes or line breaks quoted, quotes doubled (RFC 4180). Without `bom` for
    files another program imports rather than a person opens (a gradebook's import)."""
    lines: list[str] = []
    # csv.writer writes into the list; writerows loops in C, a chunk at a time.
    writer = _writer(lines)
    writer.writerow([neutralise(h) for h in headers])
    yield (BOM if bom else "") + lines.pop()
    if isinstance(rows, CsvLines):
        finished = iter(rows.lines)
        while chunk := "".join(itertools.islice(finished, LINES_PER_CHUNK)):
            yield chunk
        return
    lines_of_cells = map(_cells, rows)
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
    if moment.tzinfo is not dt.UTC:
        moment = moment.astimezone(dt.UTC)
    return moment.isoformat(timespec="milliseconds")[:-6] + "Z"  # "+00:00" -> "Z"


class _UtcStamps:
    """iso_utc for a stream of moments in order: the date, hour and minute are written once a minute."""

    SECONDS = [f":{second:02d}." for second in range(61)]
    MILLISECONDS = [f"{ms:03d}Z" for ms in range(1000)]

    def __init__(self) -> None:
        self.minute = -1.0
        self.prefix = ""

    def __call__(self, moment: dt.datetime) -> str:
        if moment.tzinfo is not dt.UTC:
            return iso_utc(moment)
        minute = moment.timestamp() // 60
        if minute != self.minute:
            self.minute, self.prefix = minute, moment.isoformat(timespec="minutes")[:-6]
        return self.prefix + self.SECONDS[moment.second] + self.MILLISECONDS[moment.microsecond // 1000]


ANSWER_HEADERS = [
    "classroom",
    "room code",
    "nickname",
    "question id",
    "skill",
    "question",
    "chosen answer",
    "correct answer",
    "correct",
    "points",
    "response ms",
    "answered at (UTC)",
    "late",
    "removed",
]


def answers_table(questions: Sequence[QuestionRow], rows: Iterable[AnswerExportRow]) -> Table:
    """One row per answer; choices are written out as text in the question's original order."""
    fragment = LineFragments()
    stamp = _UtcStamps()
    # The question's cells are the same on every one of its answers with the same choices: written
    # once per question and choice set, not once per row of a million-row export.
    by_id: dict[str, tuple[QuestionRow | None, dict[tuple[int, ...], str]]] = {q.id: (q, {}) for q in questions}

    def question_cells(question_id: str, question: QuestionRow | None, chosen: Sequence[int]) -> str:
        if question is None:
            return fragment(question_id, "", "", "", "")
        return fragment(
            question_id,
            skill_label(question.skill),
            question.prompt,
            choice_text(question, chosen),
            choice_text(question, question.correct),
        )

    def lines() -> Iterator[str]:
        student: tuple[str, str, str] | None = None
        student_cells = ""
        for classroom, code, nickname, answer, removed in rows:
            _player, question_id, chosen, correct, _credit, points, response_ms, answered_at, late = answer
            if student != (classroom, code, nickname):  # rows come a student at a time
                student = (classroom, code, nickname)
                student_cells = fragment(*student)
            question, by_choices = by_id.get(question_id) or by_id.setdefault(question_id, (None, {}))
            # A choice set is a tuple when it comes from the database; a list when built by hand.
            key = chosen if type(chosen) is tuple else tuple(chosen)
            cells = by_choices.get(key)
            if cells is None:
                cells = by_choices[key] = question_cells(question_id, question, chosen)
            if points < 0 or response_ms < 0:  # the database forbids it; guarded like any other cell
                points, response_ms = _text(points), _text(response_ms)  # type: ignore[assignment]
            yield (
                f"{student_cells}{cells}{'yes' if correct else 'no'},{points},{response_ms},{stamp(answered_at)},"
                f"{'yes' if late else 'no'},{'yes' if removed else 'no'}\r\n"
            )

    return ANSWER_HEADERS, CsvLines(lines())


def students_table(report: Report) -> Table:
    """One row per student in rank order, with accuracy (full credit / answered) per skill."""
    skills = report.skill_names
    headers = [
        "rank",
        "student",
        "room code",
        "points",
        "correct answers",
        "answered",
        "accuracy",
        "total response ms",
        *(f"accuracy {skill_label(skill)}" for skill in skills),
        "removed",
    ]
    rows = (
        [
            s.rank or None,
            s.name,
            s.room_code,
            s.points,
            s.correct,
            s.answered,
            s.accuracy,
            s.total_ms,
            *(s.skill_accuracy(skill) for skill in skills),
            s.removed,
        ]
        for s in report.students
    )
    return headers, rows


def distribution_text(question: QuestionReport) -> str:
    """How many answers picked each choice, e.g. "Yes: 12 | No: 3 | too late: 1"; a late answer
    counts apart, as it was scored: not as the choice it named."""
    parts = [
        f"{text}: {count}"
        for text, count in zip(question.question.choices, question.choice_counts, strict=True)
        if count
    ]
    if question.late:
        parts.append(f"too late: {question.late}")
    return " | ".join(parts)


QUESTION_HEADERS = [
    "position",
    "question id",
    "skill",
    "control item",
    "question",
    "correct answer",
    "answered",
    "correct",
    "share correct",
    "mean response ms",
    "most common wrong answer",
    "times given",
    "answers per choice",
    "late",
]


def questions_table(report: Report) -> Table:
    """The item analysis: one row per question of the room (or of the classroom's rooms)."""

    def lines() -> Iterator[Sequence[Cell]]:
        for item in report.questions:
            question = item.question
            wrong = item.most_common_wrong
            yield [
                item.position,
                question.id,
                skill_label(question.skill),
                question.control,
                question.prompt,
                choice_text(question, question.correct),
                item.answered,
                item.correct,
                item.share_correct,
                item.mean_ms,
                item.most_common_wrong_text,
                wrong[1] if wrong else 0,
                distribution_text(item),
                item.late,
            ]

    return QUESTION_HEADERS, lines()
