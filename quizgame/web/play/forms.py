"""Student forms: the join code, the name, and an answer."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField, SelectMultipleField, StringField
from wtforms.validators import Length


class NameForm(FlaskForm):
    code = HiddenField()
    nickname = StringField("Nickname", validators=[Length(max=60)])
    roster_student = SelectField("Your name", coerce=int, validate_choice=False)


class RejoinForm(FlaskForm):
    code = HiddenField()
    rejoin_code = StringField("Rejoin code from your teacher", validators=[Length(max=20)])


class PositionsField(SelectMultipleField):
    """Choice positions on the player's screen. A tap-the-word unit of several words sends them all
    in one value ("1-2", quizgame.game.tap_words), read here as the positions it stands for."""

    def process_formdata(self, valuelist: list[str]) -> None:
        try:
            self.data = [int(part) for value in valuelist for part in str(value).split("-")]
        except ValueError as exc:
            self.data = []
            raise ValueError(self.gettext("Invalid choice(s): one or more data inputs could not be coerced.")) from exc


class AnswerForm(FlaskForm):
    class Meta:
        # CSRFProtect checks every POST's token before any view runs (quizgame.extensions). The
        # form's own check would sign a fresh token on every answer only to find it already
        # checked; the page carries the request's token itself (play/question.html).
        csrf = False

    # Positions on the player's screen, mapped back to the question's own indexes by the domain.
    choice = PositionsField("Your answer", coerce=int, validate_choice=False)
