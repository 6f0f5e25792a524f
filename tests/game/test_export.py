"""CSV exports: RFC 4180, UTF-8, formula cells neutralised, tables from the hand-computed room."""

from __future__ import annotations

import csv
import io

import pytest

from quizgame.game.csv_writer import csv_chunks, neutralise
from quizgame.game.export import (
    ANSWER_HEADERS,
    answers_table,
    iso_utc,
    questions_table,
    students_table,
)
from quizgame.game.report_rows import AnswerExportRow
from quizgame.game.reports import build_report
from tests.game import hand_computed as room


def as_csv(headers, rows) -> str:  # type: ignore[no-untyped-def]
    return "".join(csv_chunks(headers, rows))


def read(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline="")))


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_that_a_spreadsheet_would_run_is_prefixed_with_a_quote(start):
    cell = start + 'HYPERLINK("http://evil.example","x")'
    assert neutralise(cell) == "'" + cell
    assert read(as_csv(["nickname"], [[cell]]))[1] == ["'" + cell]


def test_ordinary_cells_and_inner_formula_signs_are_left_alone():
    assert neutralise("ana = best") == "ana = best"
    assert neutralise("") == ""
    assert read(as_csv(["h"], [["a-b"], [3], [None], [True]]))[1:] == [["a-b"], ["3"], [""], ["yes"]]


def test_headers_are_neutralised_too():
    assert read(as_csv(["=cmd"], []))[0] == ["'=cmd"]


def test_commas_quotes_and_line_breaks_are_quoted_as_rfc_4180_says():
    text = as_csv(["a", "b", "c"], [["one, two", 'say "hi"', "line\nbreak"]])
    assert text == '\ufeffa,b,c\r\n"one, two","say ""hi""","line\nbreak"\r\n'
    assert read(text)[1] == ["one, two", 'say "hi"', "line\nbreak"]


def test_the_text_is_utf_8():
    text = as_csv(["name"], [["Zoë Ångström 李"]])
    data = text.encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf")
    assert read(data.decode("utf-8"))[1] == ["Zoë Ångström 李"]


def test_rows_come_out_lazily_in_chunks():
    produced: list[int] = []

    def rows():  # type: ignore[no-untyped-def]
        for i in range(1200):
            produced.append(i)
            yield [i]

    chunks = csv_chunks(["n"], rows())
    next(chunks)  # the header needs no row at all
    assert produced == []
    first = next(chunks)
    assert first.count("\r\n") == 500 and len(produced) == 500
    assert sum(c.count("\r\n") for c in chunks) == 700


def test_answers_table_has_one_row_per_answer_with_choices_as_text():
    rows = room.rows()
    by_player = {p.id: p for p in rows.players}
    export_rows = [AnswerExportRow("Period 3", "ABC234", by_player[a.player_id].nickname, a) for a in rows.answers]
    headers, lines = answers_table(rows.questions, export_rows)
    table = read(as_csv(headers, lines))
    assert table[0] == ANSWER_HEADERS
    assert len(table) == 1 + 9
    assert table[6] == [
        "Period 3",
        "ABC234",
        "ben",
        "qc",
        "Loaded language",
        "Tap the loaded words",
        "mob",
        "mob; stormed",
        "no",
        "500",
        "1000",
        iso_utc(rows.answers[5].answered_at),
        "no",
        "no",
    ]
    assert table[6][-3] == "2026-03-02T09:12:01.000Z"
    assert table[2][5] == 'How is "the quote" attributed?'


def test_students_table_lists_points_rank_correct_count_and_accuracy_per_skill():
    headers, lines = students_table(build_report(room.rows()))
    table = read(as_csv(headers, lines))
    assert table[0] == [
        "rank",
        "student",
        "room code",
        "points",
        "correct answers",
        "answered",
        "accuracy",
        "total response ms",
        "accuracy Loaded language",
        "accuracy Sourcing",
        "removed",
    ]
    assert table[1:] == [
        ["1", "ana", "ABC234", "3000", "3", "3", "1.000", "15000", "1.000", "1.000", "no"],
        ["2", "cat", "ABC234", "2000", "2", "3", "0.667", "3000", "1.000", "0.500", "no"],
        ["3", "ben", "ABC234", "1500", "1", "3", "0.333", "6000", "0.000", "0.500", "no"],
        ["4", "dan", "ABC234", "0", "0", "0", "", "0", "", "", "no"],
    ]


def test_questions_table_is_the_item_analysis():
    headers, lines = questions_table(build_report(room.rows()))
    table = read(as_csv(headers, lines))
    assert table[0][:4] == ["position", "question id", "skill", "control item"]
    assert table[1] == [
        "1",
        "qa",
        "Sourcing",
        "no",
        "Which line is, not, reporting?",
        "A",
        "3",
        "2",
        "0.667",
        "2667",
        "C",
        "1",
        "A: 2 | C: 1",
        "0",
    ]
    assert table[2][3] == "yes" and table[2][10] == "It is not attributed at all"
    assert table[3][12] == "mob: 3 | stormed: 2"


def test_a_late_answer_is_marked_late_and_counted_as_no_choice_in_every_file():
    """Named the key after the limit: scored 0 and not correct, so the item analysis does not count
    it as that choice either, and both files say it came too late."""
    base = room.rows()
    late = room.AnswerRow(room.DAN.id, "qa", [0], False, 0.0, 0, 70_000, room.T0, True)
    rows = room.ReportRows(base.classroom_name, base.questions, base.players, [*base.answers, late])
    headers, lines = answers_table(rows.questions, [AnswerExportRow("Period 3", "ABC234", "dan", late)])
    answer = dict(zip(*read(as_csv(headers, lines)), strict=True))
    assert (answer["chosen answer"], answer["correct"], answer["points"], answer["late"]) == ("A", "no", "0", "yes")
    headers, lines = questions_table(build_report(rows))
    qa = dict(zip(*read(as_csv(headers, lines))[:2], strict=True))
    assert (qa["answered"], qa["correct"], qa["late"]) == ("4", "2", "1")
    assert qa["answers per choice"] == "A: 2 | C: 1 | too late: 1"
