"""Verbs that report a clause: a semantic class of saying, believing, showing and finding taken once from WordNet 3.0
(Princeton University, WordNet 3.0 licence: use, copy and distribute with its notice), kept as
`content/lexicon/clause_verbs.txt`.

A verb is in the class when one of its senses is filed under verb.communication or verb.cognition and takes
WordNet's sentence frame 26, "Somebody ----s that CLAUSE": 'determined', 'supposes', 'surmised', 'inferred' report
a clause as 'said' does, though no list of cue words names them. The analysis still asks the parse for a party
that can speak and a clause of its own (cues.py), so the class only says which verbs may report. Rebuild with
`python -m quizgame.content.analysis.clause_verbs /usr/share/wordnet/data.verb` (Debian's wordnet-base package).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

CLAUSE_VERBS = Path(__file__).resolve().parents[3] / "content" / "lexicon" / "clause_verbs.txt"
_LEXICOGRAPHER_FILES = {31, 32}  # verb.cognition, verb.communication
_THAT_CLAUSE_FRAME = 26  # "Somebody ----s that CLAUSE"


@lru_cache(maxsize=1)
def clause_verbs() -> frozenset[str]:
    with CLAUSE_VERBS.open(encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


def read_data_verb(path: Path) -> set[str]:
    """The one-word lemmas of the senses in the class, read from WordNet's data.verb (format: wndb(5WN))."""
    verbs: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("  "):  # the licence header
                continue
            fields = line.split(" | ", 1)[0].split()
            words = [fields[4 + 2 * i] for i in range(int(fields[3], 16))]
            at = 4 + 2 * len(words)
            at += 1 + 4 * int(fields[at])  # pointers: symbol, offset, part of speech, source/target
            frames = {int(fields[at + 2 + 3 * i]) for i in range(int(fields[at]))}
            if int(fields[1]) in _LEXICOGRAPHER_FILES and _THAT_CLAUSE_FRAME in frames:
                verbs.update(w.lower() for w in words if w.isalpha())
    return verbs


def build(data_verb: Path, out: Path = CLAUSE_VERBS) -> int:
    verbs = sorted(read_data_verb(data_verb))
    with out.open("w", encoding="utf-8") as handle:
        handle.write(
            "# Verbs of communication or cognition that take a that-clause (WordNet 3.0 frame 26), one per line.\n"
            "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Used under the WordNet 3.0\n"
            "# licence (see content/lexicon/README.md). Built by quizgame/content/analysis/clause_verbs.py.\n"
        )
        handle.writelines(f"{verb}\n" for verb in verbs)
    return len(verbs)


if __name__ == "__main__":
    print(build(Path(sys.argv[1])), "verbs written to", CLAUSE_VERBS)
