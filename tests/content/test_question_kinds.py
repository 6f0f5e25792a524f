"""The question-kind registry: every kind registered once with its generator, every curated
question of a known kind and skill, and each kind's flags as pages and scoring rely on them."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from quizgame.content.articles import read_articles
from quizgame.content.errors import ContentError
from quizgame.content.question_files import parse_question_file, read_question_files
from quizgame.content.question_kinds import GENERATED_KINDS, KINDS, OWN, REGISTERED, SKILLS, kind_of, skill_of

ROOT = Path(__file__).resolve().parents[2]
KIND_MODULES = ROOT / "quizgame" / "content" / "kinds"


def _curated():
    articles = {a.slug: a for a in read_articles(ROOT / "content" / "articles")}
    return [q for f in read_question_files(ROOT / "content" / "questions", articles) for q in f.questions]


def test_every_kind_is_registered_once_under_its_name():
    names = [kind.name for kind in REGISTERED]
    assert len(names) == len(set(names))
    assert list(KINDS) == names and all(KINDS[name].name == name for name in names)
    assert kind_of("loaded_word") is KINDS["loaded_word"]
    with pytest.raises(LookupError, match="'multiple_choice' is not a question kind"):
        kind_of("multiple_choice")


def test_every_generator_module_is_a_registered_kind_and_the_kind_runs_its_generate():
    modules = {p.stem for p in KIND_MODULES.glob("*.py") if re.search(r"^def generate\(", p.read_text(), re.M)}
    assert modules == set(GENERATED_KINDS)
    for kind in GENERATED_KINDS.values():
        parameters = list(inspect.signature(kind.generate).parameters)
        assert kind.generate.__module__ == f"quizgame.content.kinds.{kind.name}"
        # An article generator reads one article and the other outlets; an event generator all of them.
        assert len(parameters) == (2 if kind.generated_from == "article" else 1), kind.name


def test_every_generated_kind_practises_one_skill_and_every_skill_is_practised():
    assert {skill_of(name) for name in GENERATED_KINDS} == set(SKILLS)
    assert OWN.skill is None and OWN.generated_from is None
    with pytest.raises(LookupError):
        skill_of("own")
    with pytest.raises(LookupError, match="no generator makes 'own' questions"):
        _ = OWN.generate


def test_every_curated_question_is_of_a_known_generated_kind_and_its_skill():
    questions = _curated()
    assert {q.kind for q in questions} == set(GENERATED_KINDS), "the curated set has every kind"
    assert [q.id for q in questions if q.skill != skill_of(q.kind)] == []


def test_a_question_file_takes_only_generated_kinds():
    articles = {a.slug: a for a in read_articles(ROOT / "content" / "articles")}
    slug = next(iter(articles))
    text = (
        f"format: quizgame-questions/1\narticle: {slug}\nquestions:\n- id: q-own\n  kind: own\n  skill: sourcing\n"
        "  prompt: P?\n  choices: [A, B]\n  answer: 0\n  explanation: E.\n"
    )
    with pytest.raises(ContentError, match="kind 'own' is not one of who_said, attribution_type"):
        parse_question_file(text, "q.yaml", articles)


def test_only_tap_the_word_is_tapped_keeps_its_order_and_repeats_words():
    assert [k.name for k in REGISTERED if k.tap] == ["loaded_word"]
    tap, choice = KINDS["loaded_word"], KINDS["who_said"]
    assert not tap.shuffles_choices and choice.shuffles_choices
    assert tap.choices_distinct(["the", "mob", "the"]) and not choice.choices_distinct(["A", "A"])
    assert tap.hint and "Tap every loaded word" in tap.hint
    assert [k.name for k in REGISTERED if k.hint] == ["loaded_word"]


def test_several_answers_for_a_key_of_several_or_any_tap_the_word():
    assert KINDS["loaded_word"].takes_several_answers([3])
    assert KINDS["who_said"].takes_several_answers([0, 2])
    assert not KINDS["who_said"].takes_several_answers([1])
    assert not OWN.takes_several_answers([0]) and OWN.takes_several_answers([0, 1])


def test_the_passage_waits_for_the_answer_where_the_choices_are_passages():
    assert {k.name for k in REGISTERED if not k.passage_first} == {"unsourced_claim", "not_reporting", "outlet_compare"}
    assert [k.name for k in REGISTERED if k.blanks_speaker] == ["who_said"]
    assert [k.name for k in REGISTERED if k.compares_outlets] == ["outlet_compare"]
    assert [k.name for k in REGISTERED if k.generated_from == "event"] == ["outlet_compare"]


def test_fixed_wordings_and_own_questions():
    assert [k.name for k in REGISTERED if k.fixed_options] == ["attribution_type"]
    assert [k.name for k in REGISTERED if not k.about_article] == ["own"]
    assert "own" not in GENERATED_KINDS
    assert KINDS["outlet_compare"].label == "outlet compare"


def _names_outside_the_registry() -> list[str]:
    """Lines of code or templates that name a generated kind, other than the registry, the kind's
    own generator (`KIND = "who_said"`) and the audit's table of per-kind judges."""
    names = "|".join(GENERATED_KINDS)
    literal = re.compile(rf"""["']({names})["']|\bkind\s*[!=]=\s*["']own["']""")
    allowed = {
        ROOT / "quizgame" / "content" / "question_kinds.py",
        ROOT / "quizgame" / "content" / "audit" / "judge.py",
    }
    found = []
    for path in [*(ROOT / "quizgame").rglob("*.py"), *(ROOT / "templates").rglob("*.html")]:
        if path in allowed:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = literal.search(line)
            if match and line.strip() != f'KIND = "{path.stem}"':
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def test_code_and_templates_ask_the_kind_and_never_compare_its_name():
    assert _names_outside_the_registry() == []
