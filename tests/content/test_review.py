"""Review decisions and edits keep the rules and are recorded with who, when and what changed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from quizgame.content.review import InvalidEdit, QuestionEdit, edit, resolve, set_status
from quizgame.extensions import db
from quizgame.models import ReviewAction
from tests.curation_samples import save_sample
from tests.factories import make_teacher


def _edit(**changes):  # type: ignore[no-untyped-def]
    base = dict(
        prompt="Who said it?",
        choices=["Ana Lopez", "Tom Reyes", "The reporter"],
        answers=["Ana Lopez"],
        explanation="Named in the sentence.",
        difficulty=2,
    )
    return QuestionEdit(**{**base, **changes})


def test_approving_records_the_teacher_time_and_status_change(app_ctx):
    teacher = make_teacher()
    _, (who, _) = save_sample(teacher.id)
    set_status(db.session, who, teacher.id, "approve")
    db.session.commit()
    action = db.session.scalars(select(ReviewAction)).one()
    assert (action.question_id, action.teacher_id, action.action) == (who.id, teacher.id, "approve")
    assert action.changes == {"status": {"from": "candidate", "to": "approved"}}
    assert action.at is not None and who.status == "approved"


def test_an_edit_records_a_field_level_diff_of_what_changed_only(app_ctx):
    teacher = make_teacher()
    _, (who, _) = save_sample(teacher.id)
    edit(db.session, who, teacher.id, _edit(choices=["Tom Reyes", "Ana Lopez", "The reporter"], answers=["Ana Lopez"]))
    db.session.commit()
    action = db.session.scalars(select(ReviewAction)).one()
    assert action.action == "edit"
    assert action.changes == {
        "prompt": {"from": 'Who said "We are pleased with the work"?', "to": "Who said it?"},
        "choices": {
            "from": ["Ana Lopez", "Tom Reyes", "The reporter"],
            "to": ["Tom Reyes", "Ana Lopez", "The reporter"],
        },
        "correct": {"from": [0], "to": [1]},
        "explanation": {"from": "The sentence names Ana Lopez.", "to": "Named in the sentence."},
        "difficulty": {"from": 1, "to": 2},
    }


def test_an_edit_that_changes_nothing_records_nothing(app_ctx):
    teacher = make_teacher()
    _, (who, _) = save_sample(teacher.id)
    same = QuestionEdit(who.prompt, list(who.choices), ["Ana Lopez"], who.explanation, who.difficulty)
    assert edit(db.session, who, teacher.id, same) is None
    assert db.session.scalars(select(ReviewAction)).all() == []


@pytest.mark.parametrize(
    "changes, field, message",
    [
        (dict(answers=["Ana Lopez", "Tom Reyes"]), "answers", "exactly one choice must be correct"),
        (dict(answers=[]), "answers", "Name the correct answer"),
        (dict(answers=["Jenny Durkan"]), "answers", "not one of the choices"),
        (dict(choices=["Ana Lopez", "ana lopez", "X"]), "choices", "distinct"),
        (dict(choices=["Ana Lopez"]), "choices", "at least two"),
        (dict(explanation="  "), "explanation", "required"),
    ],
)
def test_edits_that_break_a_rule_are_refused_and_change_nothing(app_ctx, changes, field, message):
    teacher = make_teacher()
    _, (who, _) = save_sample(teacher.id)
    with pytest.raises(InvalidEdit) as refused:
        edit(db.session, who, teacher.id, _edit(**changes))
    assert message in refused.value.problems[field]
    db.session.rollback()
    assert who.prompt.startswith('Who said "We are')
    assert db.session.scalars(select(ReviewAction)).all() == []


def test_a_tap_the_word_answer_must_be_a_word_of_the_sentence(app_ctx):
    teacher = make_teacher()
    _, (_, tap) = save_sample(teacher.id)
    _, correct, problems = resolve(tap, _edit(answers=["slammed,", "Disaster"], choices=["ignored"]))
    assert problems == {} and correct == [1, 6]
    _, _, problems = resolve(tap, _edit(answers=["praised"]))
    assert problems["answers"] == "“praised” is not a word of the sentence."


def test_tap_the_word_choices_stay_the_words_of_the_sentence(app_ctx):
    teacher = make_teacher()
    _, (_, tap) = save_sample(teacher.id)
    words = list(tap.choices)
    edit(db.session, tap, teacher.id, _edit(choices=["other"], answers=["disaster"]))
    assert tap.choices == words and tap.correct == [6]
