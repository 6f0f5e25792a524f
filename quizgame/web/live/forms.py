"""Forms of the live game: the teacher's control buttons and a student's answer."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import IntegerField
from wtforms.validators import InputRequired, NumberRange, Optional

from quizgame.web.play import forms as play_forms


class ControlForm(FlaskForm):
    # The version the teacher's screen showed: a second click on a stale screen is refused, so a
    # double click on "Next" never skips a question.
    version = IntegerField(validators=[Optional()])


class AnswerForm(play_forms.AnswerForm):
    """The self-paced answer form, plus which question it answers: an answer meant for a question
    the teacher has already closed must not count for the next one."""

    position = IntegerField(validators=[InputRequired("The question is missing."), NumberRange(min=0)])

    def validate(self, extra_validators=None) -> bool:  # type: ignore[no-untyped-def]
        valid = super().validate(extra_validators)
        if not self.choice.data:
            self.choice.errors = [*self.choice.errors, "Choose an answer first."]
            return False
        return valid
