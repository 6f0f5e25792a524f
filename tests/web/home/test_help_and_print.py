"""The teachers' help page and the print stylesheet for reports, leaderboards and results."""

from __future__ import annotations

from pathlib import Path

from tests.factories import log_in, make_teacher

CSS = Path(__file__).resolve().parents[3] / "static" / "css" / "app.css"


def test_the_help_page_explains_joining_the_two_paces_and_discernment(client):
    html = " ".join(client.get("/help").get_data(as_text=True).split())
    for topic in (
        "How a class joins",
        "quizgame demo --lan",
        "Self-paced",
        "Live",
        "Give a rejoin code",
        "Discernment",
        "Flags problems where there are none",
        "quizgame teacher reset-password",
    ):
        assert topic in html, topic


def test_teachers_reach_help_from_the_menu(client, app):
    with app.app_context():
        log_in(client, make_teacher())
    assert 'href="/help">Help</a>' in client.get("/teacher/").get_data(as_text=True)
    assert 'href="/help"' in client.get("/").get_data(as_text=True)


def test_printing_hides_the_controls_and_keeps_tables_whole():
    css = CSS.read_text()
    start = css.index("@media print {")
    rules = css[start:]
    for hidden in (".site-header nav", "button", ".button", ".flashes", ".inline-form"):
        assert hidden in rules.split("display: none")[0], hidden
    assert ".table-scroll { overflow: visible !important; }" in rules
    assert "break-inside: avoid" in rules
