"""Generated questions as a student sees them, in plain text: for a teacher (or a helper) reading the
candidates of new articles before a class plays them (`quizgame questions --show`).

An article whose story a teacher should choose knowingly (a tragedy: `sensitivity`) is flagged under
its heading. Each question prints its prompt, the passage the play page shows above it (the speaker blanked for
"who said it", nothing for the kinds that show their passage only with the feedback), the options
(a tap-the-word sentence as its strip, one tap per [unit], punctuation kept), then the key and the
explanation, which a student reads after answering. Pure: articles and their analysis in, text out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quizgame.content.articles import ArticleFile
from quizgame.content.generation import plan
from quizgame.content.kinds import Coverage, trace
from quizgame.content.question_files import QuestionRecord
from quizgame.content.question_kinds import GENERATED_KINDS, kind_of
from quizgame.content.sensitivity import notice, sensitive_topics
from quizgame.game.passage import Source, shown_passages
from quizgame.game.tap_words import question_sentence

RULE = "-" * 72
# The piece the play page highlights before the answer (the sentence to tap, in its paragraph). Marked as
# Markdown bold, not «»: guillemets read as quotation marks, suggesting a quoted speaker in a passage
# that asks about the reporter's own voice (a teacher's reading of reading7's Spanish-language post).
MARK_LEGEND = " (the highlighted sentence in **bold**)"


def mark(text: str) -> str:
    """A highlighted piece as plain text: bold around its words, its own edge spaces kept outside."""
    core = text.strip()
    if not core:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    tail = text[len(text.rstrip()) :]
    return f"{lead}**{core}**{tail}"


def generated(coverage: Sequence[Coverage]) -> list[QuestionRecord]:
    """Every question generated for these articles together (event questions included), keys balanced
    across them as `quizgame generate` does, in article order and then by kind."""
    order = {item.slug: n for n, item in enumerate(coverage)}
    made = [q for _, _, questions in plan([c.article for c in coverage], coverage).values() for q in questions]
    rank = {name: n for n, name in enumerate(GENERATED_KINDS)}
    return sorted(made, key=lambda q: (min(order.get(s, 0) for s in q.articles), len(q.articles), rank[q.kind], q.id))


def question_text(question: QuestionRecord, articles: dict[str, ArticleFile]) -> list[str]:
    """One question as lines of text, the way the play page shows it before and after answering."""
    spec = kind_of(question.kind)
    sources = [_source(articles[s]) for s in question.articles if s in articles]
    evidence = question.evidence
    own = articles.get(evidence.article) if evidence else None
    lines = [
        f"[{question.kind}{' · control' if question.control else ''}] {question.id} · {', '.join(question.articles)}",
        f"Q: {question.prompt}",
    ]
    passages = shown_passages(
        question.kind,
        question.prompt,
        _source(own) if own else None,
        evidence.start if evidence else None,
        evidence.end if evidence else None,
        sources if spec.compares_outlets else [],
        answered=False,
        evidence_text=evidence.text if evidence else None,
    )
    for passage in passages:
        marked = any(p.marked for para in passage.paragraphs for p in para)
        lines.append(f"  Passage ({passage.outlet}){MARK_LEGEND if marked else ''}:")
        shown = "\n\n".join("".join(mark(p.text) if p.marked else p.text for p in para) for para in passage.paragraphs)
        lines += [f"  | {line}" for line in shown.splitlines() if line.strip()]
    strip = question_sentence(question.kind, evidence.text if evidence else None, question.choices, question.answer)
    if strip is not None:
        lines.append("  Tap: " + "".join(f"[{t.text}]" if t.indexes else t.text for t in strip))
        lines.append(f"  or: {question.choices[-1]}")
    else:
        lines += [f"  {n + 1}. {choice}" for n, choice in enumerate(question.choices)]
    lines.append("Key: " + " | ".join(question.choices[i] for i in question.answer))
    lines.append(f"Why: {question.explanation}")
    return lines


def show(coverage: Sequence[Coverage], kinds: Iterable[str] = (), why: bool = False) -> list[str]:
    """Every generated question for the articles, as text, grouped by article with a count per kind;
    with `why`, then each article's count and every finding a gate dropped, with the gate (`trace`)."""
    wanted = set(kinds)
    articles = {c.slug: c.article for c in coverage}
    with trace.recording() as dropped:
        made = generated(coverage)
    questions = [q for q in made if not wanted or q.kind in wanted]
    lines: list[str] = []
    current: tuple[str, ...] | None = None
    for question in questions:
        if tuple(question.articles) != current:
            current = tuple(question.articles)
            heads = [articles[s] for s in current if s in articles]
            lines += ["", "=" * 72, " + ".join(f"{a.outlet}: {a.headline} ({a.slug})" for a in heads)]
            lines += [f"! {notice(t)}" for t in (sensitive_topics(a.headline, a.body) for a in heads) if t]
            lines.append("=" * 72)
        lines += [RULE, *question_text(question, articles)]
    counts: dict[str, int] = {}
    for question in questions:
        counts[question.kind] = counts.get(question.kind, 0) + 1
    lines += ["", f"{len(questions)} question(s): " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))]
    if why:
        lines += ["", "=" * 72, "Why not more: each finding a gate dropped, and the gate", "=" * 72]
        for slug in articles:
            mine = sum(1 for q in questions if slug in q.articles)
            lines += [f"{slug}: {mine} question(s)"]
            lines += trace.lines([d for d in dropped if not wanted or d.kind in wanted], slug)
    return lines


def _source(article: ArticleFile) -> Source:
    return Source(article.outlet, article.headline, article.body)
