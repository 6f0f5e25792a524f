"""The one CSV writer of every export: any table (headers, rows) into RFC 4180 lines, lazily, so an
export of a million answers streams with flat memory.

It neutralises formula cells: a cell that starts with =, +, -, @, a tab or a carriage return gets a
leading single quote, so a spreadsheet shows a nickname like "=HYPERLINK(...)" instead of running
it (OWASP "CSV injection"). Cells that repeat over many lines can be written once, as line
fragments (LineFragments), and finished lines passed through as they are (CsvLines).
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

Cell = str | int | float | bool | None

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel reads a CSV as the local code page unless it starts with a byte order mark; every other
# spreadsheet and csv reader (with utf-8-sig) takes it in its stride.
BOM = "\ufeff"
LINES_PER_CHUNK = 500

_FORMULA_FIRST = frozenset(FORMULA_STARTS)
_FORMULA_AFTER_SEPARATOR = re.compile(r"([;\t])(?=[=+\-@\t\r])")


def neutralise(cell: str) -> str:
    cell = "'" + cell if cell[:1] in _FORMULA_FIRST else cell
    if ";" in cell or "\t" in cell:
        # A spreadsheet splitting on this separator starts a new cell after it: guard that one too.
        cell = _FORMULA_AFTER_SEPARATOR.sub(r"\1'", cell)
    return cell


def cell_text(cell: Cell) -> str:
    """One cell as CSV text: formulas neutralised, a negative number quoted, None empty, a bool yes/no."""
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
    return [cell_text(cell) for cell in row]


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
