"""The key audit's figures: per kind, how many questions, how many keys the gold confirms or
contradicts, how the keys spread over the options, and how well each shortcut player does."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from quizgame.content.audit import shortcuts
from quizgame.content.audit.judge import RIGHT, UNJUDGED, WRONG, Verdict
from quizgame.content.question_files import QuestionRecord

ALL = "all kinds"


@dataclass
class KindFigures:
    generated: int = 0
    right: int = 0
    wrong: int = 0
    unjudged: int = 0
    controls: int = 0
    distractors: int = 0
    distractors_wrong: int = 0
    keys: Counter[str] = field(default_factory=Counter)
    chance: float = 0.0  # summed over questions
    shortcut: dict[str, float] = field(default_factory=dict)  # summed over questions

    @property
    def wrong_rate(self) -> float:
        judged = self.right + self.wrong
        return self.wrong / judged if judged else 0.0

    @property
    def top_key_share(self) -> float:
        """The share of the kind's keys on its commonest option ("a word" of a tap-the-word sentence
        is every word, not one option, so it does not count)."""
        total = sum(self.keys.values())
        options = [n for label, n in self.keys.items() if label != "a word"]
        return max(options, default=0) / total if total else 0.0

    def mean(self, total: float) -> float:
        return total / self.generated if self.generated else 0.0

    def worst_shortcut(self) -> tuple[str, float]:
        """The shortcut that beats chance by most, and by how much (fraction, not points)."""
        name = max(self.shortcut, key=lambda n: self.shortcut[n], default="")
        return name, self.mean(self.shortcut.get(name, 0.0)) - self.mean(self.chance)


@dataclass
class Audit:
    kinds: dict[str, KindFigures]
    wrong_examples: list[tuple[QuestionRecord, Verdict]]

    @property
    def total(self) -> KindFigures:
        return self.kinds[ALL]

    def lines(self, title: str = "") -> list[str]:
        rows = [title] if title else []
        rows.append(
            f"{'kind':18} {'gen':>4} {'right':>5} {'wrong':>5} {'n/j':>4} {'wrong%':>6} {'ctrl':>4} {'top key':>7}"
        )
        for kind, f in self.kinds.items():
            rows.append(
                f"{kind:18} {f.generated:4} {f.right:5} {f.wrong:5} {f.unjudged:4} {100 * f.wrong_rate:5.1f}% "
                f"{f.controls:4} {100 * f.top_key_share:6.0f}%"
            )
        rows.append("")
        rows.append("keys per option (share of the kind's keys):")
        for kind, f in self.kinds.items():
            if kind == ALL:
                continue
            total = sum(f.keys.values()) or 1
            spread = ", ".join(f"{label} {100 * n / total:.0f}%" for label, n in f.keys.most_common(6))
            rows.append(f"  {kind:18} {spread}")
        rows.append("")
        names = list(next(iter(self.kinds.values())).shortcut)
        rows.append("shortcut players, accuracy % (chance %):")
        rows.append(f"  {'kind':18} {'chance':>6} " + " ".join(f"{n[:12]:>12}" for n in names))
        for kind, f in self.kinds.items():
            rows.append(
                f"  {kind:18} {100 * f.mean(f.chance):6.1f} "
                + " ".join(f"{100 * f.mean(f.shortcut[n]):12.1f}" for n in names)
            )
        return rows


def build(
    questions: Sequence[QuestionRecord], verdicts: Sequence[Verdict], adjectives: Mapping[str, Sequence[bool]] = {}
) -> Audit:
    kinds: dict[str, KindFigures] = {}
    players = shortcuts.players(questions, adjectives)
    wrong: list[tuple[QuestionRecord, Verdict]] = []
    for q, verdict in zip(questions, verdicts, strict=True):
        labels = shortcuts.option_labels(q)
        for name in (q.kind, ALL):
            f = kinds.setdefault(name, KindFigures(shortcut={n: 0.0 for n in players}))
            f.generated += 1
            f.right += verdict.status == RIGHT
            f.wrong += verdict.status == WRONG
            f.unjudged += verdict.status == UNJUDGED
            f.controls += q.control
            f.distractors += verdict.distractors
            f.distractors_wrong += verdict.distractors_wrong
            if name != ALL:
                f.keys.update(labels[i] for i in q.answer)
            f.chance += shortcuts.chance(q)
            for player, play in players.items():
                f.shortcut[player] += shortcuts.accuracy(q, play(q))
        if verdict.status == WRONG:
            wrong.append((q, verdict))
    ordered = {k: kinds[k] for k in sorted(kinds) if k != ALL}
    if ALL in kinds:
        ordered[ALL] = kinds[ALL]
    return Audit(ordered, wrong)
