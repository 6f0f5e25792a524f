"""The annotated article is built from offsets: escaped text, nested spans, one note per mark."""

from __future__ import annotations

from html.parser import HTMLParser

from quizgame.content.annotate import Mark, analysis_marks, render, render_evidence, speaker_classes
from tests.curation_samples import sample_analysis, sample_article


class Checker(HTMLParser):
    """Collects the text outside notes and fails on any misnested or unexpected element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.notes: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        assert tag in ("span", "mark"), f"unexpected element <{tag}>"
        self.tags.append(tag)
        self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):  # type: ignore[no-untyped-def]
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes the wrong element"
        self.stack.pop()

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        if any(attrs.get("class") == "mark-note" for _, attrs in self.stack):
            self.notes.append(data)
        else:
            self.text.append(data)


def check(html: str) -> Checker:
    checker = Checker()
    checker.feed(html)
    checker.close()
    assert checker.stack == [], "an element was left open"
    return checker


def test_article_text_with_a_script_tag_is_escaped_and_read_back_unchanged():
    article = sample_article()
    html = str(render(article.body, analysis_marks(sample_analysis(article))))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "".join(check(html).text) == article.body


def test_overlapping_marks_nest_and_only_the_first_piece_carries_the_note_and_focus():
    text = "one two three four five"
    marks = [
        Mark("attributions", 0, 13, "Speaker <b>", "speaker-0"),
        Mark("loaded", 8, 18, "neutral"),
        Mark("promos", 4, 7, "promo"),
    ]
    checker = check(str(render(text, marks)))
    assert "".join(checker.text) == text
    assert checker.notes == ["Speaker <b>", "promo", "neutral"]
    html = str(render(text, marks))
    assert html.count('tabindex="0"') == 3
    assert html.count("mark-cont") == 1  # the loaded term is cut where the attribution ends


def test_marks_outside_the_text_or_empty_are_left_out():
    html = str(render("short", [Mark("loaded", 3, 99, "x"), Mark("loaded", 2, 2, "y")]))
    assert html == "short"


def test_speakers_get_colours_in_order_of_first_appearance():
    analysis = sample_analysis(sample_article())
    assert speaker_classes(analysis) == {"Ana Lopez": "speaker-0", "Tom Reyes": "speaker-1"}


def test_notes_name_the_speaker_and_the_neutral_alternative():
    article = sample_article()
    notes = check(str(render(article.body, analysis_marks(sample_analysis(article))))).notes
    assert any(n.startswith("Ana Lopez (named") for n in notes)
    assert any("Neutral: “criticised”" in n for n in notes)


def test_evidence_is_marked_inside_its_paragraph():
    body = "First paragraph.\n\nThe <evidence> sentence. And more.\n\nLast."
    start = body.index("The")
    end = body.index(" And")
    html = str(render_evidence(body, start, end))
    assert '<mark class="mark mark-evidence" data-layer="evidence">The &lt;evidence&gt; sentence.</mark>' in html
    assert "First paragraph" not in html and "Last." not in html
