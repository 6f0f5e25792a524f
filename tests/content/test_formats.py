"""The other tools' formats, read back by their own rules: Kahoot's spreadsheet template, Moodle's
GIFT and Aiken, and QTI 2.1 packages. What a format cannot hold is reported, never dropped silently.

The QTI check is structural (lxml over every file of the package): the IMS QTI 2.1 XSD is not in
tests/data, so these tests check the elements, order, identifiers and scoring the XSD and the
spec's response-processing rules ask for, not the schema itself.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from lxml import etree
from openpyxl import Workbook, load_workbook

from quizgame.content.formats import FormatErrors, Portable, aiken, gift, kahoot, qti

MAYOR = Portable(
    "Who said the plan works?",
    ["The mayor", "Critics", "The reporter", "Nobody"],
    [0],
    "The article quotes the mayor: “it works”.",
    ident="q-mayor",
)
FORMULA = Portable("=1+1 is what?", ["=2", "@3", "+4", "-5"], [0], ident="q-formula")
SEVERAL = Portable("Which are opinions?", ["It is good", "It rained", "It is bad"], [0, 2], "Two judge.", ident="q-two")
TAP = Portable(
    "Tap the loaded word", ["The", "mob", "stormed", "the", "hall"], [1], "Mob judges.", ident="q-tap", tap=True
)
PASSAGE = Portable("Who is quoted?", ["A", "B"], [1], "B speaks.", excerpt="“Yes,” said B.", ident="q-passage")
FIVE = Portable("Pick one", ["a", "b", "c", "d", "e"], [4], ident="q-five")
LONG = Portable("x" * 121, ["a", "b"], [0], ident="q-long")


def core(items: list[Portable]) -> list[tuple[str, list[str], list[int]]]:
    return [(q.prompt, q.choices, q.correct) for q in items]


# Kahoot ---------------------------------------------------------------------------------------


def test_a_kahoot_file_made_by_us_reads_back_with_everything_kahoot_holds():
    data, notes = kahoot.write([MAYOR, FORMULA, SEVERAL, TAP, PASSAGE, FIVE, LONG], time_limit=20)
    questions, read_notes = kahoot.read(data)
    assert core(questions) == core([MAYOR, FORMULA, PASSAGE])
    assert notes.written == 3
    assert dict(notes.skipped) == {
        "q-two": "several answers must all be picked; in Kahoot each right answer counts alone",
        "q-tap": "a tap-the-word question has a choice per word; Kahoot allows four answers",
        "q-five": "5 choices; Kahoot allows four",
        "q-long": "the question is longer than Kahoot's 120 characters",
    }
    assert ("q-passage", "the passage shown with the question is left out") in notes.changed
    assert ("q-mayor", "the explanation is left out (Kahoot has no place for it)") in notes.changed
    assert read_notes == ["Time limits are not kept: a quizgame room gives every question the same time."]


def test_the_kahoot_file_follows_the_template_and_keeps_formula_text_as_text():
    data, _ = kahoot.write([MAYOR, FORMULA, Portable("Two only?", ["yes", "no"], [1])])
    sheet = load_workbook(io.BytesIO(data)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[1][1] == "Question - max 120 characters" and rows[1][2:6] == [
        f"Answer {n} - max 75 characters" for n in range(1, 5)
    ]
    assert rows[1][6].startswith("Time limit (sec)") and rows[1][7].startswith("Correct answer(s)")
    assert rows[2] == [1, "Who said the plan works?", "The mayor", "Critics", "The reporter", "Nobody", 30, "1"]
    assert rows[4] == [3, "Two only?", "yes", "no", None, None, 30, "2"]
    assert sheet.cell(4, 2).data_type == "s" and sheet.cell(4, 3).data_type == "s"


def _sheet(rows: list[list[object]]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


HEADER = [
    "",
    "Question - max 120 characters",
    "Answer 1",
    "Answer 2",
    "Answer 3",
    "Answer 4",
    "Time limit (sec)",
    "Correct answer(s)",
]


def test_kahoots_own_template_with_notes_above_the_header_and_blank_answers():
    data = _sheet(
        [
            ["Quiz template"],
            ["Add questions below"],
            HEADER,
            [1, "Capital of France?", "Paris", "", "Lyon", None, 20, "1"],
            [2, "Year?", 1990, 2000, None, None, 5, 2],
        ]
    )
    questions, _ = kahoot.read(data)
    assert core(questions) == [("Capital of France?", ["Paris", "Lyon"], [0]), ("Year?", ["1990", "2000"], [1])]


def test_kahoot_multi_correct_is_read_and_said():
    questions, notes = kahoot.read(_sheet([HEADER, [1, "Which are fruit?", "Apple", "Stone", "Pear", "", 30, "1,3"]]))
    assert questions[0].correct == [0, 2]
    assert any("several right answers" in n for n in notes)


def test_bad_kahoot_rows_are_each_named_and_nothing_is_read():
    data = _sheet(
        [
            HEADER,
            [1, "Fine?", "yes", "no", "", "", 30, "1"],
            [2, "", "yes", "no", "", "", 30, "1"],
            [3, "Too slow", "yes", "no", "", "", 45, "1"],
            [4, "Points to nothing", "yes", "no", "", "", 30, "3"],
            [5, "Long answer", "a" * 76, "no", "", "", 30, "1"],
            [6, "Formula", "=1+1", "no", "", "", 30, "1"],
        ]
    )
    with pytest.raises(FormatErrors) as refused:
        kahoot.read(data)
    assert [str(e) for e in refused.value.errors] == [
        "row 3: the question is empty",
        "row 4: time limit '45' is not one of 5, 10, 20, 30, 60, 90, 120, 240",
        "row 5: a correct answer points to an empty answer",
        "row 6: an answer is longer than 75 characters",
        "row 7: a cell holds a formula; questions are text",
    ]


def test_a_workbook_that_unpacks_far_beyond_its_size_is_refused_before_parsing():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (kahoot.MAX_UNPACKED + 1))
    assert len(buffer.getvalue()) < 100_000
    with pytest.raises(FormatErrors, match="unpacks to more than 20 MB"):
        kahoot.read(buffer.getvalue())


def test_a_file_that_is_not_a_workbook_is_refused():
    with pytest.raises(FormatErrors, match="not an .xlsx workbook"):
        kahoot.read(b"PK\x03\x04 not really")
    with pytest.raises(FormatErrors, match="no header row"):
        kahoot.read(_sheet([["just", "some", "cells"]]))


# GIFT -----------------------------------------------------------------------------------------


def test_gift_round_trip_keeps_choices_answers_and_explanations():
    data, notes = gift.write([MAYOR, FORMULA, SEVERAL, TAP, PASSAGE])
    questions, _ = gift.read(data)
    assert [(q.choices, q.correct, q.explanation) for q in questions] == [
        (q.choices, q.correct, q.explanation) for q in (MAYOR, FORMULA, SEVERAL, TAP, PASSAGE)
    ]
    assert [q.ident for q in questions] == ["q-mayor", "q-formula", "q-two", "q-tap", "q-passage"]
    assert questions[4].prompt == "““Yes,” said B.” Who is quoted?"  # the passage, in quotes, before the prompt
    assert notes.written == 5 and not notes.skipped
    assert ("q-tap", "tap-the-word becomes a multiple choice among the sentence's words") in notes.changed


def test_gift_weights_follow_quizgames_rule_for_several_answers():
    text = gift.write([SEVERAL])[0].decode()
    assert "~%50%It is good\n~%-50%It rained\n~%50%It is bad" in text


def test_gift_special_characters_are_escaped():
    odd = Portable("a:b {c} #d =e ~f \\g", ["x=1", "y~2"], [0], "see #3")
    text = gift.write([odd])[0].decode()
    assert "a\\:b \\{c\\} \\#d \\=e \\~f \\\\g {" in text
    assert core(gift.read(text.encode())[0]) == core([odd])


MOODLE_DOCS_GIFT = """// From Moodle's GIFT documentation
$CATEGORY: tom/x

::Q1:: 1+1=2 {T}

Who's buried in Grant's tomb?{~Grant #No, he's in a tomb =no one ~Napoleon}

Moodle costs {~lots of money =nothing ~a small amount} to download.

What two people are entombed in Grant's tomb? {
   ~%-100%No one
   ~%50%Grant
   ~%50%Grant's wife
   ~%-100%Grant's father
   ####It is a tomb.
}
"""


def test_gift_examples_from_moodles_documentation():
    questions, notes = gift.read(MOODLE_DOCS_GIFT.encode())
    assert core(questions) == [
        ("1+1=2", ["True", "False"], [0]),
        ("Who's buried in Grant's tomb?", ["Grant", "no one", "Napoleon"], [1]),
        ("Moodle costs _____ to download.", ["lots of money", "nothing", "a small amount"], [1]),
        (
            "What two people are entombed in Grant's tomb?",
            ["No one", "Grant", "Grant's wife", "Grant's father"],
            [1, 2],
        ),
    ]
    assert questions[3].explanation == "It is a tomb."
    assert notes == ["Feedback on single answers is not kept; the general feedback is the explanation."]


def test_gift_questions_without_a_quizgame_equivalent_are_named_by_line():
    text = "Fine {=a ~b}\n\nShort answer {=four =4}\n\n// comment\nMatch {=a -> b =c -> d}\n\nNumber {#2:0.5}\n\nEssay {}\n\nNo braces here\n"
    with pytest.raises(FormatErrors) as refused:
        gift.read(text.encode())
    assert [str(e) for e in refused.value.errors] == [
        "line 3: a short-answer question (only = answers) has no quizgame equivalent",
        "line 6: a matching question has no quizgame equivalent",
        "line 8: a numerical question has no quizgame equivalent",
        "line 10: an essay question (no answers) has no quizgame equivalent",
        "line 12: no answers between { and }",
    ]


# Aiken ----------------------------------------------------------------------------------------


def test_aiken_round_trip_and_what_it_cannot_hold():
    data, notes = aiken.write([MAYOR, SEVERAL, TAP, PASSAGE])
    assert data.decode().startswith(
        "Who said the plan works?\nA. The mayor\nB. Critics\nC. The reporter\nD. Nobody\nANSWER: A\n\n"
    )
    questions, _ = aiken.read(data)
    assert core(questions) == [
        core([MAYOR])[0],
        core([TAP])[0],
        ("““Yes,” said B.” Who is quoted?", ["A", "B"], [1]),
    ]
    assert notes.skipped == [("q-two", "Aiken holds one right answer; this question has several")]
    assert ("q-tap", "tap-the-word becomes a multiple choice among the sentence's words") in notes.changed
    assert ("q-mayor", "the explanation is left out (Aiken has no place for it)") in notes.changed


def test_aiken_from_moodles_documentation_with_parenthesis_letters():
    text = "Is this an example question?\nA) Yes\nB) No\nANSWER: A\n\nWhat is 2+2?\nA. 3\nB. 4\nC. 5\nANSWER: B\n"
    assert core(aiken.read(text.encode())[0]) == [
        ("Is this an example question?", ["Yes", "No"], [0]),
        ("What is 2+2?", ["3", "4", "5"], [1]),
    ]


def test_bad_aiken_lines_are_named():
    text = "Q1?\nA. x\nC. y\nANSWER: A\n\nQ2?\nA. x\nB. y\nANSWER: D\n\nQ3?\nA. x\nB. y\n"
    with pytest.raises(FormatErrors) as refused:
        aiken.read(text.encode())
    assert [str(e) for e in refused.value.errors] == [
        "line 3: option C should be B",
        "line 9: ANSWER D is not one of the options",
        "line 11: the question has no “ANSWER:” line",
    ]


# QTI 2.1 --------------------------------------------------------------------------------------

QTI_NS = {"q": qti.QTI}
CP_NS = {"cp": qti.CP}
NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


def _package(questions: list[Portable]) -> tuple[etree._Element, dict[str, etree._Element]]:
    data, notes = qti.write(questions)
    assert notes.written == len(questions) and not notes.skipped and not notes.changed
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        manifest = etree.fromstring(archive.read("imsmanifest.xml"))
        items = {name: etree.fromstring(archive.read(name)) for name in archive.namelist() if name != "imsmanifest.xml"}
    return manifest, items


def test_the_qti_package_manifest_lists_every_item_file():
    manifest, items = _package([MAYOR, SEVERAL, TAP, PASSAGE])
    assert manifest.tag == f"{{{qti.CP}}}manifest"
    assert manifest.findtext("cp:metadata/cp:schema", namespaces=CP_NS) == "QTIv2.1 Package"
    resources = manifest.findall("cp:resources/cp:resource", CP_NS)
    assert sorted(r.get("href") for r in resources) == sorted(items)
    for resource in resources:
        assert resource.get("type") == "imsqti_item_xmlv2p1"
        assert resource.find("cp:file", CP_NS).get("href") == resource.get("href")
        assert NCNAME.match(resource.get("identifier"))


def test_qti_items_declare_responses_and_score_as_quizgame_does():
    _, items = _package([MAYOR, SEVERAL, TAP, PASSAGE])
    by_id = {item.get("identifier"): item for item in items.values()}
    assert set(by_id) == {"ITEM-q-mayor", "ITEM-q-two", "ITEM-q-tap", "ITEM-q-passage"}
    for item in by_id.values():
        assert item.tag == f"{{{qti.QTI}}}assessmentItem"
        assert item.get("adaptive") == "false" and item.get("timeDependent") == "false" and item.get("title")
        # The order the QTI 2.1 schema requires of an assessmentItem's children.
        order = ["responseDeclaration", "outcomeDeclaration", "itemBody", "responseProcessing", "modalFeedback"]
        tags = [etree.QName(child).localname for child in item]
        assert tags == sorted(tags, key=order.index)
        assert item.find("q:modalFeedback/q:p", QTI_NS) is not None  # every sample has an explanation
    mayor = by_id["ITEM-q-mayor"]
    response = mayor.find("q:responseDeclaration", QTI_NS)
    assert (response.get("cardinality"), response.get("baseType")) == ("single", "identifier")
    assert [v.text for v in response.findall("q:correctResponse/q:value", QTI_NS)] == ["C0"]
    interaction = mayor.find("q:itemBody/q:choiceInteraction", QTI_NS)
    assert interaction.get("maxChoices") == "1" and interaction.findtext("q:prompt", namespaces=QTI_NS) == MAYOR.prompt
    assert [c.text for c in interaction.findall("q:simpleChoice", QTI_NS)] == MAYOR.choices
    two = by_id["ITEM-q-two"].find("q:responseDeclaration", QTI_NS)
    assert two.get("cardinality") == "multiple"
    assert {e.get("mapKey"): float(e.get("mappedValue")) for e in two.findall("q:mapping/q:mapEntry", QTI_NS)} == {
        "C0": 0.5,
        "C1": -0.5,
        "C2": 0.5,
    }
    tap = by_id["ITEM-q-tap"].find("q:itemBody/q:hottextInteraction", QTI_NS)
    assert [h.text for h in tap.findall(".//q:hottext", QTI_NS)] == TAP.choices
    assert by_id["ITEM-q-passage"].findtext("q:itemBody/q:blockquote/q:p", namespaces=QTI_NS) == PASSAGE.excerpt
