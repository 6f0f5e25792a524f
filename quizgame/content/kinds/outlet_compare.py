"""`outlet_compare`: how do the outlets covering one event differ? Which outlet quoted a person,
cited another outlet, or used a loaded word in its own voice. The control asks about something no
outlet did (a person named but quoted by none, say): the answer is "None of them"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quizgame.content.kinds.common import (
    Coverage,
    attribution_span,
    evidence,
    in_quotation,
    make_question,
    nested,
    question_id,
    reporter_vocabulary,
    sentence_at,
    surname,
    with_controls,
)
from quizgame.content.question_files import Evidence, QuestionRecord

KIND = "outlet_compare"
NONE = "None of them"
_MAX_USED = 6
_LESSON = "Comparing outlets shows the choices each one made: what one leaves out, another may put first."


@dataclass(frozen=True)
class _Finding:
    """What one outlet did: the subject of a question, and where it shows in that outlet's text."""

    topic: str  # "quoted", "cited", "used"
    subject: str  # the person, outlet or word (display form)
    key: str  # the subject's identity across outlets
    proof: Evidence


def generate(coverage: Sequence[Coverage]) -> list[QuestionRecord]:
    coverage = sorted(coverage, key=lambda c: c.article.outlet)
    if len({c.article.outlet for c in coverage}) < 2 or not coverage[0].article.event:
        return []
    event = coverage[0].article.event
    findings = [f for item in coverage for f in _findings(item)]
    regular: list[QuestionRecord] = []
    used: list[QuestionRecord] = []
    for (topic, key), group in sorted(_group(findings).items()):
        if topic == "used":
            # Whether an outlet used a word is read from its text, not from what its analysis flagged.
            group = [f for item in coverage for f in _uses(item, group[0].subject)]
        doers = sorted({f.proof.article for f in group})
        if len(doers) == len(coverage):
            continue  # every outlet did it: nothing to tell apart
        question = _question(event, coverage, topic, group[0].subject, key, doers, group[0].proof)
        (used if topic == "used" else regular).append(question)
    # Word-use questions are many and alike: keep a few, chosen by id so the choice is stable.
    regular += sorted(used, key=lambda q: q.id)[:_MAX_USED]
    controls = [
        _question(event, coverage, "quoted", name, key, [], proof)
        for name, key, proof in _named_but_never_quoted(coverage, findings)
    ] + [_question(event, coverage, "used", word, word, [], proof) for word, proof in _only_ever_quoted(coverage)]
    return with_controls(regular, controls)


def _question(
    event: str, coverage: Sequence[Coverage], topic: str, subject: str, key: str, doers: list[str], proof: Evidence
) -> QuestionRecord:
    outlets = [c.article.outlet for c in coverage]
    by_slug = {c.slug: c.article.outlet for c in coverage}
    prompt = {
        "quoted": f"Which outlet quoted {subject}?",
        "cited": f"Which outlet cited {subject} as a source?",
        "used": f'Which outlet used the {"phrase" if " " in subject else "word"} "{subject}" in its own voice, outside any quotation?',
    }[topic]
    if doers:
        rest = " and ".join(by_slug[s] for s in sorted(by_slug) if s not in doers)
        told = (
            f'{" and ".join(by_slug[s] for s in doers)}: {by_slug[proof.article]} writes "{nested(proof.text)}" '
            f"{rest} did not."
        )
    elif topic == "used":
        told = (
            f'None did. The word appears only inside a quotation: {by_slug[proof.article]} writes "{nested(proof.text)}" '
            "Quoting a speaker's loaded word is not the same as using it."
        )
    else:
        told = f'None did. {by_slug[proof.article]} names {subject} ("{nested(proof.text)}") but quotes no words of theirs.'
    answer = [outlets.index(by_slug[s]) for s in doers] or [len(outlets)]
    return make_question(
        KIND,
        question_id(KIND, event, topic, key),
        prompt,
        [*outlets, NONE],
        answer,
        f"{told} {_LESSON}",
        proof,
        articles=sorted(by_slug),
        difficulty=3 if len(doers) > 1 else 2,
        control=not doers,
    )


def _findings(item: Coverage) -> list[_Finding]:
    found = []
    for a in item.analysis.attributions:
        if a.direct and a.speaker_kind in ("named", "social_media"):
            found.append(_Finding("quoted", a.speaker, surname(a.speaker), evidence(item, *attribution_span(a))))
    for s in item.analysis.secondhand:
        if not outlet_name(s.outlet)[:1].isupper():
            continue  # "the local news outlet": which outlet it is, the text does not say here
        span = _sentence_span(item, s.start, s.end)
        found.append(_Finding("cited", outlet_name(s.outlet), outlet_key(s.outlet), evidence(item, *span)))
    for t in item.analysis.loaded_terms:
        if not in_quotation(item.body, t.start):
            found.append(
                _Finding("used", t.term.lower(), t.term.lower(), evidence(item, *_sentence_span(item, t.start, t.end)))
            )
    return found


def _uses(item: Coverage, word: str) -> list[_Finding]:
    """The first use of `word` in the reporter's own voice, if any."""
    if " " not in word and word not in reporter_vocabulary(item.body):
        return []  # the quick answer for most words and outlets
    for match in re.finditer(rf"\b{re.escape(word)}\b", item.body, re.IGNORECASE):
        if not in_quotation(item.body, match.start()):
            return [_Finding("used", word, word, evidence(item, *_sentence_span(item, match.start(), match.end())))]
    return []


def _sentence_span(item: Coverage, start: int, end: int) -> tuple[int, int]:
    sentence = sentence_at(item.analysis, start)
    return (sentence.start, sentence.end) if sentence else (start, end)


def _group(findings: list[_Finding]) -> dict[tuple[str, str], list[_Finding]]:
    grouped: dict[tuple[str, str], list[_Finding]] = {}
    for finding in findings:
        grouped.setdefault((finding.topic, finding.key), []).append(finding)
    return grouped


def _only_ever_quoted(coverage: Sequence[Coverage]) -> list[tuple[str, Evidence]]:
    """Loaded words of the coverage that some outlet prints only inside a quotation, and no outlet
    uses in its own voice."""
    words = sorted({t.term.lower() for item in coverage for t in item.analysis.loaded_terms})
    found = []
    for word in words:
        if any(_uses(item, word) for item in coverage):
            continue
        for item in coverage:
            match = re.search(rf"\b{re.escape(word)}\b", item.body, re.IGNORECASE)
            if match is not None:
                found.append((word, evidence(item, *_sentence_span(item, match.start(), match.end()))))
                break
    return found


def _named_but_never_quoted(coverage: Sequence[Coverage], findings: list[_Finding]) -> list[tuple[str, str, Evidence]]:
    quoted = {f.key for f in findings if f.topic == "quoted"}
    found: dict[str, tuple[str, str, Evidence]] = {}
    for item in coverage:
        for person in item.analysis.people:
            key = surname(person)
            at = item.body.find(person)
            if key in quoted or key in found or at < 0 or len(person.split()) < 2:
                continue
            found[key] = (person, key, evidence(item, *_sentence_span(item, at, at + len(person))))
    return [found[k] for k in sorted(found)]


def outlet_name(outlet: str) -> str:
    return re.sub(r"^the\s+", "", outlet.strip(), flags=re.IGNORECASE)


def outlet_key(outlet: str) -> str:
    """ "KOMO News", "Komo News", "Seattle ABC affiliate KOMO": one outlet, key "komo"."""
    words = [
        w for w in re.findall(r"[\w-]+", outlet.lower()) if w not in ("the", "news", "seattle", "affiliate", "abc")
    ]
    return words[-1] if words else outlet.lower()
