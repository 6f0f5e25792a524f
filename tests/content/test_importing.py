"""Pasted text and uploaded files become an article body; HTML keeps only the article's text."""

from __future__ import annotations

import pytest

from quizgame.content.importing import (
    UnusableInput,
    article_from_source,
    body_from_source,
    format_of_filename,
    imported_slug,
)
from tests.curation_samples import DETAILS

PAGE = """<!doctype html><html><head><title>Bridge reopens | Riverside Daily</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<aside class="advert">ADVERTISEMENT: Buy one mattress, get a second one free this weekend only!</aside>
<main><article><h1>Bridge reopens after repairs</h1>
<p>The Main Street bridge reopened on Thursday after eight months of repairs, city officials said.</p>
<p>"We are pleased with the work," said Ana Lopez, the city engineer, who oversaw the project from the start.</p>
<p>The repairs cost $4 million, more than twice the first estimate, according to city records.</p>
</article></main>
<footer><p>Copyright 2026 Riverside Daily. All rights reserved. Privacy policy. Terms of use.</p></footer>
</body></html>"""


def test_html_is_reduced_to_the_article_paragraphs():
    body = body_from_source(PAGE, "html")
    assert "The Main Street bridge reopened on Thursday" in body
    assert '"We are pleased with the work," said Ana Lopez' in body
    for chrome in ("Sport", "mattress", "All rights reserved"):
        assert chrome not in body
    assert "\n\n" in body and body.endswith("\n")


def test_text_keeps_its_words_and_normalises_line_endings():
    assert body_from_source("  \r\nFirst line.  \r\n\r\nSecond.\r\n\r\n", "text") == "First line.\n\nSecond.\n"


def test_markdown_front_matter_is_not_part_of_the_body():
    assert body_from_source("---\noutlet: X\n---\n# Title\n\nText.\n", "md") == "# Title\n\nText.\n"


@pytest.mark.parametrize(
    "source, fmt",
    [
        ("   \n\n ", "text"),
        ("<html><head><title>T</title></head><body><script>var x = 1;</script></body></html>", "html"),
    ],
)
def test_input_without_article_text_is_refused_with_a_reason(source, fmt):
    with pytest.raises(UnusableInput, match="no article text"):
        body_from_source(source, fmt)


@pytest.mark.parametrize("name, fmt", [("a.TXT", "text"), ("b.md", "md"), ("c.html", "html"), ("d.htm", "html")])
def test_the_format_follows_the_file_name(name, fmt):
    assert format_of_filename(name) == fmt


def test_other_files_are_refused():
    with pytest.raises(UnusableInput, match="not a .txt, .md or .html"):
        format_of_filename("article.pdf")


def test_slugs_are_readable_and_differ_between_owners():
    first = imported_slug(DETAILS, "abc", owner_id=1)
    assert first.startswith("riverside-daily-2026-11-20-bridge-reopens-after-repairs-")
    assert first != imported_slug(DETAILS, "abc", owner_id=2)


def test_an_imported_article_carries_the_details():
    article = article_from_source("Some text.", "text", DETAILS, 7)
    assert (article.outlet, article.headline, article.url, article.body) == (
        "Riverside Daily",
        "Bridge reopens after repairs",
        "https://example.org/bridge",
        "Some text.\n",
    )


def test_a_text_too_long_for_one_analysis_step_is_refused():
    with pytest.raises(UnusableInput, match="longer than 8,000 words"):
        body_from_source("word " * 8_001, "text")
