"""Running the key audit over folders of gold articles: analyse, generate, pick rooms, judge.

This is the one impure step (it runs the analysis and spaCy's tagger); judging, the shortcut
players and the figures are pure modules beside it."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quizgame.content.analysis.evaluation import load_gold
from quizgame.content.articles import ArticleFile, read_article
from quizgame.content.audit.gold_view import GoldView
from quizgame.content.audit.judge import judge
from quizgame.content.audit.report import Audit, build
from quizgame.content.errors import ContentError
from quizgame.content.generation import Analyzer, analyse, default_analyzer, plan
from quizgame.content.question_files import QuestionRecord
from quizgame.content.question_kinds import kind_of
from quizgame.game.question_pick import Traits, pick_varied, same_sentence, traits_of

ROOM_SIZE = 10  # the room form's default number of questions


@dataclass
class AuditRun:
    questions: Audit  # every generated question
    rooms: Audit  # the questions a default room built from each article picks
    room_sentence_repeats: int  # sentences that key two items of one room (must be 0)


def read_gold_folder(directory: str | Path) -> list[tuple[ArticleFile, GoldView]]:
    directory = Path(directory)
    gold_files = sorted(directory.glob("*.yaml"))
    if not gold_files:
        raise ContentError(directory, None, "no gold annotation files (*.yaml) here")
    pairs = []
    for path in gold_files:
        article = path.with_suffix(".md")
        if not article.exists():
            raise ContentError(path, None, f"the gold annotation has no article file {article.name}")
        pairs.append((read_article(article), GoldView(load_gold(path))))
    return pairs


def traits(q: QuestionRecord) -> Traits:
    sentence = (q.evidence.article, q.evidence.start, q.evidence.end) if q.evidence else None
    return traits_of(q.kind, sentence, q.control, q.choices, q.answer)


def room_picks(
    questions: Sequence[QuestionRecord], slugs: Sequence[str], size: int = ROOM_SIZE
) -> list[list[QuestionRecord]]:
    """What a default room built from each article picks (a fixed seed per article), the rooms built
    one after another for one classroom: each knows the keys the earlier ones asked."""
    rooms: list[list[QuestionRecord]] = []
    for slug in slugs:
        pool = [q for q in questions if slug in q.articles]
        earlier = [traits(q) for room in rooms for q in room]
        rooms.append(pick_varied(pool, size, traits, random.Random(slug), earlier))
    return rooms


def audit_folders(folders: Sequence[str | Path], analyze: Analyzer = default_analyzer) -> AuditRun:
    pairs = [pair for folder in folders for pair in read_gold_folder(folder)]
    articles = [a for a, _ in pairs]
    golds = {g.gold.article: g for _, g in pairs}
    outlets = {a.slug: a.outlet for a in articles}
    coverage = analyse(articles, analyze)
    questions = [q for _, _, made in plan(articles, coverage).values() for q in made]
    rooms = room_picks(questions, [a.slug for a in articles])
    picked = [q for room in rooms for q in room]
    adjectives = adjective_flags([q for q in questions if kind_of(q.kind).tap])

    def verdicts(qs: Sequence[QuestionRecord]) -> list:  # type: ignore[type-arg]
        return [judge(q, golds, {outlets[s]: s for s in q.articles}) for q in qs]

    repeats = sum(
        1
        for room in rooms
        for i, a in enumerate(room)
        for b in room[i + 1 :]
        if same_sentence(traits(a).sentence, traits(b).sentence)
    )
    return AuditRun(
        build(questions, verdicts(questions), adjectives), build(picked, verdicts(picked), adjectives), repeats
    )


def adjective_flags(questions: Sequence[QuestionRecord]) -> dict[str, list[bool]]:
    """For each tap-the-word question, which of its choices spaCy tags as an adjective."""
    from quizgame.content.analysis.nlp import load_nlp

    nlp = load_nlp()
    flags: dict[str, list[bool]] = {}
    texts = [q.evidence.text if q.evidence else "" for q in questions]
    for q, doc in zip(questions, nlp.pipe(texts), strict=True):
        tags = [(t.text, t.pos_ == "ADJ") for t in doc]
        at, found = 0, []
        for choice in q.choices:
            hit = next(
                (j for j in range(at, len(tags)) if tags[j][0] in choice and choice.startswith(tags[j][0][:1])), None
            )
            found.append(hit is not None and tags[hit][1])
            at = hit + 1 if hit is not None else at
        flags[q.id] = found
    return flags
