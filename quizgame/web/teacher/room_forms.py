"""The forms that create a room (which questions, and how the game runs) and edit its settings."""

from __future__ import annotations

from collections.abc import Mapping

from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, RadioField, SelectMultipleField, StringField
from wtforms.validators import DataRequired, Length, NumberRange

from quizgame.game.rooms import QuestionFilter, RoomSettings
from quizgame.models import Room
from quizgame.web.common.forms import options

SKILL_LABELS = {
    "attribution": "Attribution (who said it)",
    "sourcing": "Sourcing (where a claim comes from)",
    "loaded_language": "Loaded language",
    "comparison": "Comparing outlets",
}
DIFFICULTY_LABELS = {1: "Easy", 2: "Medium", 3: "Hard"}


class RoomSettingsForm(FlaskForm):
    """How the game runs: the whole form when a teacher edits a room, part of it when creating one."""

    title = StringField("Room title", validators=[DataRequired(), Length(max=100)])
    seconds_per_question = IntegerField(
        "Seconds per question",
        default=60,
        validators=[NumberRange(min=5, max=600, message="Choose between 5 and 600 seconds.")],
    )
    mode = RadioField(
        "Pace",
        default="self_paced",
        choices=options(
            [("self_paced", "Self-paced: each student at their own speed"), ("live", "Live: you move the class on")]
        ),
    )
    scoring = RadioField(
        "Scoring",
        default="accuracy",
        choices=options(
            [
                ("accuracy", "Accuracy: 1,000 points for a right answer (partly right: part of it)"),
                (
                    "speed",
                    "Speed: faster right answers earn more, 500 to 1,000 points, plus a streak bonus of 100"
                    " for each right answer in a row after the first (at most 500, so up to 1,500 a question)",
                ),
            ]
        ),
    )
    leaderboard = RadioField(
        "Leaderboard",
        default="end",
        choices=options(
            [("live", "Shown during the game"), ("end", "Shown at the end"), ("hidden", "Hidden from students")]
        ),
    )
    shuffle_questions = BooleanField("Shuffle the order of questions for each student")
    shuffle_choices = BooleanField("Shuffle the order of choices for each student")
    show_explanations = BooleanField("Show the explanation after each answer", default=True)
    late_join = BooleanField("Let students join after a live game has started", default=True)

    def settings(self) -> RoomSettings:
        return RoomSettings(
            title=self.title.data.strip(),
            mode=self.mode.data,
            scoring=self.scoring.data,
            seconds_per_question=self.seconds_per_question.data or 60,
            shuffle_questions=self.shuffle_questions.data,
            shuffle_choices=self.shuffle_choices.data,
            show_explanations=self.show_explanations.data,
            leaderboard=self.leaderboard.data,
            late_join=self.late_join.data,
        )


class RoomForm(RoomSettingsForm):
    """A new room: which questions, then how the game runs."""

    articles = SelectMultipleField("Articles (none ticked: all)", coerce=int, validate_choice=True)
    own_questions = BooleanField("Your own questions (imported from Kahoot, GIFT or Aiken, tied to no article)")
    skills = SelectMultipleField("Skills (none ticked: all)", choices=options(SKILL_LABELS.items()))
    difficulties = SelectMultipleField(
        "Difficulty (none ticked: all)", coerce=int, choices=options(DIFFICULTY_LABELS.items())
    )
    count = IntegerField(
        "Number of questions",
        default=10,
        validators=[NumberRange(min=1, max=50, message="Choose between 1 and 50 questions.")],
    )

    def question_filter(self) -> QuestionFilter:
        return QuestionFilter(
            article_ids=self.articles.data or [],
            skills=self.skills.data or [],
            difficulties=self.difficulties.data or [],
            count=self.count.data or 10,
            own_questions=bool(self.own_questions.data),
        )


def question_seconds(form: Mapping[str, str], room: Room) -> tuple[dict[int, int | None], list[str]]:
    """The per-question time limits typed on the edit page (fields "seconds-<room question id>"; empty:
    the room's limit), and a message for each one that is not a whole number."""
    found: dict[int, int | None] = {}
    problems = []
    for room_question in room.room_questions:
        typed = (form.get(f"seconds-{room_question.id}") or "").strip()
        if not typed:
            found[room_question.id] = None
        elif typed.isdigit() and len(typed) <= 4:
            found[room_question.id] = int(typed)
        else:
            problems.append(
                f"Question {room_question.position + 1}: type the seconds as a whole number, or leave it empty."
            )
    return found, problems
