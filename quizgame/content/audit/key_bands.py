"""How often each condition a generator keys on is right, measured on the tuned gold folders.

The key audit judges the questions a run happens to keep (after balancing and caps), a few per
article: too few to tell a condition that is right 97 times in 100 from one right 85 times. This
measures every finding the generators' gates let through, before any balancing, per condition:

    python -m quizgame.content.audit.key_bands tests/data/gold tests/data/devcorpus tests/data/styles tests/data/styles2

- attribution_type: every statement `attribution_type.statements` yields, by the way it would key
  (named, unnamed, body, none) and where the finding came from (an attribution's speaker kind, a
  secondhand report, an unsourced claim); right when a gold source of the same words supports the way.
- who_said / whose_words: every quotation whose speaker would be the key, by speaker kind; right when
  the gold gives the same words to that speaker.
- unsourced_claim: every claim the generator's gate lets through; right when the gold lists it as
  unsourced and credits it to no one. loaded_word: every term a reporter's sentence keys; right
  when the gold lists the term in that sentence.
Every label ends with the confidence band of the finding (">=0.9": from 0.9 up to the next band).

Never run it on the frozen split (it refuses): thresholds set on it would be tuned on it."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from quizgame.content.analysis.calibration import BANDS, Agreement, agreement_lines
from quizgame.content.audit.gold_view import GoldView
from quizgame.content.audit.judge import supported_categories
from quizgame.content.kinds import (
    Coverage,
    attribution_type,
    gate,
    loaded_word,
    unsourced_claim,
    who_said,
    who_said_speaker,
    whose_words,
)
from quizgame.content.kinds.common import attribution_span, clip, sentence_at
from quizgame.content.kinds.readable import is_english

_WAY = {
    attribution_type.NAMED: "named",
    attribution_type.UNNAMED: "unnamed",
    attribution_type.BODY: "institution",
    attribution_type.NONE: "none",
}


def measure(items: Sequence[tuple[Coverage, GoldView]]) -> dict[str, Agreement]:
    table: dict[str, Agreement] = {}

    def count(label: str, seen: bool, right: bool, note: str) -> None:
        row = table.setdefault(label, Agreement())
        row.predicted += 1
        row.found += seen
        row.speaker += seen
        row.right += right
        if not right:
            row.wrong.append(note)

    for item, gold in items:
        origin = {
            attribution_span(a): (f"attribution {a.speaker_kind}", a.confidence) for a in item.analysis.attributions
        }
        claims = {(c.start, c.end): c.confidence for c in item.analysis.unsourced_claims}
        seconds = {s.claim: s.confidence for s in item.analysis.secondhand}
        for statement, start, end, answer, who, _via_outlet in attribution_type.statements(item):
            if answer == attribution_type.NONE:
                source, confidence = "unsourced claim", claims.get((start, end), 1.0)
            else:
                source, confidence = origin.get((start, end), ("secondhand", seconds.get(statement, 1.0)))
            supported = supported_categories(gold, statement)
            count(
                f"{attribution_type.KIND} {_WAY[answer]} <- {source} {band(confidence)}",
                bool(supported),
                _WAY[answer] in supported,
                f"{item.slug}: {who or '-'}: {statement[:60]} (gold {sorted(supported)})",
            )
        # The unnamed-source shape that does not key yet (attribution_type.KEY_BARE_ROLE): measured as if it
        # did, so that fresh gold can decide it.
        for statement, _start, _end, answer, who, _via in attribution_type.statements(item, bare_role=True):
            if answer == attribution_type.UNNAMED and not attribution_type.KEY_BARE_ROLE:
                supported = supported_categories(gold, statement)
                count(
                    "attribution_type unnamed <- bare role (not keying)",
                    bool(supported),
                    supported == {"unnamed"},
                    f"{item.slug}: {who}: {statement[:60]} (gold {sorted(supported)})",
                )
        for a in item.analysis.attributions:
            if _keys_who_said(item, a):
                said = gold.says_speaker(a.quote, a.speaker)
                count(
                    f"{who_said.KIND} {a.speaker_kind} {band(a.confidence)}",
                    said is not None,
                    bool(said),
                    f"{item.slug}: {a.speaker}: {a.quote[:60]}",
                )
            if (
                a.direct
                and a.speaker_kind == "named"
                and gate.speaker_shown(item.analysis, item.body, a.speaker, *attribution_span(a), a.cue)
            ):
                said = gold.says_speaker(a.quote, a.speaker)
                count(
                    f"{whose_words.KIND} speaker {band(a.confidence)}",
                    said is not None,
                    bool(said),
                    f"{item.slug}: {a.speaker}: {a.quote[:60]}",
                )
        for c in item.analysis.unsourced_claims:
            sentence = sentence_at(item.analysis, c.start)
            if sentence is None or not unsourced_claim.keyable_claim(item, c, sentence):
                continue
            sources = gold.sources_of(c.text)
            count(
                f"{unsourced_claim.KIND} {band(c.confidence)}",
                bool(sources) or gold.is_unsourced(c.text),
                gold.is_unsourced(c.text) and not sources,
                f"{item.slug}: {c.text[:60]}",
            )
        for span, terms in loaded_word.reporter_terms(item).items():
            listed = [t.lower() for t in gold.loaded_terms_in(item.body[span[0] : span[1]])]
            for t in terms:
                count(
                    f"{loaded_word.KIND} {band(t.confidence)}",
                    True,
                    any(t.term.lower() in g or g in t.term.lower() for g in listed),
                    f"{item.slug}: {t.term} (gold {listed})",
                )
    return dict(sorted(table.items()))


def band(confidence: float) -> str:
    return f">={max((low for low in BANDS if confidence >= low - 1e-9), default=BANDS[0]):.1f}"


def _keys_who_said(item: Coverage, a: object) -> bool:
    """The gate of `who_said.generate`, before distractors are found."""
    return (
        a.direct
        and a.speaker_kind in who_said._SPEAKER_KINDS
        and gate.confident(a)
        and who_said_speaker.sure_speaker(item, a)
        and bool(clip(a.quote))
        and is_english(a.quote)
    )


def main(directories: list[str]) -> None:
    from quizgame.content.audit.run import read_gold_folder
    from quizgame.content.generation import analyse, default_analyzer

    if any("frozen" in d for d in directories):
        raise SystemExit("key bands are measured on the tuned folders only, never on the frozen split")
    pairs = [pair for d in directories for pair in read_gold_folder(d)]
    coverage = analyse([a for a, _ in pairs], default_analyzer)
    table = measure([(c, g) for c, (_, g) in zip(coverage, pairs, strict=True)])
    print("\n".join(agreement_lines(table)))
    if "-v" in sys.argv:
        for name, row in table.items():
            for note in row.wrong:
                print(f"  {name}: {note}")


if __name__ == "__main__":
    main([d for d in sys.argv[1:] if d != "-v"])
