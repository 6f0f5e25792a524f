"""The evidence sentence in its paragraph: article text escaped first, then the span marked."""

from __future__ import annotations

from quizgame.models import Article, Question
from quizgame.web.evidence import evidence_in_paragraph

BODY = "First paragraph.\n\nSecond <i>para</i> with the \"evidence\" & more.\n\nThird."


def _question(start, end, text=None, article=True):
    return Question(
        id="q", kind="who_said", skill="attribution", prompt="?", choices=["a"], correct=[0], explanation="",
        evidence_article=Article(slug="a", outlet="O", headline="H", body=BODY, content_hash="h") if article else None,
        evidence_start=start, evidence_end=end, evidence_text=text,
    )


def test_only_the_paragraph_holding_the_evidence_is_shown_with_the_evidence_marked():
    start = BODY.index('"evidence"')
    markup = evidence_in_paragraph(_question(start, start + len('"evidence"')))
    assert str(markup) == "Second &lt;i&gt;para&lt;/i&gt; with the <mark>&#34;evidence&#34;</mark> &amp; more."


def test_evidence_at_the_start_and_end_of_the_body():
    assert str(evidence_in_paragraph(_question(0, 5))) == "<mark>First</mark> paragraph."
    assert str(evidence_in_paragraph(_question(len(BODY) - 6, len(BODY)))) == "<mark>Third.</mark>"


def test_without_an_article_the_evidence_text_alone_is_marked_and_escaped():
    assert str(evidence_in_paragraph(_question(None, None, "<b>x</b>", article=False))) == "<mark>&lt;b&gt;x&lt;/b&gt;</mark>"
    assert evidence_in_paragraph(_question(None, None, None, article=False)) is None
