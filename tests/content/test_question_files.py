"""The question file format: every mistake is reported with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgame.content.articles import parse_article, read_articles
from quizgame.content.errors import ContentError, ContentErrors
from quizgame.content.question_files import (
    dump_question_file,
    parse_question_file,
    read_question_files,
)
from quizgame.content.question_kinds import GENERATED_KINDS

ROOT = Path(__file__).resolve().parents[2]

ARTICLE = parse_article(
    "---\noutlet: O\nheadline: H\npublished: 2024-01-01\nurl: https://e.org\n---\n"
    "The mayor said it was fine. Critics slammed the plan.\n",
    "the-story.md",
)
ARTICLES = {"the-story": ARTICLE}

GOOD = """format: quizgame-questions/1
article: the-story
questions:
- id: q-one
  kind: who_said
  skill: attribution
  prompt: Who said it was fine?
  choices: [The mayor, Critics]
  answer: [0]
  explanation: The sentence says "The mayor said it was fine."
  evidence: {start: 0, end: 27, text: The mayor said it was fine.}
  status: approved
"""


def test_a_well_formed_file_parses():
    parsed = parse_question_file(GOOD, "q.yaml", ARTICLES)
    (question,) = parsed.questions
    assert question.id == "q-one"
    assert question.answer == [0]
    assert question.evidence is not None and question.evidence.text == "The mayor said it was fine."
    assert question.articles == ["the-story"]
    assert question.line == 4


def test_evidence_must_quote_the_article_exactly():
    bad = GOOD.replace("end: 27", "end: 26")
    with pytest.raises(ContentError, match=r"q.yaml:4: question q-one: evidence text does not match"):
        parse_question_file(bad, "q.yaml", ARTICLES)


def test_an_answer_outside_the_choices_is_refused_with_its_line():
    with pytest.raises(ContentError, match=r"q.yaml:4: .*answer must list"):
        parse_question_file(GOOD.replace("answer: [0]", "answer: [5]"), "q.yaml", ARTICLES)


def test_an_unknown_kind_is_refused():
    with pytest.raises(ContentError, match="kind 'guess' is not one of"):
        parse_question_file(GOOD.replace("kind: who_said", "kind: guess"), "q.yaml", ARTICLES)


def test_a_yaml_syntax_error_names_the_line():
    with pytest.raises(ContentError) as caught:
        parse_question_file(GOOD.replace("choices: [The mayor, Critics]", "choices: [The mayor,"), "q.yaml", ARTICLES)
    assert caught.value.path == "q.yaml"
    assert caught.value.line is not None and 8 <= caught.value.line <= 11


def test_several_bad_questions_are_all_reported():
    two = GOOD + GOOD.split("questions:\n")[1].replace("q-one", "q-two")
    two = two.replace("skill: attribution", "skill: nonsense")
    with pytest.raises(ContentErrors) as caught:
        parse_question_file(two, "q.yaml", ARTICLES)
    assert len(caught.value.errors) == 2


def test_writing_is_deterministic_and_reads_back_the_same():
    parsed = parse_question_file(GOOD, "q.yaml", ARTICLES)
    text = dump_question_file("the-story", None, parsed.questions)
    assert dump_question_file("the-story", None, parsed.questions) == text
    again = parse_question_file(text, "q.yaml", ARTICLES)
    assert [(q.id, q.prompt, q.choices, q.answer, q.evidence) for q in again.questions] == [
        (q.id, q.prompt, q.choices, q.answer, q.evidence) for q in parsed.questions
    ]


def test_the_shipped_question_files_are_valid_and_only_use_known_kinds():
    articles = {a.slug: a for a in read_articles(ROOT / "content" / "articles")}
    files = read_question_files(ROOT / "content" / "questions", articles)
    questions = [q for f in files for q in f.questions]
    assert questions
    assert {q.kind for q in questions} <= set(GENERATED_KINDS)
    assert all(q.status in ("candidate", "approved", "rejected") for q in questions)
