"""What every generated question promises, whatever its kind, checked on the three seed articles."""

from __future__ import annotations

from collections import Counter

import pytest

from quizgame.content.articles import read_articles
from quizgame.content.kinds import ARTICLE_GENERATORS, EVENT_GENERATORS, article_questions, event_questions
from quizgame.content.kinds.common import nested
from quizgame.content.question_files import dump_question_file, parse_question_file
from quizgame.content.question_kinds import GENERATED_KINDS, skill_of
from tests.content.kinds.seed_analysis import ARTICLES, seed_coverage

COVERAGE = seed_coverage()
BODIES = {c.slug: c.body for c in COVERAGE}


def generate_all():
    questions = []
    for item in COVERAGE:
        questions += article_questions(item, [o for o in COVERAGE if o is not item])
    return questions + event_questions(COVERAGE)


QUESTIONS = generate_all()


def test_all_eight_kinds_are_registered_and_generate_something():
    assert set(ARTICLE_GENERATORS) | set(EVENT_GENERATORS) == set(GENERATED_KINDS)
    assert {q.kind for q in QUESTIONS} == set(GENERATED_KINDS)


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: f"{q.kind}-{q.id}")
def test_a_question_is_complete_and_its_evidence_is_the_article_text(question):
    assert question.prompt and question.explanation and question.status == "candidate"
    assert question.skill == skill_of(question.kind)
    assert 1 <= question.difficulty <= 3
    assert question.answer and all(0 <= a < len(question.choices) for a in question.answer)
    if not GENERATED_KINDS[question.kind].tap:
        assert len(set(question.choices)) == len(question.choices), "choices must be distinct"
    evidence = question.evidence
    assert evidence is not None and evidence.article in question.articles
    assert BODIES[evidence.article][evidence.start : evidence.end] == evidence.text
    # Quoted in our own marks, its marks made single when they pair up or touch ours (issue 16: 9).
    assert nested(evidence.text) in question.explanation, "the explanation quotes the evidence sentence"


def test_every_kind_has_controls_and_at_least_one_question_in_five_is_one():
    for kind in GENERATED_KINDS:
        made = [q for q in QUESTIONS if q.kind == kind]
        controls = sum(q.control for q in made)
        assert controls >= 1 and 0.1 <= controls / len(made) <= 0.7, (kind, controls, len(made))
    assert sum(q.control for q in QUESTIONS) / len(QUESTIONS) >= 0.2


def test_generation_is_deterministic_and_ids_are_unique():
    again = generate_all()
    assert again == QUESTIONS
    assert len({q.id for q in QUESTIONS}) == len(QUESTIONS)


def test_generated_questions_pass_the_question_file_checks():
    articles = {a.slug: a for a in read_articles(ARTICLES)}
    for slug in BODIES:
        text = dump_question_file(slug, None, [q for q in QUESTIONS if q.articles == [slug]])
        assert len(parse_question_file(text, f"{slug}.yaml", articles).questions) > 5
    text = dump_question_file(None, "seattle-chaz-2020", [q for q in QUESTIONS if q.kind == "outlet_compare"])
    assert parse_question_file(text, "event.yaml", articles).questions


def test_ids_survive_a_change_in_wording_elsewhere_in_the_analysis():
    """Ids come from what a question is about, so dropping one finding leaves the others' ids alone."""
    item = COVERAGE[1]
    fewer = type(item.analysis)(**{**item.analysis.__dict__, "promos": item.analysis.promos[:1]})
    before = {q.id for q in ARTICLE_GENERATORS["loaded_word"](item, [])}
    after = {q.id for q in ARTICLE_GENERATORS["loaded_word"](type(item)(item.article, fewer), [])}
    assert before == after
    assert Counter(q.kind for q in QUESTIONS)["loaded_word"] >= 3


def test_an_article_generator_that_finds_one_question_twice_yields_it_once(monkeypatch):
    """Two findings about one sentence make the same question (same id): it is asked once, the first kept."""
    import quizgame.content.kinds as kinds

    item = COVERAGE[0]
    made = ARTICLE_GENERATORS["attribution_type"](item, [])
    assert made
    for kind in kinds.ARTICLE_GENERATORS:  # alone, so that no other kind's item on one sentence is preferred
        monkeypatch.setitem(kinds.ARTICLE_GENERATORS, kind, lambda item, others: [])
    monkeypatch.setitem(kinds.ARTICLE_GENERATORS, "attribution_type", lambda item, others: made + made[:1])
    ids = [q.id for q in kinds.article_questions(item, []) if q.kind == "attribution_type"]
    assert ids == [q.id for q in made]
