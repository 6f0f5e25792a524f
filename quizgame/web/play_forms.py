"""Student forms: the join code, the name, and an answer."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField, SelectMultipleField, StringField
from wtforms.validators import Length


class NameForm(FlaskForm):
    code = HiddenField()
    nickname = StringField("Nickname", validators=[Length(max=60)])
    roster_student = SelectField("Your name", coerce=int, validate_choice=False)


class AnswerForm(FlaskForm):
    # Positions on the player's screen, mapped back to the question's own indexes by the domain.
    choice = SelectMultipleField("Your answer", coerce=int, validate_choice=False)
