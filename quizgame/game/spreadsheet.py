"""The students table as an .xlsx workbook (openpyxl), as formula-safe as the CSV files.

openpyxl stores any text starting with "=" as a formula, so text cells go through the CSV guard
(quizgame.game.csv_writer.neutralise) first; numbers stay numbers, so the sheet can sum and sort them.
Characters XML cannot hold (control characters) are dropped from the text rather than failing the
whole download. Roster students and players who joined under a nickname are on separate sheets:
only the first can be matched to anyone in the school's gradebook.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from quizgame.game.csv_writer import Cell, neutralise
from quizgame.game.export import students_table
from quizgame.game.gradebook import RosterEntry
from quizgame.game.reports import Report

Sheet = tuple[str, Sequence[str], Iterable[Sequence[Cell]]]

XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(cell: Cell) -> str | int | float | None:
    if cell is None:
        return None
    if isinstance(cell, bool):
        return "yes" if cell else "no"
    if isinstance(cell, (int, float)):
        return cell
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("", str(cell)))


def workbook_bytes(sheets: Sequence[Sheet]) -> bytes:
    book = Workbook(write_only=True)
    for title, headers, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.append([safe_cell(h) for h in headers])
        for row in rows:
            sheet.append([safe_cell(c) for c in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def students_workbook(report: Report, roster: Sequence[RosterEntry]) -> bytes:
    """Sheet "Students": roster students with their e-mail and school id; sheet "Not on the roster":
    everyone who joined under a nickname, with the room they played in."""
    headers, rows = students_table(report)
    by_id = {entry.id: entry for entry in roster}
    on_roster: list[list[Cell]] = []
    apart: list[list[Cell]] = []
    for student, row in zip(report.students, rows, strict=True):
        kind, key = student.key
        entry = by_id.get(key) if kind == "roster" else None
        if entry is None:
            apart.append(list(row))
        else:
            on_roster.append([*row, entry.email, entry.school_id])
    return workbook_bytes(
        [
            ("Students", [*headers, "e-mail", "school id"], on_roster),
            ("Not on the roster", headers, apart),
        ]
    )
