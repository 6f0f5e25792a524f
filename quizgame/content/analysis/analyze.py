"""The entry point: analyse an article (or many, batched through nlp.pipe), parsing each once."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from quizgame.content.analysis.attributions import find_attributions
from quizgame.content.analysis.layout import mask_link_marks
from quizgame.content.analysis.lexicon import Lexicon, load_lexicon
from quizgame.content.analysis.loaded import find_loaded_terms
from quizgame.content.analysis.model import ArticleAnalysis, Sentence
from quizgame.content.analysis.nlp import load_nlp
from quizgame.content.analysis.promos import find_promos, mask_promos
from quizgame.content.analysis.quotes import QuoteIndex, find_quotes
from quizgame.content.analysis.reading import Reading
from quizgame.content.analysis.shapes import recalibrate
from quizgame.content.analysis.sourcing import find_secondhand, find_unsourced
from quizgame.content.analysis.speakers import find_people
from quizgame.content.articles import ArticleFile

BATCH_SIZE = 16


def analyze_article(article: ArticleFile) -> ArticleAnalysis:
    return analyze_articles([article])[0]


def analyze_articles(articles: Iterable[ArticleFile]) -> list[ArticleAnalysis]:
    nlp = load_nlp()
    lexicon = load_lexicon()
    prepared = [(article, find_promos(article.body, article.outlet)) for article in articles]
    texts = [mask_promos(article.body, promos) for article, promos in prepared]
    docs = nlp.pipe((mask_link_marks(text) for text in texts), batch_size=BATCH_SIZE)
    return [
        _analyze(article, promos, text, doc, lexicon)
        for (article, promos), text, doc in zip(prepared, texts, docs, strict=True)
    ]


def _analyze(article: ArticleFile, promos: list, text: str, doc: Doc, lexicon: Lexicon) -> ArticleAnalysis:
    reading = Reading(article.slug, article.outlet, article.body, text, doc, promos, QuoteIndex(find_quotes(text)))
    people = find_people(doc, lexicon, set())
    found = find_attributions(reading, people, lexicon)
    speech_verbs = {item.cue.verb.i for item in found if item.attribution.direct}
    sentences = [
        Sentence(
            text[s.start_char : s.end_char], s.start_char, s.end_char, reading.quotes.inside(s.start_char, s.end_char)
        )
        for s in reading.sentences
    ]
    analysis = ArticleAnalysis(
        article=article.slug,
        promos=promos,
        attributions=[item.attribution for item in found],
        secondhand=find_secondhand(reading, found, lexicon, article.outlet),
        unsourced_claims=find_unsourced(reading, found, lexicon),
        loaded_terms=find_loaded_terms(reading, lexicon, speech_verbs, [item.content for item in found]),
        sentences=sentences,
        people=people.names(),
    )
    return recalibrate(analysis)  # confidences set by shape to what they measured (shapes.RULES)
