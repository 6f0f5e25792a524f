"""A small hand-made article and its analysis, for curation tests that must not depend on the analyser.

Offsets are found by searching the body, so the sample stays correct when its wording is edited.
"""

from __future__ import annotations

import datetime as dt

from quizgame.content.analysis.model import (
    ArticleAnalysis,
    Attribution,
    LoadedTerm,
    Promo,
    Secondhand,
    Sentence,
    UnsourcedClaim,
)
from quizgame.content.articles import ArticleFile
from quizgame.content.importing import ArticleDetails, article_from_source

BODY = (
    "Bridge reopens after repairs\n\n"
    '"We are pleased with the work," said Ana Lopez, the city engineer.\n\n'
    "Critics slammed the <script>alert('x')</script> repairs as a disaster, the Riverside Gazette reported.\n\n"
    "The repairs cost $4 million.\n\n"
    '"It took too long," Mayor Tom Reyes said.\n\n'
    "Download our app for more local news.\n"
)
DETAILS = ArticleDetails(
    outlet="Riverside Daily",
    headline="Bridge reopens after repairs",
    published=dt.date(2026, 11, 20),
    url="https://example.org/bridge",
)


def span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def sample_article(owner_id: int = 1, body: str = BODY) -> ArticleFile:
    return article_from_source(body, "text", DETAILS, owner_id)


def sample_analysis(article: ArticleFile) -> ArticleAnalysis:
    body = article.body
    lopez = span(body, '"We are pleased with the work," said Ana Lopez, the city engineer.')
    reyes = span(body, '"It took too long," Mayor Tom Reyes said.')
    gazette = span(
        body, "Critics slammed the <script>alert('x')</script> repairs as a disaster, the Riverside Gazette reported."
    )
    cost = span(body, "The repairs cost $4 million.")
    slammed = span(body, "slammed")
    disaster = span(body, "disaster")
    promo = span(body, "Download our app for more local news.")
    sentences = [Sentence(body[s:e], s, e) for s, e in (lopez, gazette, cost, reyes)]
    return ArticleAnalysis(
        article=article.slug,
        promos=[Promo(body[promo[0] : promo[1]], *promo)],
        attributions=[
            Attribution("Ana Lopez", "named", "said", "We are pleased with the work", True, *lopez, *lopez),
            Attribution("Tom Reyes", "named", "said", "It took too long", True, *reyes, *reyes),
        ],
        secondhand=[Secondhand("the Riverside Gazette", "reported", "Critics slammed the repairs", *gazette)],
        unsourced_claims=[UnsourcedClaim(body[cost[0] : cost[1]], *cost)],
        loaded_terms=[
            LoadedTerm(
                "slammed",
                body[gazette[0] : gazette[1]],
                "criticised",
                "a violent verb for criticism",
                *slammed,
                *gazette,
            ),
            LoadedTerm("disaster", body[gazette[0] : gazette[1]], "failure", "exaggerates", *disaster, *gazette),
        ],
        sentences=sentences,
        people=["Ana Lopez", "Tom Reyes"],
    )


def save_sample(teacher_id: int, body: str = BODY, approve_first: bool = False):  # type: ignore[no-untyped-def]
    """The sample saved as the teacher's import, with its analysis stored and two candidates
    (the first approved by the teacher, if asked)."""
    from quizgame.content.import_jobs import start_import
    from quizgame.content.pipeline import analysis_to_json
    from quizgame.content.review import set_status
    from quizgame.extensions import db
    from quizgame.models import Question, StoredAnalysis

    source = sample_article(teacher_id, body)
    job = start_import(db.session, teacher_id, source)
    article = job.article  # type: ignore[union-attr]
    db.session.add(
        StoredAnalysis(
            article_id=article.id, content_hash=article.content_hash, data=analysis_to_json(sample_analysis(source))
        )
    )
    quote_start, quote_end = span(article.body, '"We are pleased with the work," said Ana Lopez, the city engineer.')
    words = ["Critics", "slammed", "the", "repairs", "as", "a", "disaster"]
    questions = [
        Question(
            id=f"q-who-{teacher_id}",
            kind="who_said",
            skill="attribution",
            owner_id=teacher_id,
            prompt='Who said "We are pleased with the work"?',
            choices=["Ana Lopez", "Tom Reyes", "The reporter"],
            correct=[0],
            explanation="The sentence names Ana Lopez.",
            evidence_article_id=article.id,
            evidence_start=quote_start,
            evidence_end=quote_end,
            evidence_text=article.body[quote_start:quote_end],
            difficulty=1,
            articles=[article],
        ),
        Question(
            id=f"q-tap-{teacher_id}",
            kind="loaded_word",
            skill="loaded_language",
            owner_id=teacher_id,
            prompt="Which word is loaded?",
            choices=words,
            correct=[1],
            explanation="Slammed is loaded.",
            difficulty=2,
            articles=[article],
        ),
    ]
    db.session.add_all(questions)
    db.session.flush()
    if approve_first:
        set_status(db.session, questions[0], teacher_id, "approve")
    db.session.commit()
    return article, questions
