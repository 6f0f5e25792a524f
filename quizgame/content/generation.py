"""`quizgame generate`: analyse articles, run the question generators, and merge the candidates into
content/questions/ without losing a single reviewer decision.

A question a reviewer has touched (approved, rejected, or with a `review` note) is kept exactly as
it is; a fresh candidate never overwrites it, nor repeats it (same kind, overlapping evidence).
Unreviewed candidates are replaced wholesale, so stale ones disappear. Output is deterministic.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quizgame.content.analysis.model import ArticleAnalysis
from quizgame.content.articles import ArticleFile, read_articles
from quizgame.content.errors import ContentError
from quizgame.content.kinds import Coverage, article_questions, event_questions, trace
from quizgame.content.kinds.balance import balance_corpus
from quizgame.content.question_files import (
    QuestionRecord,
    dump_question_file,
    parse_question_file,
    read_question_files,
)

Analyzer = Callable[[Sequence[ArticleFile]], list[ArticleAnalysis]]
BATCH = 16  # articles analysed per call: large enough for nlp.pipe, small enough for a lively progress bar


@dataclass
class GenerateReport:
    files_written: list[str] = field(default_factory=list)
    files_unchanged: list[str] = field(default_factory=list)
    candidates: int = 0
    reviewed_kept: int = 0

    def __str__(self) -> str:
        return (
            f"{len(self.files_written)} file(s) written, {len(self.files_unchanged)} unchanged; "
            f"{self.candidates} candidate(s), {self.reviewed_kept} reviewed question(s) kept"
        )


def is_reviewed(question: QuestionRecord) -> bool:
    return question.status in ("approved", "rejected") or bool(question.review)


def merge(
    existing: Iterable[QuestionRecord], fresh: Iterable[QuestionRecord], reserved: Iterable[str] = ()
) -> list[QuestionRecord]:
    """Reviewed questions as they are, plus fresh candidates that neither share an id with one (or
    with a question kept in another file, `reserved`) nor ask again about the same evidence in the
    same way."""
    kept = [q for q in existing if is_reviewed(q)]
    taken = {q.id for q in kept} | set(reserved)
    merged = list(kept)
    for question in fresh:
        if question.id in taken or any(_same_subject(question, r) for r in kept):
            continue
        taken.add(question.id)
        merged.append(question)
    return sorted(merged, key=lambda q: q.id)


def _same_subject(a: QuestionRecord, b: QuestionRecord) -> bool:
    """Same kind, same article, and either overlapping evidence or a line of the article offered in both
    (a choice that is a sentence: not a fixed option such as "Nobody: the reporter tells us"). A
    not_reporting control drawn anew shows other lines and cites another one, but beside the approved
    control of its article it asks the same thing again (`quizgame generate` on content/ added the Fox
    control q-366ca9ea15 beside the approved q-3db273549d, sharing "The mayor thanked Best in a post on
    Twitter.")."""
    if a.kind != b.kind or a.evidence is None or b.evidence is None or a.evidence.article != b.evidence.article:
        return False
    if a.evidence.start < b.evidence.end and b.evidence.start < a.evidence.end:
        return True
    return bool(_article_lines(a) & _article_lines(b))


def _article_lines(question: QuestionRecord) -> set[str]:
    """The choices that are sentences of the article: four words or more, ending a sentence."""
    return {
        " ".join(c.split())
        for c in question.choices
        if len(c.split()) >= 4 and c.rstrip("”’\"' )").endswith((".", "!", "?"))
    }


def default_analyzer(articles: Sequence[ArticleFile]) -> list[ArticleAnalysis]:
    from quizgame.content.analysis import analyze_articles  # loads spaCy: only when generating

    return list(analyze_articles(articles))


def analyse(
    articles: Sequence[ArticleFile], analyze: Analyzer, on_progress: Callable[[int], None] | None = None
) -> list[Coverage]:
    coverage: list[Coverage] = []
    for at in range(0, len(articles), BATCH):
        batch = articles[at : at + BATCH]
        coverage += [Coverage(a, result) for a, result in zip(batch, analyze(batch), strict=True)]
        if on_progress is not None:
            on_progress(len(batch))
    return coverage


def select(articles: Sequence[ArticleFile], wanted: Sequence[str]) -> tuple[list[ArticleFile], list[ArticleFile]]:
    """(the articles asked for, those plus the rest of their events' coverage, which the
    comparison questions and the distractors read). Names may be slugs or paths to .md files."""
    by_slug = {a.slug: a for a in articles}
    slugs = [Path(w).stem if w.endswith(".md") else w for w in wanted] or list(by_slug)
    unknown = [s for s in slugs if s not in by_slug]
    if unknown:
        raise ContentError("content/articles", None, f"no such article: {', '.join(unknown)}")
    targets = [by_slug[s] for s in dict.fromkeys(slugs)]
    events = {a.event for a in targets if a.event}
    needed = [a for a in articles if a in targets or (a.event and a.event in events)]
    return targets, needed


def plan(
    targets: Sequence[ArticleFile], coverage: Sequence[Coverage]
) -> dict[str, tuple[str | None, str | None, list[QuestionRecord]]]:
    """What each question file should hold fresh from the generators: file name -> (article, event, questions)."""
    by_event: dict[str, list[Coverage]] = {}
    for item in coverage:
        if item.article.event:
            by_event.setdefault(item.article.event, []).append(item)
    target_slugs = {a.slug for a in targets}
    files: dict[str, tuple[str | None, str | None, list[QuestionRecord]]] = {}
    for item in coverage:
        if item.slug in target_slugs:
            others = [o for o in by_event.get(item.article.event or "", []) if o.slug != item.slug]
            files[f"{item.slug}.yaml"] = (item.slug, None, article_questions(item, others))
    for event, items in sorted(by_event.items()):
        if any(i.slug in target_slugs for i in items):
            files[f"event-{event}.yaml"] = (None, event, event_questions(items))
    # Keys are balanced over everything generated together, not only within each article.
    balanced = {q.id: q for q in balance_corpus([q for _, _, made in files.values() for q in made])}
    for _, _, made in files.values():
        for q in made:
            if q.id not in balanced:
                trace.drop(
                    q.articles[0] if q.articles else "", q.kind, q.prompt, "keys balanced over the corpus (balance)"
                )
    return {
        name: (article, event, [balanced[q.id] for q in made if q.id in balanced])
        for name, (article, event, made) in files.items()
    }


def regenerate(
    content_dir: str | Path,
    wanted: Sequence[str] = (),
    analyze: Analyzer = default_analyzer,
    on_progress: Callable[[int], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> GenerateReport:
    """Read everything first (a broken file stops the run before anything is written), then write
    only the files whose text changed."""
    content_dir = Path(content_dir)
    articles = read_articles(content_dir / "articles")
    if not articles:
        raise ContentError(content_dir / "articles", None, "no articles (*.md) to generate questions from")
    questions_dir = content_dir / "questions"
    by_slug = {a.slug: a for a in articles}
    existing = {Path(f.path).name: f.questions for f in read_question_files(questions_dir, by_slug)}
    targets, needed = select(articles, wanted)
    if on_start is not None:
        on_start(len(needed))
    coverage = analyse(needed, analyze, on_progress)
    report = GenerateReport()
    outputs: dict[Path, str] = {}
    for name, (article, event, fresh) in sorted(plan(targets, coverage).items()):
        elsewhere = (q.id for other, questions in existing.items() if other != name for q in questions)
        merged = merge(existing.get(name, []), fresh, elsewhere)
        report.reviewed_kept += sum(1 for q in merged if is_reviewed(q))
        report.candidates += sum(1 for q in merged if not is_reviewed(q))
        path = questions_dir / name
        text = dump_question_file(article, event, merged)
        parse_question_file(text, path, by_slug)  # what is written must load: a bad candidate stops the run
        if path.exists() and path.read_text(encoding="utf-8") == text:
            report.files_unchanged.append(str(path))
        else:
            outputs[path] = text
    questions_dir.mkdir(parents=True, exist_ok=True)
    for path, text in outputs.items():
        temporary = path.with_suffix(".yaml.tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
        report.files_written.append(str(path))
    return report
