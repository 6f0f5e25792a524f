"""Finding the generated question about a given passage, for the per-kind tests."""

from __future__ import annotations

from quizgame.content.kinds import ARTICLE_GENERATORS, Coverage
from quizgame.content.question_files import QuestionRecord
from tests.content.kinds.seed_analysis import seed_coverage

COVERAGE = {c.slug: c for c in seed_coverage()}


def generated(kind: str, slug: str) -> list[QuestionRecord]:
    item = COVERAGE[slug]
    return ARTICLE_GENERATORS[kind](item, [c for c in COVERAGE.values() if c is not item])


def about(questions: list[QuestionRecord], text: str) -> QuestionRecord:
    """The one question whose prompt or evidence holds `text`."""
    found = [q for q in questions if text in q.prompt or (q.evidence and text in q.evidence.text)]
    assert len(found) == 1, f"{len(found)} questions about {text!r}"
    return found[0]


def answers(question: QuestionRecord) -> list[str]:
    return [question.choices[i] for i in question.answer]


def made_up(body: str, slug: str = "made-up-article", **findings: object) -> Coverage:
    """A made-up article with the findings given (promos=[...], attributions=[...], ...) and its
    sentences split as the seed analyses split theirs (promos left out, as the analysis leaves them)."""
    import datetime as dt

    from quizgame.content.analysis.model import ArticleAnalysis
    from quizgame.content.articles import ArticleFile
    from tests.content.kinds.seed_analysis import split_sentences

    promos = list(findings.pop("promos", []))
    skip = [(p.start, p.end) for p in promos]  # type: ignore[attr-defined]
    analysis = ArticleAnalysis(slug, promos=promos, sentences=split_sentences(body, skip), **findings)  # type: ignore[arg-type]
    article = ArticleFile(slug, "Example News", "A made-up story", dt.date(2026, 1, 1), None, body)
    return Coverage(article, analysis)
