"""A classroom's roster with the ids the school's gradebook knows: pasted lines or a roster CSV.

Pasted: one student a line, the name first, then optionally the e-mail and the school (SIS) id,
separated by tabs (as a spreadsheet pastes) or semicolons. A field with an @ is the e-mail.

CSV: the roster export of Google Classroom, Canvas or Moodle. Their headers differ, so the teacher
picks the columns on a preview page; `guess_columns` fills the choice in from the usual headers.
Canvas writes a "Points Possible" line under its header, which is no student and is skipped.

Every line is checked before anything is written. A bad line is reported by its number with the
rule it breaks, and the good lines are still taken: one long name must not refuse a class (issue 16: 11).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from quizgame.models import Classroom, RosterStudent

NAME_MAX = 40
EMAIL_MAX = 254
SCHOOL_ID_MAX = 64
CSV_MAX_BYTES = 500_000
CSV_MAX_ROWS = 2000
EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class RosterError(ValueError):
    """A line, or a file, that cannot go on the roster. The message names the line."""


@dataclass(frozen=True)
class RosterLine:
    name: str
    email: str | None = None
    school_id: str | None = None


@dataclass(frozen=True)
class Columns:
    """Which CSV column holds what (0-based; None: not in the file)."""

    name: int | None = None
    first: int | None = None
    last: int | None = None
    email: int | None = None
    school_id: int | None = None


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def checked_line(number: int, name: str, email: str | None, school_id: str | None) -> RosterLine:
    name, email, school_id = _squeeze(name), _squeeze(email or "") or None, _squeeze(school_id or "") or None
    if not name:
        raise RosterError(f"Line {number}: the name is empty.")
    if len(name) > NAME_MAX:
        raise RosterError(f"Line {number}: a name can have at most {NAME_MAX} characters; “{name}” has {len(name)}.")
    if email is not None and (len(email) > EMAIL_MAX or not EMAIL_SHAPE.match(email)):
        raise RosterError(f"Line {number}: “{email}” is not an e-mail address.")
    if school_id is not None and len(school_id) > SCHOOL_ID_MAX:
        raise RosterError(f"Line {number}: a school id can have at most {SCHOOL_ID_MAX} characters.")
    return RosterLine(name, email.lower() if email else None, school_id)


@dataclass(frozen=True)
class Refused:
    """A line left off the roster: its text as given and why."""

    text: str
    reason: str


@dataclass(frozen=True)
class Parsed:
    lines: list[RosterLine]
    refused: list[Refused]


def _pasted_line(number: int, raw: str) -> RosterLine | None:
    fields = [f.strip() for f in re.split(r"[\t;]", raw)]
    if not any(fields):
        return None
    name, rest = fields[0], [f for f in fields[1:] if f]
    emails = [f for f in rest if "@" in f]
    others = [f for f in rest if "@" not in f]
    if len(emails) > 1 or len(others) > 1:
        raise RosterError(f"Line {number}: give the name, then at most one e-mail and one school id.")
    return checked_line(number, name, emails[0] if emails else None, others[0] if others else None)


def parse_pasted(text: str) -> Parsed:
    lines, refused = [], []
    for number, raw in enumerate(text.splitlines(), start=1):
        try:
            line = _pasted_line(number, raw)
        except RosterError as bad:
            refused.append(Refused(raw, str(bad)))
            continue
        if line is not None:
            lines.append(line)
    return Parsed(lines, refused)


def read_csv(data: bytes) -> list[list[str]]:
    """The rows of a roster CSV (UTF-8, with or without a byte order mark; comma, semicolon or tab)."""
    if len(data) > CSV_MAX_BYTES:
        raise RosterError(f"The file is larger than {CSV_MAX_BYTES // 1000} kB; a roster is much smaller.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RosterError("The file is not UTF-8 text: save it as “CSV UTF-8” and try again.") from exc
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    try:
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), dialect) if any(c.strip() for c in row)]
    except csv.Error as exc:
        raise RosterError(f"The file is not a readable CSV: {exc}.") from exc
    if len(rows) < 2:
        raise RosterError("The file needs a header line and at least one student.")
    if len(rows) > CSV_MAX_ROWS + 1:
        raise RosterError(f"The file has more than {CSV_MAX_ROWS} students.")
    return rows


_HEADER_GUESSES = {
    "name": ("student", "name", "full name", "student name", "display name"),
    "first": ("first name", "firstname", "given name"),
    "last": ("last name", "lastname", "surname", "family name"),
    "email": ("email", "email address", "e-mail", "e-mail address", "sis login id", "login id", "username"),
    "school_id": ("sis user id", "idnumber", "id number", "student id", "sis id", "school id"),
}


def guess_columns(headers: Sequence[str], students: Sequence[Sequence[str]] = ()) -> Columns:
    """The columns the usual headers name. A login column is taken for the e-mail only when every
    value in it is one (Canvas's SIS login is often, not always, the school e-mail)."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        label = _squeeze(header).casefold()
        for role, names in _HEADER_GUESSES.items():
            if role not in found and label in names:
                found[role] = index
    if "first" in found and "last" in found:
        found.pop("name", None)
    email = found.get("email")
    if email is not None:
        values = [row[email].strip() for row in students if email < len(row) and row[email].strip()]
        if any(not EMAIL_SHAPE.match(v) for v in values if v.casefold() != "points possible"):
            found.pop("email")
    return Columns(**found)


def apply_columns(rows: Sequence[Sequence[str]], columns: Columns) -> Parsed:
    """The students of a CSV's rows (header first) under the chosen columns; line numbers as in the file."""
    if columns.name is None and (columns.first is None or columns.last is None):
        raise RosterError("Choose the column with the name, or both the first-name and the last-name columns.")

    def cell(row: Sequence[str], index: int | None) -> str | None:
        return row[index] if index is not None and index < len(row) else None

    lines, refused = [], []
    for number, row in enumerate(rows[1:], start=2):
        if (row[0] if row else "").strip().casefold() == "points possible":
            continue
        if columns.name is not None:
            name = cell(row, columns.name) or ""
        else:
            name = f"{cell(row, columns.first) or ''} {cell(row, columns.last) or ''}"
        try:
            lines.append(checked_line(number, name, cell(row, columns.email), cell(row, columns.school_id)))
        except RosterError as bad:
            refused.append(Refused(",".join(row), str(bad)))
    return Parsed(lines, refused)


@dataclass(frozen=True)
class Merged:
    added: int
    updated: int


def merge_into_roster(session: Session, classroom: Classroom, lines: Sequence[RosterLine]) -> Merged:
    """Adds new names; for a name already on the roster (any case), fills in or replaces the ids given."""
    present = {student.display_name.casefold(): student for student in classroom.roster}
    added = updated = 0
    for line in lines:
        student = present.get(line.name.casefold())
        if student is None:
            student = RosterStudent(display_name=line.name, email=line.email, school_id=line.school_id)
            classroom.roster.append(student)
            present[line.name.casefold()] = student
            added += 1
            continue
        changed = False
        for field in ("email", "school_id"):
            value = getattr(line, field)
            if value is not None and getattr(student, field) != value:
                setattr(student, field, value)
                changed = True
        updated += changed
    session.flush()
    return Merged(added, updated)
