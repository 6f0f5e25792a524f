"""One quotation detector for the analysis and the questions (issue 17 item 5): the kinds ask the
analysis's spans (quizgame/content/analysis/quotes.py), so a word the analysis counts as the speaker's
is the speaker's in every question too."""

from __future__ import annotations

from quizgame.content.analysis.quotes import QuoteIndex, find_quotes
from quizgame.content.articles import article_paths, read_article
from quizgame.content.kinds.common import in_quotation, reporter_vocabulary, words
from tests.content.kinds.seed_analysis import ARTICLES

BODY = (
    "“Yes, I have faith in the mayor,\" Best said. The chief's deputies agreed.\n\n"
    '"We will not leave," one resident said, "not until the water is gone.\n\n'
    "Next paragraph, in the reporter's words. He called it a ” stray mark and a 6\" pipe.\n"
)


def test_mixed_straight_and_curly_marks_open_and_close_a_quotation():
    assert in_quotation(BODY, BODY.index("faith"))
    assert not in_quotation(BODY, BODY.index("Best"))
    assert not in_quotation(BODY, BODY.index("deputies"))  # an apostrophe is no quotation mark


def test_a_quotation_left_open_closes_at_its_paragraphs_end():
    assert in_quotation(BODY, BODY.index("water"))
    assert not in_quotation(BODY, BODY.index("Next"))


def test_a_closing_mark_with_nothing_open_or_a_straight_mark_before_a_space_opens_nothing():
    assert not in_quotation(BODY, BODY.index("stray"))
    assert not in_quotation(BODY, BODY.index("pipe"))
    assert "stray" in reporter_vocabulary(BODY) and "faith" not in reporter_vocabulary(BODY)


def test_the_marks_themselves_are_not_inside():
    assert not in_quotation(BODY, 0) and in_quotation(BODY, 1)


def test_the_kinds_and_the_analysis_agree_on_every_word_of_the_articles():
    for path in article_paths(ARTICLES):
        body = read_article(path).body
        index = QuoteIndex(find_quotes(body))
        for word in words(body, 0, len(body)):
            quote = index.containing(word.start)
            assert in_quotation(body, word.start) == (quote is not None and quote.start < word.start)
