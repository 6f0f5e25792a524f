"""Server-made SVG charts: valid XML, named for screen readers, text escaped, bars to scale."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

from quizgame.game.charts import BAR_AREA, Bar, bar_chart, percent
from quizgame.game.report_charts import discernment_chart, question_chart, share_correct_chart
from quizgame.game.reports import build_report
from tests.game import hand_computed as room

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_a_chart_is_valid_svg_named_for_screen_readers():
    root = parse(bar_chart("Answers to question 1", "Two right, one wrong.", [Bar("A", 2, "2"), Bar("B", 1, "1")], 2))
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("aria-label") == "Answers to question 1"
    assert root.find(f"{SVG}title").text == "Answers to question 1"
    assert root.find(f"{SVG}desc").text == "Two right, one wrong."
    widths = [float(rect.get("width")) for rect in root.iter(f"{SVG}rect")]
    assert widths == [BAR_AREA, BAR_AREA / 2]


def test_text_in_a_chart_is_escaped():
    nasty = "<script>alert(\"x\")</script> & 'friends'"
    svg = str(bar_chart(nasty, nasty, [Bar(nasty, 1, nasty)], 1))
    assert "<script>" not in svg
    root = parse(svg)
    assert root.get("aria-label") == nasty
    assert root.find(f"{SVG}desc").text == nasty
    assert nasty in [t.text for t in root.iter(f"{SVG}title")]
    assert not list(root.iter(f"{SVG}script")) and not list(root.iter("script"))


def test_a_marked_bar_has_a_check_mark_not_only_a_colour():
    root = parse(bar_chart("t", "d", [Bar("Right one", 1, "1", marked=True), Bar("Other", 0, "0")], 1))
    rects = list(root.iter(f"{SVG}rect"))
    assert "chart-bar--marked" in rects[0].get("class") and "chart-bar--marked" not in rects[1].get("class")
    labels = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "chart-label"]
    assert labels == ["✓ Right one", "Other"]


def test_bars_stay_inside_the_chart_and_an_empty_chart_says_so():
    root = parse(bar_chart("t", "d", [Bar("too big", 5, "5"), Bar("negative", -1, "-1")], 2))
    assert [float(r.get("width")) for r in root.iter(f"{SVG}rect")] == [BAR_AREA, 0.0]
    assert [float(r.get("width")) for r in parse(bar_chart("t", "d", [Bar("a", 3, "3")], 0)).iter(f"{SVG}rect")] == [
        0.0
    ]
    empty = parse(bar_chart("t", "d", [], 1))
    assert "No data yet" in [t.text for t in empty.iter(f"{SVG}text")]


def test_report_charts_are_valid_svg_with_the_report_figures():
    report = build_report(room.rows())
    qa = parse(question_chart(report.questions[0]))
    assert [r.get("width") for r in qa.iter(f"{SVG}rect")] == ["300.0", "0.0", "150.0", "0.0"]
    assert "Most common wrong answer: C." in qa.find(f"{SVG}desc").text

    discernment = parse(discernment_chart(report.skills))
    values = [t.text for t in discernment.iter(f"{SVG}text") if t.get("class") == "chart-value"]
    assert values == ["67%", "–", "67%", "67%"]  # loaded language: no control item yet

    shares = parse(share_correct_chart(report))
    assert len(list(shares.iter(f"{SVG}rect"))) == 3


def test_a_long_tap_the_word_question_charts_only_the_words_that_matter():
    long_tap = replace(room.QC, choices=[*room.QC.choices, "with", "many", "more", "words", "than", "fit"])
    rows = room.rows()
    extra = room.answer(room.DAN, long_tap, [10], 0.0, 900, 3)
    report = build_report(replace(rows, questions=[room.QA, room.QB, long_tap], answers=[*rows.answers, extra]))
    labels = [
        t.text for t in parse(question_chart(report.questions[2])).iter(f"{SVG}text") if t.get("class") == "chart-label"
    ]
    assert labels == ["✓ mob", "✓ stormed", "fit"]


def test_percent():
    assert (percent(None), percent(0.0), percent(2 / 3), percent(1.0)) == ("–", "0%", "67%", "100%")
