"""The account forms. Flask-WTF adds the CSRF token to each of them."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, StringField
from wtforms.validators import DataRequired, EqualTo, Length, Regexp, ValidationError

from quizgame.web.auth.passwords import MIN_LENGTH, password_problem

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

    def validate_password(self, field: PasswordField) -> None:
        if len(field.data or "") < MIN_LENGTH:
            return  # the Length validator has said so
        problem = password_problem(field.data or "", self.email.data or "")
        if problem:
            raise ValidationError(problem)


class LoginForm(FlaskForm):
    email = EmailField("E-mail", validators=[DataRequired()])
    password = PasswordField("Password", validators=[DataRequired()])


class ForgotPasswordForm(FlaskForm):
    email = EmailField("E-mail", validators=[DataRequired(), Length(max=254)])


class NewPasswordForm(FlaskForm):
    """The e-mailed link's form: the same rules as at sign-up, against the account's e-mail."""

    password = PasswordField(
        "New password", validators=[DataRequired(), Length(min=10, max=200, message="Use at least 10 characters.")]
    )
    confirm = PasswordField(
        "Repeat the password", validators=[DataRequired(), EqualTo("password", message="The passwords differ.")]
    )

    def __init__(self, email: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(**kwargs)
        self.account_email = email

    def validate_password(self, field: PasswordField) -> None:
        if len(field.data or "") < MIN_LENGTH:
            return  # the Length validator has said so
        problem = password_problem(field.data or "", self.account_email)
        if problem:
            raise ValidationError(problem)
