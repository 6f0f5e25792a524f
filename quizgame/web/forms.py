"""Teacher forms: accounts and classrooms. Flask-WTF adds the CSRF token to each of them."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, HiddenField, PasswordField, StringField, TextAreaField
from wtforms.validators import DataRequired, EqualTo, Length, Regexp

EMAIL_SHAPE = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


class SignupForm(FlaskForm):
    name = StringField("Your name", validators=[DataRequired(), Length(max=100)])
    email = EmailField(
        "E-mail", validators=[DataRequired(), Length(max=254), Regexp(EMAIL_SHAPE, message="Enter an e-mail address.")]
    )
    password = PasswordField(
        "Password", validators=[DataRequired(), Length(min=10, max=200, message="Use at least 10 characters.")]
    )
    confirm = PasswordField(
        "Repeat the password", validators=[DataRequired(), EqualTo("password", message="The passwords differ.")]
    )


class LoginForm(FlaskForm):
    email = EmailField("E-mail", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])


class ActionForm(FlaskForm):
    """A POST button with nothing to fill in (log out, archive, open, close, remove): CSRF only."""


class RemovePlayerForm(FlaskForm):
    """The confirmed removal of a player; deleting their answers is a separate, explicit choice."""

    delete_answers = BooleanField("Also delete their answers from the reports and CSV files (this cannot be undone)")
    back = HiddenField()


class ClassroomForm(FlaskForm):
    name = StringField("Classroom name", validators=[DataRequired(), Length(max=100)])


class RosterForm(FlaskForm):
    names = TextAreaField(
        "Add students (one display name a line)", validators=[DataRequired(), Length(max=10000)]
    )
