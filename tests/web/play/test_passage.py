"""Self-paced play shows what a question needs to be answered from the screen: the passage around the
evidence (the speaker blanked for "who said it"), each outlet's passage for a comparison, the whole
article one tap away, the tap-the-word sentence as printed, and the evidence marked after answering."""

from __future__ import annotations

import re

from quizgame.extensions import db
from quizgame.models import Article
from tests.web.play.test_play import _join, _positions, _room

WHO_SAID = "q-22b45e835e"  # "we could have a summer of love": '..., she said in response.'
COMPARISON = "q-e99d9f5fd5"  # Which outlet quoted Jim Fuda?
TAP = "q-2e0836f633"  # the sentence ends with a "cop free zone." in quotation marks
BARE_QUOTE = "q-20e66f61df"  # attribution of a quotation whose cue is earlier in the paragraph


def _before_form(html: str) -> str:
    return html.split("<form", 1)[0]


def _passage(html: str) -> str:
    return "".join(re.findall(r'<figure class="passage.*?</figure>', html, re.S))


def test_who_said_shows_the_quotation_with_the_speaker_and_cue_blanked(client, app, clock):
    code = _room(app, [WHO_SAID])
    _join(client, code)
    html = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    passage = _passage(html)
    assert "we could have a summer of love" in passage
    assert "[…]" in passage and "she said in response" not in passage and "Durkan" not in passage


def test_the_whole_article_is_one_tap_away_without_script(client, app, clock):
    code = _room(app, [WHO_SAID])
    _join(client, code)
    html = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    article = re.search(r'<details class="read-article">.*?</details>', html, re.S)
    assert article and "<summary>Read the article</summary>" in article.group(0)
    assert "In an appearance on CNN, Thursday, Durkan was pressed" in article.group(0)


def test_after_answering_the_full_paragraph_shows_with_the_evidence_marked(client, app, clock):
    code = _room(app, [WHO_SAID])
    _join(client, code)
    page = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    client.post(f"/play/{code}/q/1", data={"choice": _positions(page)["Jenny Durkan"]})
    html = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    evidence = re.search(r'<div class="evidence">.*?</div>', html, re.S).group(0)
    assert "Durkan was pressed on how long" in evidence  # the paragraph "she" points back to
    assert re.search(
        r"<mark>&#34;I don&#39;t know, we could have a summer of love,” she said in response.</mark>", evidence
    )


def test_an_attribution_question_shows_the_cue_of_its_bare_quotation(client, app, clock):
    code = _room(app, [BARE_QUOTE])
    _join(client, code)
    passage = _passage(client.get(f"/play/{code}/q/1").get_data(as_text=True))
    assert "Nolette said" in passage and "That to us is just not acceptable" in passage


def test_a_comparison_shows_each_outlets_passage(client, app, clock):
    code = _room(app, [COMPARISON])
    _join(client, code)
    before = _before_form(client.get(f"/play/{code}/q/1").get_data(as_text=True))
    outlets = re.findall(r'<figure class="passage passage-outlet">\s*<figcaption><strong>([^<]+)</strong>', before)
    assert outlets == ["ABC News", "Fox News", "The Daily Caller"]
    assert "told ABC News&#39; Matt Gutman that he&#39;s &#34;never&#34; seen" in before
    assert "No paragraph of Fox News mentions “Fuda”." in before
    assert before.count('<details class="read-article">') == 3


def test_tap_the_word_keeps_punctuation_and_quotation_marks(client, app, clock):
    code = _room(app, [TAP])
    _join(client, code)
    html = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    sentence = re.search(r'<p class="sentence">.*?</p>', html, re.S).group(0)
    text = re.sub(r"<[^>]+>", "", sentence)
    assert text.endswith("now deemed a &#34;cop free zone.&#34;")
    assert '<span class="between"> &#34;</span>' in sentence
    assert "Tap every loaded word or phrase in the sentence" in html


def test_article_text_is_escaped_everywhere_it_is_shown(client, app, clock):
    code = _room(app, [WHO_SAID])
    with app.app_context():
        article = db.session.scalar(
            db.select(Article).where(Article.slug == "fox-news-2020-06-13-seattle-chief-mayor-clash")
        )
        article.body += "\n\n<script>alert(1)</script> Added at the end, so no evidence offset moves."
        article.headline = "<b>Bold</b> headline"
        db.session.commit()
    _join(client, code)
    html = client.get(f"/play/{code}/q/1").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>Bold</b>" not in html
