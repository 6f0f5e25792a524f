"""Analysis speed: analyze_articles against spaCy's bare nlp.pipe over the same texts.

    python -m bench.analysis_speed            # the gold articles, repeated 20 times
    python -m bench.analysis_speed --repeat 50

Prints both times and analysis speed as a share of the bare pipeline's (the acceptance bar for
analysis plus generation is 60%). Runs are interleaved and the best of three kept, to damp noise.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from quizgame.content.analysis.analyze import analyze_articles
from quizgame.content.analysis.nlp import load_nlp
from quizgame.content.articles import read_article

GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    articles = [read_article(p) for p in sorted(GOLD_DIR.glob("*.md")) if p.name != "README.md"] * args.repeat
    texts = [a.body for a in articles]
    nlp = load_nlp()
    analyze_articles(articles[:3])  # warm up: model and lexicon loaded, caches filled
    bare, ours = [], []
    for _ in range(3):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts):
            pass
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        analyze_articles(articles)
        ours.append(time.perf_counter() - start)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words} words")
    print(f"nlp.pipe:          {min(bare):.2f} s")
    print(f"analyze_articles:  {min(ours):.2f} s")
    print(f"analysis speed:    {min(bare) / min(ours):.0%} of the bare pipeline")


if __name__ == "__main__":
    main()
