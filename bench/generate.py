"""Generation benchmark: words per second for article analysis plus question generation, against
spaCy's own bare `nlp.pipe` over the same texts.

    python -m bench.generate                         # content/articles + tests/data/gold, repeated
    python -m bench.generate some/folder --repeat 40 --rounds 5

Model loading is timed on its own. The texts are repeated (each round of copies is analysed and
generated as one set, so comparison questions see one event's coverage at a time) to get a stable
figure; each measurement is run `--rounds` times, alternating the two, and the best is reported.
The done-when floor is analysis + generation at no less than 60% of the bare parse's speed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a file: python bench/generate.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "bench"

from quizgame.content.analysis import analyze_articles
from quizgame.content.analysis.analyze import BATCH_SIZE
from quizgame.content.analysis.lexicon import load_lexicon
from quizgame.content.analysis.nlp import load_nlp
from quizgame.content.articles import ArticleFile, read_articles
from quizgame.content.generation import analyse, plan

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = [ROOT / "content" / "articles", ROOT / "tests" / "data" / "gold"]
FLOOR = 0.60


def load_articles(folders: Sequence[Path]) -> list[ArticleFile]:
    """Articles of every folder that exists, each slug once."""
    found: dict[str, ArticleFile] = {}
    for folder in folders:
        if folder.is_dir():
            for article in read_articles(folder):
                found.setdefault(article.slug, article)
    return [found[slug] for slug in sorted(found)]


def analyse_and_generate(articles: Sequence[ArticleFile], repeat: int) -> int:
    """Analyse every copy (batched through nlp.pipe) and run all generators; returns questions made."""
    made = 0
    coverage = analyse(list(articles) * repeat, analyze_articles)
    for start in range(0, len(coverage), len(articles)):
        one_round = coverage[start : start + len(articles)]
        made += sum(len(questions) for _, _, questions in plan(list(articles), one_round).values())
    return made


def bare_parse(texts: Sequence[str]) -> int:
    nlp = load_nlp()
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE))


def best_seconds(work: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        began = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - began)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of article .md files")
    parser.add_argument("--repeat", type=int, default=20, help="copies of the texts per measurement")
    parser.add_argument("--rounds", type=int, default=3, help="measurements of each kind; the best counts")
    args = parser.parse_args(argv)

    began = time.perf_counter()
    load_nlp()
    load_lexicon()
    loading = time.perf_counter() - began

    articles = load_articles(args.folders or DEFAULT_FOLDERS)
    if not articles:
        print("no articles found", file=sys.stderr)
        return 2
    texts = [a.body for a in articles] * args.repeat
    words = sum(len(text.split()) for text in texts)
    analyse_and_generate(articles, 1)  # warm up both paths before timing
    bare_parse(texts[: len(articles)])

    ours = bare = float("inf")
    for _ in range(args.rounds):  # alternate, so a busy moment on the machine hits both alike
        ours = min(ours, best_seconds(lambda: analyse_and_generate(articles, args.repeat), 1))
        bare = min(bare, best_seconds(lambda: bare_parse(texts), 1))
    questions = analyse_and_generate(articles, 1)

    ratio = bare / ours
    print(f"articles: {len(articles)} x {args.repeat} copies = {len(texts)} texts, {words:,} words")
    print(f"model and lexicon loading: {loading:.2f} s (once per process, not in the figures below)")
    print(
        f"analysis + generation: {words / ours:,.0f} words/s ({ours:.2f} s; {questions} questions per copy of the set)"
    )
    print(f"spaCy bare nlp.pipe:   {words / bare:,.0f} words/s ({bare:.2f} s)")
    print(
        f"ratio: {ratio:.0%} of the bare parse's speed (floor {FLOOR:.0%}): {'ok' if ratio >= FLOOR else 'BELOW THE FLOOR'}"
    )
    return 0 if ratio >= FLOOR else 1


if __name__ == "__main__":
    sys.exit(main())
