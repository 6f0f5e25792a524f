"""Kahoot's quiz spreadsheet (.xlsx), as its import template lays it out.

A header row ("Question - max 120 characters", "Answer 1 - max 75 characters" ... "Answer 4",
"Time limit (sec)", "Correct answer(s)") over one row per question: up to four answers, a time
limit of 5, 10, 20, 30, 60, 90, 120 or 240 seconds, and the right answers as numbers ("1" or "1,3").

Kahoot cannot hold: more than four choices (tap-the-word questions have a choice per word),
"pick every right answer" (several right answers in Kahoot each count alone), passages, or
explanations; those are reported, never dropped silently. Text cells are written as text, so a
question starting with "=" is not stored as a formula.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from quizgame.content.formats import FormatError, FormatErrors, Notes, Portable, one_line

QUESTION_MAX = 120
ANSWER_MAX = 75
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
DEFAULT_TIME_LIMIT = 30
MAX_ROWS = 500
# A few hundred questions unpack to well under a megabyte; a zip that unpacks far beyond that is a bomb.
MAX_UNPACKED = 20 * 1024 * 1024
HEADERS = [
    "",
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]


def _unfit(question: Portable) -> str | None:
    if question.tap:
        return "a tap-the-word question has a choice per word; Kahoot allows four answers"
    if question.several:
        return "several answers must all be picked; in Kahoot each right answer counts alone"
    if len(question.choices) > 4:
        return f"{len(question.choices)} choices; Kahoot allows four"
    if len(one_line(question.prompt)) > QUESTION_MAX:
        return f"the question is longer than Kahoot's {QUESTION_MAX} characters"
    if any(len(one_line(c)) > ANSWER_MAX for c in question.choices):
        return f"an answer is longer than Kahoot's {ANSWER_MAX} characters"
    return None


def write(questions: Sequence[Portable], time_limit: int = DEFAULT_TIME_LIMIT) -> tuple[bytes, Notes]:
    if time_limit not in TIME_LIMITS:
        raise ValueError(f"Kahoot time limits are {TIME_LIMITS}")
    notes = Notes()
    book = Workbook()
    sheet = book.active
    sheet.title = "Kahoot"
    sheet.append(["Quiz exported from quizgame"])
    sheet.append(HEADERS)
    for question in questions:
        reason = _unfit(question)
        if reason:
            notes.skip(question, reason)
            continue
        if question.excerpt:
            notes.change(question, "the passage shown with the question is left out")
        if question.explanation:
            notes.change(question, "the explanation is left out (Kahoot has no place for it)")
        notes.written += 1
        answers = [one_line(c) for c in question.choices] + [""] * (4 - len(question.choices))
        row = [
            notes.written,
            one_line(question.prompt),
            *answers,
            time_limit,
            ",".join(str(i + 1) for i in question.correct),
        ]
        sheet.append(row)
        for cell in sheet[sheet.max_row][1:6]:
            if isinstance(cell.value, str):
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", cell.value)
                cell.data_type = "s"  # text, even when it starts with "="
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue(), notes


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return one_line(str(value))


def _columns(header: Sequence[Any]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        label = _text(cell).casefold()
        for key in ("question", "answer 1", "answer 2", "answer 3", "answer 4", "time limit", "correct answer"):
            if label.startswith(key) and key not in found:
                found[key] = index
    return found if {"question", "answer 1", "answer 2", "correct answer"} <= set(found) else None


def _check_unpacked_size(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise FormatErrors([FormatError("file", f"this is not an .xlsx workbook ({type(exc).__name__})")]) from exc
    if unpacked > MAX_UNPACKED:
        raise FormatErrors([FormatError("file", f"the workbook unpacks to more than {MAX_UNPACKED // 2**20} MB")])


def read(data: bytes) -> tuple[list[Portable], list[str]]:
    """The questions of a Kahoot spreadsheet, and what of it quizgame does not keep."""
    _check_unpacked_size(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about spreadsheet features it does not read
            book = load_workbook(io.BytesIO(data), data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise FormatErrors([FormatError("file", f"this is not an .xlsx workbook ({type(exc).__name__})")]) from exc
    sheet = book.worksheets[0]
    last_row = sheet.max_row  # read first: iterating past it would add empty rows to the sheet
    rows = list(sheet.iter_rows(max_row=min(last_row, MAX_ROWS + 20)))
    header_at = next((i for i, row in enumerate(rows) if _columns([c.value for c in row])), None)
    if header_at is None:
        raise FormatErrors(
            [FormatError("file", "no header row with Question, Answer 1, Answer 2 and Correct answer(s)")]
        )
    columns = _columns([c.value for c in rows[header_at]]) or {}
    questions, errors = [], []
    for row in rows[header_at + 1 :]:
        number = row[0].row
        cells = {key: row[i] if i < len(row) else None for key, i in columns.items()}
        if all(c is None or _text(c.value) == "" for c in cells.values()):
            continue
        try:
            questions.append(_question(cells))
        except ValueError as problem:
            errors.append(FormatError(f"row {number}", str(problem)))
    if last_row > header_at + 1 + MAX_ROWS:
        errors.append(FormatError("file", f"more than {MAX_ROWS} questions"))
    if not questions and not errors:
        errors.append(FormatError("file", "no questions under the header row"))
    if errors:
        raise FormatErrors(errors)
    notes = []
    if "time limit" in columns:
        notes.append("Time limits are not kept: a quizgame room gives every question the same time.")
    if any(q.several for q in questions):
        notes.append("Questions with several right answers ask for all of them in quizgame; Kahoot took any one.")
    return questions, notes


def _question(cells: dict[str, Any]) -> Portable:
    if any(c is not None and c.data_type == "f" for c in cells.values()):
        raise ValueError("a cell holds a formula; questions are text")
    value = {key: _text(c.value if c is not None else None) for key, c in cells.items()}
    prompt = value["question"]
    if not prompt:
        raise ValueError("the question is empty")
    if len(prompt) > QUESTION_MAX:
        raise ValueError(f"the question is longer than {QUESTION_MAX} characters")
    answers = [value.get(f"answer {n}", "") for n in range(1, 5)]
    if any(len(a) > ANSWER_MAX for a in answers):
        raise ValueError(f"an answer is longer than {ANSWER_MAX} characters")
    limit = value.get("time limit", "")
    if limit and (not limit.isdigit() or int(limit) not in TIME_LIMITS):
        raise ValueError(f"time limit {limit!r} is not one of {', '.join(map(str, TIME_LIMITS))}")
    picked = [p.strip() for p in value["correct answer"].replace(";", ",").split(",") if p.strip()]
    if not picked:
        raise ValueError("no correct answer given")
    if not all(p in ("1", "2", "3", "4") for p in picked):
        raise ValueError(f"correct answer(s) {value['correct answer']!r} must be numbers from 1 to 4")
    if any(not answers[int(p) - 1] for p in picked):
        raise ValueError("a correct answer points to an empty answer")
    kept = [i for i, a in enumerate(answers) if a]
    if len(kept) < 2:
        raise ValueError("a question needs at least two answers")
    correct = sorted({kept.index(int(p) - 1) for p in picked})
    return Portable(prompt=prompt, choices=[answers[i] for i in kept], correct=correct)
