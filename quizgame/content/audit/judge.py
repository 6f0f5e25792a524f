"""Judging one generated question against the gold annotation of its article(s).

A verdict is `right` when the gold confirms the key and contradicts no distractor, `wrong` when the
gold contradicts the key or also supports a distractor (two defensible answers), and `unjudged`
when the gold says nothing about the key's text. Pure: questions and gold in, verdicts out."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from quizgame.content.analysis.evaluation import normalise, speaker_matches
from quizgame.content.audit.gold_view import GoldView, Source
from quizgame.content.question_files import QuestionRecord
from quizgame.content.question_kinds import kind_of

RIGHT, WRONG, UNJUDGED = "right", "wrong", "not judgeable"
_LITTLE = frozenset("a an the of to in on at for by with and or as".split())  # carry no charge in a phrase

# How a source is credited, by the words of the choice (old and new wordings of attribution_type).
_CATEGORY_WORDS = (
    ("not attributed", "none"),
    ("nobody", "none"),
    ("does not name", "unnamed"),
    ("not named", "unnamed"),
    ("anonymous", "unnamed"),
    ("organisation", "institution"),
    ("outlet", "institution"),
    ("social-media", "social"),
    ("names", "named"),
    ("named person", "named"),
)
# Which choice categories each gold kind supports: a statement or post may be a person's or a body's.
_SUPPORTED = {
    "named": {"named"},
    "anonymous": {"unnamed"},
    "organization": {"institution"},
    "outlet": {"institution"},
    "document": {"named", "institution"},
    "social_media": {"social", "named", "institution"},
}
_SURE = {"named": "named", "anonymous": "unnamed", "organization": "institution", "outlet": "institution"}


@dataclass(frozen=True)
class Verdict:
    status: str
    reason: str = ""
    distractors: int = 0  # distractors the gold could check
    distractors_wrong: int = 0  # of those, how many it confirms are wrong


def judge(question: QuestionRecord, golds: Mapping[str, GoldView], outlets: Mapping[str, str] = {}) -> Verdict:
    """`golds` by article slug; `outlets` maps an outlet's name to its article slug (comparisons)."""
    if kind_of(question.kind).compares_outlets:
        return _outlet_compare(question, golds, outlets)
    gold = golds.get(question.evidence.article if question.evidence else "")
    if gold is None:
        return Verdict(UNJUDGED, "no gold for the article")
    return _JUDGES.get(question.kind, lambda q, g: Verdict(UNJUDGED, "kind not audited"))(question, gold)


def category(choice: str) -> str | None:
    low = choice.lower()
    return next((cat for words, cat in _CATEGORY_WORDS if words in low), None)


def quoted_in_prompt(prompt: str) -> str:
    """The statement a prompt quotes: 'How is this statement attributed: "..."?' -> '...'."""
    match = re.search(r'"(.*)"', prompt)
    return (match.group(1) if match else prompt).replace(" …", " ").strip()


def supported_categories(gold: GoldView, statement: str) -> set[str]:
    """The ways of crediting (named, unnamed, institution, social, none) the gold supports for a statement."""
    return _categories(gold, statement)[0]


def _categories(gold: GoldView, statement: str) -> tuple[set[str], set[str]]:
    sources = gold.sources_of(statement)
    supported = {c for s in sources for c in _SUPPORTED.get(s.kind, set())}
    sure = {_SURE[s.kind] for s in sources if s.kind in _SURE}
    if gold.is_unsourced(statement) and not sources:
        supported.add("none")
        sure.add("none")
    return supported, sure


def _attribution_type(q: QuestionRecord, gold: GoldView) -> Verdict:
    supported, sure = _categories(gold, quoted_in_prompt(q.prompt))
    if not supported:
        return Verdict(UNJUDGED, "the gold neither attributes nor lists the statement")
    cats = [category(c) for c in q.choices]
    key = cats[q.answer[0]]
    others = [c for i, c in enumerate(cats) if i not in q.answer]
    defensible = [c for c in others if c in sure]
    checked = len(others)
    if key not in supported:
        return Verdict(WRONG, f"keyed {key}; gold: {sorted(supported)}", checked, checked - len(defensible))
    if defensible:
        return Verdict(WRONG, f"distractor {defensible} also right", checked, checked - len(defensible))
    return Verdict(RIGHT, "", checked, checked)


def _who_said(q: QuestionRecord, gold: GoldView) -> Verdict:
    quote = quoted_in_prompt(q.prompt)
    key = q.choices[q.answer[0]]
    said = gold.says_speaker(quote, key)
    if said is None:
        return Verdict(UNJUDGED, "the gold does not attribute the quotation")
    distractors = [c for i, c in enumerate(q.choices[:-1]) if i not in q.answer]
    defensible = [c for c in distractors if gold.says_speaker(quote, c) and not speaker_matches(c, key)]
    wrong = len(distractors) - len(defensible)
    if not said:
        return Verdict(WRONG, f"keyed {key}", len(distractors), wrong)
    if defensible:
        return Verdict(WRONG, f"{defensible} also said it", len(distractors), wrong)
    return Verdict(RIGHT, "", len(distractors), wrong)


def _line_status(gold: GoldView, line: str) -> str:
    unsourced, sourced = gold.is_unsourced(line), bool(gold.sources_of(line))
    return "unsourced" if unsourced else "sourced" if sourced else "unknown"


def _unsourced_claim(q: QuestionRecord, gold: GoldView) -> Verdict:
    lines = q.choices[:-1]
    status = [_line_status(gold, line) for line in lines]
    key = q.answer[0]
    others = [s for i, s in enumerate(status) if i != key]
    checked, wrong = sum(s != "unknown" for s in others), sum(s == "sourced" for s in others)
    if q.control:
        if "unsourced" in status:
            line = lines[status.index("unsourced")]
            return Verdict(WRONG, f"a line the gold calls unsourced: {line[:80]}", checked, wrong)
        if "unknown" in status:
            return Verdict(UNJUDGED, "a line the gold does not source")
        return Verdict(RIGHT, "", checked, wrong)
    if status[key] == "sourced":
        return Verdict(WRONG, "the key is sourced in the gold", checked, wrong)
    if "unsourced" in others:
        line = next(lines[i] for i, s in enumerate(status) if s == "unsourced" and i != key)
        return Verdict(WRONG, f"a distractor is also unsourced: {line[:80]}", checked, wrong)
    if status[key] == "unknown":
        return Verdict(UNJUDGED, "the gold does not list the key")
    return Verdict(RIGHT, "", checked, wrong)


def _loaded_words(q: QuestionRecord, gold: GoldView) -> tuple[set[str], set[str]]:
    text = q.evidence.text if q.evidence else ""
    return gold.loaded_words_in(text), set(gold.loaded_terms_in(text))


def _loaded_word(q: QuestionRecord, gold: GoldView) -> Verdict:
    """Keying a gold term whole ('police', 'brutality') is right; keying only the words its neutral alternative
    keeps ('police' of 'police brutality' -> 'police violence') is not, and a charged word left unkeyed is wrong."""
    loaded, terms = _loaded_words(q, gold)
    charged = gold.charged_words_in(q.evidence.text if q.evidence else "")
    keyed = {normalise(q.choices[i]) for i in q.answer}
    words = {normalise(c) for c in q.choices[:-1]}
    missed = (charged & words) - keyed - _LITTLE
    checked = len(q.choices) - 1 - len(q.answer)
    if q.control:
        return (
            Verdict(WRONG, f"gold loaded: {sorted(terms)}", checked, checked)
            if terms
            else Verdict(RIGHT, "", checked, checked)
        )
    if not keyed <= loaded or not keyed & charged:
        return Verdict(WRONG, f"keyed {sorted(keyed - charged)} not loaded in the gold", checked, checked - len(missed))
    if missed:
        return Verdict(WRONG, f"loaded {sorted(missed)} not keyed", checked, checked - len(missed))
    return Verdict(RIGHT, "", checked, checked)


def _neutral_rewrite(q: QuestionRecord, gold: GoldView) -> Verdict:
    _, terms = _loaded_words(q, gold)
    checked = len(q.choices) - 1
    if q.control == bool(terms):
        return Verdict(WRONG, f"gold loaded: {sorted(terms)}" if terms else "no loaded term in the gold", checked, 0)
    return Verdict(RIGHT, "", checked, checked)


def _whose_words(q: QuestionRecord, gold: GoldView) -> Verdict:
    word = re.findall(r'"([^"]*)"', q.prompt)[-1]
    sentence = q.evidence.text if q.evidence else ""
    quoted = [s for s in gold.sources_of(sentence) if s.direct and normalise(word) in normalise(s.quote).split()]
    key = q.choices[q.answer[0]]
    checked = len(q.choices) - 1
    if not q.control:
        if quoted:
            return Verdict(WRONG, "the word is inside a quotation in the gold", checked, 0)
        loaded, _ = _loaded_words(q, gold)
        return (
            Verdict(RIGHT, "", checked, checked)
            if normalise(word) in loaded
            else Verdict(UNJUDGED, "not a gold loaded term")
        )
    if not quoted:
        return Verdict(UNJUDGED, "the gold has no quotation with the word")
    speaker = key.removesuffix("'s")
    if any(speaker_matches(speaker, _names(s)) for s in quoted):
        return Verdict(RIGHT, "", checked, checked)
    return Verdict(WRONG, f"keyed {key}", checked, 0)


def _not_reporting(q: QuestionRecord, gold: GoldView) -> Verdict:
    lines = q.choices[:-1]
    promos = [i for i, line in enumerate(lines) if gold.is_promo(line)]
    checked = len(lines) - (0 if q.control else 1)
    wrong_lines = [i for i in promos if i not in q.answer]
    if wrong_lines:
        return Verdict(WRONG, "a distractor is a gold promo", checked, checked - len(wrong_lines))
    if not q.control and q.answer[0] not in promos:
        return Verdict(WRONG, "the key is not a gold promo", checked, checked)
    return Verdict(RIGHT, "", checked, checked)


def _outlet_compare(q: QuestionRecord, golds: Mapping[str, GoldView], outlets: Mapping[str, str]) -> Verdict:
    subject = re.match(r"Which outlet (quoted|cited) (.+?)( as a source)?\?$", q.prompt)
    choices = q.choices[:-1]
    views = [golds.get(outlets.get(c, "")) for c in choices]
    if subject is None or any(v is None for v in views):
        return Verdict(UNJUDGED, "only quotations and citations are audited")
    topic, name = subject.group(1), subject.group(2)
    did = set()
    for i, view in enumerate(views):
        assert view is not None
        pool = [s for s in view.sources if (s.direct if topic == "quoted" else s.kind == "outlet" and not s.direct)]
        if any(speaker_matches(name, _names(s)) for s in pool):
            did.add(i)
    truth = did or {len(choices)}
    return Verdict(
        RIGHT if truth == set(q.answer) else WRONG,
        "" if truth == set(q.answer) else f"gold: {sorted(truth)}",
        len(q.choices) - len(q.answer),
        len(q.choices) - len(q.answer),
    )


def _names(source: Source) -> str | list[str]:
    return [str(s) for s in source.speaker] if isinstance(source.speaker, list) else str(source.speaker)


_JUDGES: dict[str, Callable[[QuestionRecord, GoldView], Verdict]] = {
    "attribution_type": _attribution_type,
    "who_said": _who_said,
    "unsourced_claim": _unsourced_claim,
    "loaded_word": _loaded_word,
    "neutral_rewrite": _neutral_rewrite,
    "whose_words": _whose_words,
    "not_reporting": _not_reporting,
}
