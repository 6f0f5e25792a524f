"""CSV exports: each table is (headers, rows) from a pure function over a report's rows; the one
writer (quizgame.game.csv_writer) turns any table into lines, lazily.

The answers table can run to a million rows, so it does not go cell by cell: the cells that repeat
(a student's, a question's) go through the same guard and the same writer once, as line fragments,
and each answer only adds what cannot need quoting or neutralising (yes/no, counts, a timestamp).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence

from quizgame.game.csv_writer import Cell, CsvLines, LineFragments, Table, cell_text
from quizgame.game.report_rows import AnswerExportRow, QuestionRow
from quizgame.game.reports import QuestionReport, Report, choice_text, skill_label

KINDS = ("answers", "students", "questions")


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
                points, response_ms = cell_text(points), cell_text(response_ms)  # type: ignore[assignment]
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
