"""Roster lines with school ids, pasted or read from the roster exports of Google Classroom, Canvas
and Moodle; a bad line is refused by its number and the rule it breaks, the good ones kept."""

from __future__ import annotations

import pytest

from quizgame.game.roster import (
    Columns,
    Refused,
    RosterError,
    RosterLine,
    apply_columns,
    guess_columns,
    parse_pasted,
    read_csv,
)

# The shapes of the three platforms' roster exports (headers as the platforms write them).
CANVAS = (
    b"Student,ID,SIS User ID,SIS Login ID,Section,Quiz 1 (123)\r\n"
    b"    Points Possible,,,,,10\r\n"
    b'"Lovelace, Ada",9001,S1815,ada@school.org,Period 3,9\r\n'
    b'"Hopper, Grace",9002,S1906,grace@school.org,Period 3,\r\n'
)
MOODLE = "\ufeffFirst name,Last name,ID number,Institution,Department,Email address\nAda,Lovelace,S1815,,,ADA@school.org\n".encode()
GOOGLE = b"Last Name;First Name;Email Address\nLovelace;Ada;ada@school.org\n"


def test_pasted_lines_take_tabs_or_semicolons_and_tell_email_from_school_id():
    assert parse_pasted("Ada Lovelace\tada@school.org\tS1815\n\nGrace; S1906 ;\nLin").lines == [
        RosterLine("Ada Lovelace", "ada@school.org", "S1815"),
        RosterLine("Grace", None, "S1906"),
        RosterLine("Lin"),
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        ("Ada\n" + "x" * 41, "Line 2: a name can have at most 40 characters; “" + "x" * 41 + "” has 41."),
        ("Ada\nBen; not@an address", "Line 2: “not@an address” is not an e-mail address"),
        ("Ada; a@b.org; c@d.org", "Line 1: give the name, then at most one e-mail and one school id"),
        ("; a@b.org", "Line 1: the name is empty"),
    ],
)
def test_a_bad_pasted_line_is_named(text, message):
    [refused] = parse_pasted(text).refused
    assert refused.reason.startswith(message)


def test_one_long_name_leaves_the_rest_of_the_list_on_the_roster():
    """Issue 16: 11: a 41-character name refused the whole pasted list, with no limit stated."""
    long_name = "Bartholomew-Maximilian Featherstonehaugh-Smythe"
    parsed = parse_pasted(f"Ada\n{long_name}\nBen\n")
    assert [line.name for line in parsed.lines] == ["Ada", "Ben"]
    assert parsed.refused == [
        Refused(long_name, f"Line 2: a name can have at most 40 characters; “{long_name}” has {len(long_name)}.")
    ]


def test_canvas_roster_columns_are_guessed_and_its_points_possible_line_skipped():
    rows = read_csv(CANVAS)
    columns = guess_columns(rows[0])
    assert columns == Columns(name=0, email=3, school_id=2)
    assert apply_columns(rows, columns).lines == [
        RosterLine("Lovelace, Ada", "ada@school.org", "S1815"),
        RosterLine("Hopper, Grace", "grace@school.org", "S1906"),
    ]


def test_moodle_roster_with_a_byte_order_mark_joins_first_and_last_names():
    rows = read_csv(MOODLE)
    columns = guess_columns(rows[0])
    assert columns == Columns(first=0, last=1, email=5, school_id=2)
    assert apply_columns(rows, columns).lines == [RosterLine("Ada Lovelace", "ada@school.org", "S1815")]


def test_google_classroom_roster_with_semicolons():
    rows = read_csv(GOOGLE)
    assert apply_columns(rows, guess_columns(rows[0])).lines == [RosterLine("Ada Lovelace", "ada@school.org", None)]


def test_a_bad_csv_line_is_named_by_its_line_in_the_file_and_the_good_ones_kept():
    rows = read_csv(b"Name,Email\nAda,ada@school.org\nBen,ben at school\n")
    parsed = apply_columns(rows, Columns(name=0, email=1))
    assert parsed.lines == [RosterLine("Ada", "ada@school.org")]
    assert [bad.reason for bad in parsed.refused] == ["Line 3: “ben at school” is not an e-mail address."]


@pytest.mark.parametrize(
    "data, message",
    [
        (b"\xff\xfeA\x00", "not UTF-8"),
        (b"Name\n", "a header line and at least one student"),
        (b"x" * 600_000, "larger than 500 kB"),
    ],
)
def test_unreadable_files_are_refused_with_the_reason(data, message):
    with pytest.raises(RosterError, match=message):
        read_csv(data)


def test_a_name_column_must_be_chosen():
    with pytest.raises(RosterError, match="Choose the column with the name"):
        apply_columns([["a", "b"], ["1", "2"]], Columns(first=0))


def test_a_login_column_is_not_taken_for_the_email_when_its_values_are_not_emails():
    rows = read_csv(b"Student,ID,SIS User ID,SIS Login ID\nAda,1,S1,alovelace\n")
    assert guess_columns(rows[0], rows[1:]) == Columns(name=0, school_id=2)
    assert guess_columns(read_csv(CANVAS)[0], read_csv(CANVAS)[1:]).email == 3
