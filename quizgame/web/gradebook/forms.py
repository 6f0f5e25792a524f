"""The gradebook page's choice of rooms, file and grading scale."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import RadioField, SelectField
from wtforms.fields.choices import SelectChoice

PLATFORMS = {"canvas": "Canvas gradebook (CSV)", "moodle": "Moodle grade import (CSV)", "xlsx": "Spreadsheet (.xlsx)"}


class GradebookForm(FlaskForm):
    """A GET form: it only chooses a file to download, so it changes nothing and needs no CSRF token."""

    class Meta:
        csrf = False

    room = SelectField("Rooms", default="")
    platform = RadioField("File", choices=[SelectChoice(k, v) for k, v in PLATFORMS.items()], default="canvas")
    scale = RadioField(
        "Grades as",
        choices=[
            SelectChoice("points", "Points: questions right, out of the room's questions"),
            SelectChoice("percent", "Percentage (out of 100)"),
        ],
        default="points",
    )
    key = RadioField(
        "Moodle matches students by",
        choices=[
            SelectChoice("email", "E-mail"),
            SelectChoice("idnumber", "ID number (school id)"),
        ],
        default="email",
    )
