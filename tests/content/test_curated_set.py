"""The curated question set against the teacher's review of 2026-12 (tests/data/reviews/, a copy of
shared/reviews/curated-questions-2026-12.tsv): every row is addressed in content/questions, and no
tap-the-word item marks wrong a word that another approved item teaches is loaded in the same sentence."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from quizgame.content.articles import read_articles
from quizgame.content.question_files import QuestionRecord, read_question_files

ROOT = Path(__file__).resolve().parents[2]
REVIEW = ROOT / "tests" / "data" / "reviews" / "curated-questions-2026-12.tsv"
NO_LOADED_WORD = "No loaded word"
ELLIPSIS = "…"
# Grammatical words a rewrite changes only to fit its new phrase ("fired back at" -> "responded to").
FUNCTION_WORDS = frozenset("a an the as at on in of to by for from with was were is are has have had that it".split())


def _questions() -> dict[str, QuestionRecord]:
    articles = {a.slug: a for a in read_articles(ROOT / "content" / "articles")}
    files = read_question_files(ROOT / "content" / "questions", articles)
    return {q.id: q for f in files for q in f.questions}


QUESTIONS = _questions()
ROWS = [
    row
    for row in csv.reader(REVIEW.read_text(encoding="utf-8").splitlines(), delimiter="\t")
    if row and row[0].isdigit()
]


def test_the_review_copy_lists_its_33_rows():
    assert len(ROWS) == 33
    assert {row[2] for row in ROWS} == {"E", "D"}


@pytest.mark.parametrize("number, qid, verdict, key, reason", ROWS, ids=[row[1] for row in ROWS])
def test_every_reviewed_row_is_edited_or_rejected_with_the_note_recorded(number, qid, verdict, key, reason):
    question = QUESTIONS[qid]
    review = question.review
    assert review.get("teacher_review") == f"curated-questions-2026-12.tsv row {number}"
    assert review.get("teacher_verdict") == f"{verdict}, key {key}"
    assert review.get("teacher_note") == reason
    assert review.get("teacher_done"), "say what was done about it"
    if verdict == "D" or review["teacher_done"].startswith("rejected"):
        assert question.status == "rejected"


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w’'-]+", text)]


def _taught_loaded(question: QuestionRecord) -> set[str]:
    """The words an approved item teaches are loaded in its evidence sentence: a tap item's key, or
    the words a neutral rewrite's keyed choice takes out of the original sentence."""
    if question.kind == "loaded_word":
        return {question.choices[i].lower() for i in question.answer if question.choices[i] != NO_LOADED_WORD}
    if question.kind == "neutral_rewrite" and question.evidence is not None:
        keyed = question.choices[question.answer[0]]
        original = next((c for c in question.choices if c.strip(ELLIPSIS + " ") in question.evidence.text), None)
        if original is None or original == keyed:
            return set()
        return set(_words(original)) - set(_words(keyed)) - FUNCTION_WORDS
    return set()


def _overlap(a: QuestionRecord, b: QuestionRecord) -> bool:
    ea, eb = a.evidence, b.evidence
    return ea is not None and eb is not None and ea.article == eb.article and ea.start < eb.end and eb.start < ea.end


APPROVED = [q for q in QUESTIONS.values() if q.status == "approved"]
TAPS = [q for q in APPROVED if q.kind == "loaded_word"]


@pytest.mark.parametrize("tap", TAPS, ids=[q.id for q in TAPS])
def test_no_tap_item_marks_wrong_a_word_another_item_teaches_is_loaded(tap):
    keyed = _taught_loaded(tap)
    words = {c.lower() for c in tap.choices}
    for other in APPROVED:
        if other is tap or not _overlap(tap, other):
            continue
        missing = (_taught_loaded(other) & words) - keyed
        assert not missing, f"{other.id} teaches {sorted(missing)} as loaded; {tap.id} keys only {sorted(keyed)}"


def test_the_rule_above_has_items_to_check():
    pairs = [(t, o) for t in TAPS for o in APPROVED if o is not t and _overlap(t, o) and _taught_loaded(o)]
    assert len(pairs) >= 5


DOUBLED_MARKS = re.compile(r'""|“"|"“|”"|"”|“”|”“')


@pytest.mark.parametrize("qid", sorted(QUESTIONS))
def test_no_explanation_or_prompt_doubles_its_quotation_marks(qid):
    """'The article reads: ""I'm standing ...""' (issue 16: 9): a quoted passage's own marks become single ones."""
    question = QUESTIONS[qid]
    for text in (question.prompt, question.explanation, *question.choices):
        assert not DOUBLED_MARKS.search(text), text


def test_no_question_shows_the_date_line_the_seed_texts_were_received_with():
    for question in QUESTIONS.values():
        for text in (question.prompt, question.explanation, question.excerpt or "", *question.choices):
            assert not re.search(r"\bdate \d{4}-\d\d-\d\d\b", text), question.id


def test_curated_not_reporting_items_ask_in_the_generators_words():
    """The curated set kept "Which of these lines is not part of the reporting?" and "None of them:
    every line is reporting" after the generator changed both: the control's key repeated the prompt's
    word, which "pick the option that repeats the prompt" finds. One wording in both."""
    from quizgame.content.kinds.not_reporting import NONE, PROMPT

    items = [q for q in QUESTIONS.values() if q.kind == "not_reporting"]
    assert items
    for question in items:
        assert question.prompt == PROMPT, question.id
        assert question.choices[-1] == NONE, question.id
