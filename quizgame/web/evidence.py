"""The evidence sentence shown in its paragraph, highlighted. Article text is escaped first and only
then wrapped in <mark>, so nothing from an article can ever become markup."""

from __future__ import annotations

from markupsafe import Markup, escape

from quizgame.game.shown_question import ShownQuestion
from quizgame.models import Question

PARAGRAPH_BREAK = "\n\n"


def highlighted(before: str, evidence: str, after: str) -> Markup:
    return escape(before) + Markup("<mark>") + escape(evidence) + Markup("</mark>") + escape(after)


def evidence_in_paragraph(question: Question | ShownQuestion) -> Markup | None:
    """The paragraph that holds the question's evidence, with the evidence marked; None without evidence."""
    article = question.evidence_article
    start, end = question.evidence_start, question.evidence_end
    if article is None or start is None or end is None or end > len(article.body):
        return highlighted("", question.evidence_text, "") if question.evidence_text else None
    body = article.body
    found = body.rfind(PARAGRAPH_BREAK, 0, start)
    paragraph_start = 0 if found == -1 else found + len(PARAGRAPH_BREAK)
    paragraph_end = body.find(PARAGRAPH_BREAK, end)
    if paragraph_end == -1:
        paragraph_end = len(body)
    return highlighted(body[paragraph_start:start], body[start:end], body[end:paragraph_end].rstrip())
