"""The charts of a teacher report, built from a Report with the plain SVG builders of charts.py."""

from __future__ import annotations

from markupsafe import Markup

from quizgame.game.charts import Bar, bar_chart, percent
from quizgame.game.reports import QuestionReport, Report, SkillReport, end_sentence, skill_label

# Tap-the-word questions list every word of a sentence as a choice: chart only the words someone
# picked (and the right ones) past this many choices; the table still lists them all.
MAX_CHOICES_CHARTED_IN_FULL = 8


def question_chart(item: QuestionReport) -> Markup:
    """How the answers to one question spread over its choices; right choices marked with a check."""
    question = item.question
    indexes = range(len(question.choices))
    if len(question.choices) > MAX_CHOICES_CHARTED_IN_FULL:
        indexes = [i for i in indexes if item.choice_counts[i] or i in question.correct]
    bars = [
        Bar(question.choices[i], item.choice_counts[i], str(item.choice_counts[i]), marked=i in question.correct)
        for i in indexes
    ]
    description = f"{item.correct} of {item.answered} answers fully right ({percent(item.share_correct)})."
    if item.most_common_wrong_text:
        description += f" Most common wrong answer: {end_sentence(item.most_common_wrong_text)}"
    return bar_chart(f"Answers to question {item.position}", description, bars, max(item.choice_counts, default=0))


def share_correct_chart(report: Report) -> Markup:
    bars = [
        Bar(f"Q{item.position}: {item.question.prompt}", item.share_correct or 0.0, percent(item.share_correct))
        for item in report.questions
    ]
    return bar_chart(
        "Share of right answers per question",
        "For each question, the share of answers with full credit.",
        bars,
        1.0,
    )


def discernment_chart(skills: list[SkillReport]) -> Markup:
    """Per skill, accuracy on flawed items beside accuracy on control items (nothing wrong there)."""
    bars: list[Bar] = []
    for skill in skills:
        name = skill_label(skill.skill)
        flawed, control = skill.discernment.flawed, skill.discernment.control
        bars.append(Bar(f"{name}: flawed items", flawed.accuracy or 0.0, percent(flawed.accuracy), series="flawed"))
        bars.append(Bar(f"{name}: control items", control.accuracy or 0.0, percent(control.accuracy), series="control"))
    return bar_chart(
        "Discernment per skill",
        "For each skill, the share of right answers on items with a flaw and, separately, on control "
        "items where nothing is wrong. High on flawed items but low on control items means flagging everything.",
        bars,
        1.0,
    )
