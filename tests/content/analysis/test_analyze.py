from pathlib import Path

from quizgame.content.analysis.analyze import analyze_article, analyze_articles
from quizgame.content.articles import read_article
from tests.content.analysis.helpers import article

SEEDS = sorted((Path(__file__).resolve().parents[3] / "content" / "articles").glob("*.md"))


def test_batched_analysis_equals_one_by_one():
    articles = [read_article(p) for p in SEEDS]
    assert analyze_articles(articles) == [analyze_article(a) for a in articles]


def test_sentences_know_when_they_are_the_speakers_words_and_leave_promos_out():
    body = 'The chief spoke.\n\n"We are angry. We will stay," she said.\n\nCLICK HERE FOR THE NEWS APP'
    analysis = analyze_article(article(body))
    assert [(s.text, s.in_quote) for s in analysis.sentences] == [
        ("The chief spoke.", False),
        ('"We are angry.', True),
        ('We will stay," she said.', False),
    ]
    for sentence in analysis.sentences:
        assert body[sentence.start : sentence.end] == sentence.text


def test_json_has_the_shape_the_cli_promises():
    data = analyze_article(read_article(SEEDS[0])).to_json()
    assert set(data) >= {"article", "promos", "attributions", "secondhand", "unsourced_claims", "loaded_terms"}
    assert set(data["attributions"][0]) >= {"speaker", "speaker_kind", "cue", "quote", "direct", "start", "end"}
    assert set(data["secondhand"][0]) >= {"outlet", "cue", "claim"}
    assert set(data["loaded_terms"][0]) >= {"term", "sentence", "neutral", "reason", "start", "end"}
