"""`whose_words`: is this word the reporter's, or a quoted speaker's?

A loaded word outside quotation marks is the reporter's own choice. The control asks about a
telling word inside a quotation: it is the speaker's, properly attributed, and the reporter is
not the one using it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgame.content.analysis.model import Attribution
from quizgame.content.kinds import gate, speakers
from quizgame.content.kinds.common import (
    Checks,
    Coverage,
    Word,
    attribution_span,
    display_name,
    evidence,
    in_quotation,
    inner,
    make_question,
    nested,
    once,
    question_id,
    reporter_vocabulary,
    seeded_order,
    sentence_at,
    spread_keys,
    window,
    words,
)
from quizgame.content.kinds.evaluative import judging_word
from quizgame.content.kinds.loaded_word import lesson as loaded_lesson
from quizgame.content.question_files import QuestionRecord

KIND = "whose_words"
REPORTER = "The reporter's"


def generate(item: Coverage, others: Sequence[Coverage]) -> list[QuestionRecord]:
    regular: list[QuestionRecord] = []
    seen: set[str] = set()
    checks: Checks = {}  # each name's checks, once for all of the article's items
    for term in item.analysis.loaded_terms:
        if in_quotation(item.body, term.start) or not gate.loaded_ok(term, item.body):
            continue
        if gate.in_reported_speech(item.analysis, item.body, term.start, term.end):
            continue  # paraphrased speech: the word is the source's, so "the reporter's" would be a wrong key
        span = _term_sentence(item, term.start, term.sentence_start, term.sentence_end)
        word = Word(item.body[term.start : term.end], term.start, term.end)
        lesson = (
            f'"{word.text}" is outside the quotation marks, so it is the reporter\'s choice of word, not '
            f"something a source said. {loaded_lesson(term)}"
        )
        question = _question(item, word, span, None, lesson, seen, checks)
        if question is not None:
            regular.append(question)
    controls: list[QuestionRecord] = []
    for attribution in item.analysis.attributions:
        if (
            attribution.direct
            and attribution.speaker_kind == "named"
            and gate.keys_speaker(attribution, gate.WORD_OWNER_BANDS)
        ):
            question = _speaker_question(item, attribution, seen, checks)
            if question is not None:
                controls.append(question)
    # "The reporter's" is one fixed option: it keys at most two items for three a speaker's name keys,
    # so that always answering it is no winning strategy.
    keep = min(len(regular), max(1, (2 * len(controls)) // 3) if controls else 0)
    chosen = sorted(regular, key=lambda q: q.id)[:keep] + sorted(controls, key=lambda q: q.id)[: 2 * keep + 1]
    return spread_keys(chosen, 0, item.slug, first=1)


def _speaker_question(
    item: Coverage, attribution: Attribution, seen: set[str], checks: Checks | None = None
) -> QuestionRecord | None:
    checks = {} if checks is None else checks
    span = attribution_span(attribution)
    if not gate.speaker_shown(item.analysis, item.body, attribution.speaker, *span, attribution.cue):
        return None
    if speakers.shares_statement(item.body[span[0] : span[1]], attribution.speaker):
        return None  # "Lopez and Reed said": the word is theirs, not one speaker's
    quoted = [
        w
        for w in words(item.body, *span)
        if in_quotation(item.body, w.start)
        and judging_word(w.text)
        and w.text.lower() not in reporter_vocabulary(item.body)
    ]
    if not quoted:
        return None
    word = max(quoted, key=lambda w: len(w.text))  # the longest of the speaker's own words
    name = once(checks, speakers.clean, item, attribution.speaker, attribution.speaker, item.body)
    if name is None:
        return None  # the key itself would read as a broken name
    speaker = display_name(name)
    lesson = (
        f'"{word.text}" is inside the quotation marks: it is {speaker}\'s own word, reported as said. '
        "The reporter attributes it properly and lets the speaker answer for it."
    )
    return _question(item, word, span, speaker, lesson, seen)


def _question(
    item: Coverage,
    word: Word,
    span: tuple[int, int] | None,
    speaker: str | None,
    lesson: str,
    seen: set[str],
    checks: Checks | None = None,
) -> QuestionRecord | None:
    if span is None:
        return None
    proof = evidence(item, *span)
    qid = question_id(KIND, item.slug, proof.text, word.text.lower())
    owner = speakers.possessive(speaker) if speaker else REPORTER
    voices = _voices(item, exclude=owner, owner=speaker, checks=checks)
    if qid in seen or len(voices) < 2:
        return None
    seen.add(qid)
    people = seeded_order([*voices[:2], *([owner] if speaker else [])], qid)
    choices = [REPORTER, *people]
    return make_question(
        KIND,
        qid,
        f'In "{inner(without_stray_close(window(item.body, *span, word.start, word.end)))}", whose word is '
        f'"{word.text}"?',
        choices,
        [choices.index(owner)],
        f'The article reads: "{nested(proof.text)}" {lesson}',
        proof,
        articles=[item.slug],
        difficulty=2 if speaker else 3,
        control=speaker is not None,
    )


def _term_sentence(item: Coverage, start: int, sentence_start: int, sentence_end: int) -> tuple[int, int] | None:
    if sentence_end > sentence_start:
        return sentence_start, sentence_end
    sentence = sentence_at(item.analysis, start)
    return (sentence.start, sentence.end) if sentence else None


def _voices(item: Coverage, exclude: str, owner: str | None = None, checks: Checks | None = None) -> list[str]:
    """Whose words the article carries besides the reporter: its named speakers and the outlets it
    cites, as clean names (never "The decree's" or "Analysts's"), the owner's type first."""
    checks = {} if checks is None else checks
    raw = [a.speaker for a in item.analysis.attributions if a.speaker_kind in ("named", "social_media")]
    raw += [s.outlet for s in item.analysis.secondhand]
    names = [n for n in (once(checks, speakers.clean, item, r, r, item.body) for r in raw) if n]
    if owner:
        known = speakers.institutions(item.analysis)

        def is_person(name: str) -> bool:
            return once(checks, speakers.is_person, item, name, name, item.body, known)

        person = is_person(owner)
        names.sort(key=lambda n: is_person(n) != person)  # stable: article order kept
    voices: list[str] = []
    for name in names:
        voice = speakers.possessive(display_name(name))
        if voice != exclude and voice not in voices:
            voices.append(voice)
    return voices


_DOUBLE_MARK = re.compile(r'["“”]')


def without_stray_close(text: str) -> str:
    """A window cut inside a quotation ("… It was incredible to work with my husband."") keeps the
    quotation's closing mark and not its opening one: made single inside the prompt's own marks, it read
    'husband.'"' (a teacher's reading of styles7 and styles8; likewise '... to Seattle.'', '... response'.').
    An odd closing double mark at the end of a window whose start was cut is dropped."""
    marks = list(_DOUBLE_MARK.finditer(text))
    if not text.startswith("… ") or len(marks) % 2 == 0:
        return text
    last = marks[-1]
    if text[last.start() - 1 : last.start()].isspace() or re.search(r"[^\s.,;:!?…]", text[last.end() :]):
        return text  # an opening mark, or one with words after it: not the quotation's end
    return text[: last.start()] + text[last.end() :]
