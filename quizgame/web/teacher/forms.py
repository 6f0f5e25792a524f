"""Teacher forms: classrooms, rosters and players. Flask-WTF adds the CSRF token to each of them."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired, FileSize
from wtforms import BooleanField, HiddenField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length


class RemovePlayerForm(FlaskForm):
    """The confirmed removal of a player; deleting their answers is a separate, explicit choice."""

    delete_answers = BooleanField("Also delete their answers from the reports and CSV files (this cannot be undone)")
    close_to_new_players = BooleanField(
        "Also stop anyone new joining this room, so they cannot come back from another device under a new name"
        " (students already in it play on; the room page lets new players in again)"
    )
    back = HiddenField()


class ClassroomForm(FlaskForm):
    name = StringField("Classroom name", validators=[DataRequired(), Length(max=100)])


class RosterForm(FlaskForm):
    names = TextAreaField(
        "Add students (one a line: the display name, then optionally the e-mail and the school id)",
        validators=[DataRequired(), Length(max=100_000)],
    )


class RosterUploadForm(FlaskForm):
    file = FileField(
        "Roster file (.csv from Google Classroom, Canvas or Moodle)",
        validators=[
            FileRequired("Choose a CSV file."),
            FileSize(500_000, message="The file is larger than 500 kB."),
        ],
    )


class RosterColumnsForm(FlaskForm):
    """The preview page's choice of columns; the file's text travels in a hidden field."""

    csv_text = HiddenField(validators=[DataRequired(), Length(max=600_000)])
    name = SelectField("Display name")
    first = SelectField("…or first name")
    last = SelectField("…and last name")
    email = SelectField("E-mail")
    school_id = SelectField("School (SIS) id")

    ROLES = ("name", "first", "last", "email", "school_id")

    def offer(self, headers: list[str]) -> None:
        choices = [SelectChoice("", "(none)")] + [
            SelectChoice(str(i), h or f"column {i + 1}") for i, h in enumerate(headers)
        ]
        for role in self.ROLES:
            getattr(self, role).choices = choices
