"""Key balancing across a corpus: each generator spreads its keys within one article, but an
article gives a kind one or two items, so over forty articles the keys of a kind can still pile up
on one position or one way of attributing, and "always pick option 1" (or "always a group") beats
chance. This pass runs once over every question generated together."""

from __future__ import annotations

import dataclasses
import hashlib
import math
from collections import Counter
from collections.abc import Sequence

from quizgame.content.question_files import QuestionRecord
from quizgame.content.question_kinds import GENERATED_KINDS, kind_of

# Options whose place carries no meaning, by kind; fixed wordings ("None of them", "The reporter's")
# keep their place, since moving them would teach nothing and break the layout students know.
_FIXED_WORDINGS = ("None", "No loaded word", "The reporter's")
_POSITION_KINDS = tuple(k.name for k in GENERATED_KINDS.values() if not (k.tap or k.fixed_options))
# Kinds whose options are fixed categories (`fixed_options`): balanced by dropping the surplus of the
# commonest categories until none holds more than a third of the kind's keys (with four ways and
# chance at a quarter, "always the commonest way" then gains at most nine points, and an article
# whose sources are all named people or all unsourced cannot tilt the corpus).
MAX_CATEGORY_SHARE = 0.34
# ...but only over enough items for a pattern to exist: a teacher importing one or two articles gets an
# item or three of the kind, "always the commonest way" over three items says nothing, and dropping the
# only "a person the article names" item of an import left the kind out of it (teacher's reading of ten
# unseen articles, 2026-12-06). Rooms still spread keys over a classroom (game/question_pick.py), and the
# shortcut floors judge kinds of at least ten items.
MIN_ITEMS_TO_CAP = 10
# A category keyed only from a narrow, sure shape (attribution_type's "not named": kinds/unnamed.py) is
# added on top: its few items do not raise the cap of the commoner ways, whose surplus stays out (on
# the frozen split's totals, letting it raise the cap let through two more items with wrong keys).
_ADDED_ON_TOP = frozenset({"To a source that is not named"})


# Tap-the-word: "No loaded word" is one fixed option beside a sentence's twenty-odd words (chance about
# 6%), so "always tap No loaded word" scores the share of controls: kept to one item in seven.
TAP_CONTROL_EVERY = 7


def balance_corpus(questions: Sequence[QuestionRecord]) -> list[QuestionRecord]:
    """The questions with position keys spread evenly per kind over the corpus, no category of a
    category kind holding more than its share of the keys, tap-the-word controls kept to one in
    seven and "None of them" keys to their option's share (the surplus dropped, stably)."""
    kept = _cap_none_keys(_cap_tap_controls(_cap_categories(questions)))
    used: dict[str, Counter[int]] = {}
    result = []
    for question in kept:
        result.append(_spread(question, used) if question.kind in _POSITION_KINDS else question)
    return result


def _movable(question: QuestionRecord) -> list[int]:
    return [i for i, c in enumerate(question.choices) if not c.startswith(_FIXED_WORDINGS)]


def _spread(question: QuestionRecord, used: dict[str, Counter[int]]) -> QuestionRecord:
    """Move a single key to the movable position the kind has keyed least so far (ties: the lower
    position after a per-question turn, so that equal counts do not always favour option 1)."""
    movable = _movable(question)
    if len(question.answer) != 1 or question.answer[0] not in movable or len(movable) < 2:
        return question
    counts = used.setdefault(question.kind, Counter())
    turn = int(hashlib.sha256(question.id.encode("utf-8")).hexdigest(), 16) % len(movable)
    target = min(movable, key=lambda i: (counts[i], (movable.index(i) - turn) % len(movable)))
    counts[target] += 1
    key = question.answer[0]
    if target == key:
        return question
    choices = list(question.choices)
    choices[key], choices[target] = choices[target], choices[key]
    return dataclasses.replace(question, choices=choices, answer=[target])


def _cap(counts: list[int]) -> int:
    """The largest number of items per category that keeps every category within its share; with
    too few categories for that (an article with two ways only), as many of each as of the rarest."""
    for cap in range(max(counts), min(counts), -1):
        if cap <= MAX_CATEGORY_SHARE * sum(min(n, cap) for n in counts):
            return cap
    return min(counts)


def _cap_categories(questions: Sequence[QuestionRecord]) -> list[QuestionRecord]:
    dropped: set[str] = set()
    by_kind: dict[str, list[QuestionRecord]] = {}
    for question in questions:
        if kind_of(question.kind).fixed_options and len(question.answer) == 1:
            by_kind.setdefault(question.kind, []).append(question)
    for mine in by_kind.values():
        by_key: dict[int, list[QuestionRecord]] = {}
        for q in sorted(mine, key=lambda q: hashlib.sha256(q.id.encode("utf-8")).hexdigest()):
            by_key.setdefault(q.answer[0], []).append(q)
        if len(by_key) < 2 or len(mine) < MIN_ITEMS_TO_CAP:
            continue
        on_top = {k for k, v in by_key.items() if v[0].choices[k] in _ADDED_ON_TOP}
        cap = _cap([len(v) for k, v in by_key.items() if k not in on_top] or [0])
        dropped |= {q.id for k, entries in by_key.items() for q in entries[cap:] if k not in on_top}
    return [q for q in questions if q.id not in dropped]


def _cap_tap_controls(questions: Sequence[QuestionRecord]) -> list[QuestionRecord]:
    taps = [q for q in questions if kind_of(q.kind).tap]
    controls = sorted((q for q in taps if q.control), key=lambda q: hashlib.sha256(q.id.encode("utf-8")).hexdigest())
    regular = len(taps) - len(controls)
    # the most controls c with c / (regular + c) <= 1 / TAP_CONTROL_EVERY, but one whenever there are any
    allowed = max(1, regular // (TAP_CONTROL_EVERY - 1)) if controls else 0
    dropped = {q.id for q in controls[allowed:]}
    return [q for q in questions if q.id not in dropped]


def _cap_none_keys(questions: Sequence[QuestionRecord]) -> list[QuestionRecord]:
    """A "None of them" key is one fixed option among m, so "always None" scores the share of such
    items: kept to what one option of m gets, at least one. Generators add a control for every few
    regular items per article; over a corpus of one-promo articles that came to 3 of 10 (chance 20%)."""
    dropped: set[str] = set()
    for kind in _POSITION_KINDS:
        mine = [q for q in questions if q.kind == kind and len(q.answer) == 1]
        nones = sorted(
            (q for q in mine if q.choices[q.answer[0]].startswith("None")),
            key=lambda q: hashlib.sha256(q.id.encode("utf-8")).hexdigest(),
        )
        if not nones:
            continue
        options = Counter(len(q.choices) for q in mine).most_common(1)[0][0]
        allowed = max(1, math.ceil((len(mine) - len(nones)) / (options - 1)))
        dropped |= {q.id for q in nones[allowed:]}
    return [q for q in questions if q.id not in dropped]
