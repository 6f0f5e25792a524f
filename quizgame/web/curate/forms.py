"""Forms of the curation pages. Rules about questions live in quizgame.content.review; the edit form
only turns its fields into a QuestionEdit and shows the rule's messages beside the fields."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, FileRequired, FileSize
from wtforms import DateField, SelectField, StringField, TextAreaField, URLField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import URL, DataRequired, Length, Optional

from quizgame.content.review import QuestionEdit, is_tap, resolve
from quizgame.models import SKILLS, Question

MAX_UPLOAD = 2 * 1024 * 1024


def lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class ImportArticleForm(FlaskForm):
    outlet = StringField("Outlet", validators=[DataRequired(), Length(max=120)])
    headline = StringField("Headline", validators=[DataRequired(), Length(max=300)])
    published = DateField("Date published", validators=[DataRequired(message="Give the date, YYYY-MM-DD.")])
    url = URLField(
        "Web address of the article",
        validators=[DataRequired(), URL(message="Give the article's full web address."), Length(max=500)],
    )
    text = TextAreaField("Paste the article text", validators=[Optional(), Length(max=400_000)])
    text_format = SelectField(
        "The pasted text is",
        choices=[SelectChoice("text", "Plain text"), SelectChoice("md", "Markdown"), SelectChoice("html", "HTML")],
        default="text",
    )
    file = FileField(
        "…or upload a file (.txt, .md or .html)",
        validators=[
            FileAllowed(["txt", "md", "html", "htm"], "Upload a .txt, .md or .html file."),
            FileSize(MAX_UPLOAD, message="The file is larger than 2 MB."),
        ],
    )

    def validate(self, extra_validators: Any = None) -> bool:
        valid = super().validate(extra_validators)
        has_text, has_file = bool((self.text.data or "").strip()), bool(self.file.data)
        if has_text == has_file:
            self.text.errors = [*self.text.errors, "Paste the article or upload a file (one of the two)."]
            return False
        return valid


class ButtonForm(FlaskForm):
    """A form that is only a button: it carries the CSRF token."""


class EditQuestionForm(FlaskForm):
    prompt = TextAreaField("Question", validators=[DataRequired()])
    choices = TextAreaField("Choices, one per line")
    answers = TextAreaField("Correct answer(s), one per line, written as in the choices")
    explanation = TextAreaField(
        "Explanation shown after answering", validators=[DataRequired(message="The explanation is required.")]
    )
    difficulty = SelectField(
        "Difficulty",
        choices=[SelectChoice("1", "1 (easy)"), SelectChoice("2", "2"), SelectChoice("3", "3 (hard)")],
        coerce=int,
    )

    def __init__(self, question: Question, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.question = question
        if is_tap(question):
            self.answers.label.text = "Loaded word(s) of the sentence, one per line"
            self.choices.render_kw = {"readonly": True}

    def edit(self) -> QuestionEdit:
        return QuestionEdit(
            prompt=self.prompt.data or "",
            choices=lines(self.choices.data),
            answers=lines(self.answers.data),
            explanation=self.explanation.data or "",
            difficulty=self.difficulty.data or 0,
        )

    def validate(self, extra_validators: Any = None) -> bool:
        valid = super().validate(extra_validators)
        _, _, problems = resolve(self.question, self.edit())
        for name, message in problems.items():
            field = getattr(self, name)
            if message not in field.errors:
                field.errors = [*field.errors, message]
        return valid and not problems


class SetImportForm(FlaskForm):
    file = FileField(
        "Question set (.zip exported from quizgame)",
        validators=[
            FileRequired("Choose a .zip file."),
            FileAllowed(["zip"], "A set is a .zip file."),
            FileSize(10 * 1024 * 1024, message="The set is larger than 10 MB."),
        ],
    )


class QuestionsImportForm(FlaskForm):
    """A teacher's own questions from another tool's file; they become candidates tied to no article."""

    file = FileField(
        "File (Kahoot .xlsx, or a GIFT or Aiken .txt)",
        validators=[
            FileRequired("Choose a file."),
            FileSize(2 * 1024 * 1024, message="The file is larger than 2 MB."),
        ],
        id="questions-file",
    )  # the set upload on the same page is "file"
    format = SelectField(
        "Format",
        choices=[
            SelectChoice("kahoot", "Kahoot spreadsheet (.xlsx)"),
            SelectChoice("gift", "Moodle GIFT"),
            SelectChoice("aiken", "Moodle Aiken"),
        ],
    )
    skill = SelectField(
        "Skill these questions practise (for the reports)",
        choices=[SelectChoice(skill, skill.replace("_", " ").capitalize()) for skill in SKILLS],
    )
