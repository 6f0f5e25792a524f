"""An interview's labelled answers are their guest's words: who_said asks about them, naming the label."""

from quizgame.content.analysis.model import Attribution
from quizgame.content.kinds import answers, who_said
from tests.content.kinds.helpers import made_up

BODY = (
    "The project was started by Ana Lopez in 2008. Tom Reed, a critic, said the notice was wrong.\n\n"
    "Wikinews interviewed Maria Perez, a former maintainer.\n\n"
    "((WN)) Why were the copyrighted tests in the source code?\n\n"
    "((Maria Perez)) My guess is that users asked for these videos, and they were added as test cases.\n"
)
ANSWER = "My guess is that users asked for these videos, and they were added as test cases."


def test_the_label_of_an_answer_names_who_speaks():
    at = BODY.index(ANSWER)
    assert answers.label_at(BODY, at) == "Maria Perez"
    assert answers.answered_by(BODY, at, "Maria Perez")
    assert not answers.answered_by(BODY, BODY.index("Why were"), "Maria Perez")  # the interviewer's question
    assert answers.label_at(BODY, BODY.index("The project")) is None  # the report before the interview


def test_an_answer_is_asked_about_and_the_explanation_points_to_its_label():
    at = BODY.index(ANSWER)
    found = [
        Attribution("Tom Reed", "named", "said", "the notice was wrong", False, 47, 92),
        Attribution("Maria Perez", "named", "interview", ANSWER, True, at, at + len(ANSWER), at, at + len(ANSWER), 0.9),
    ]
    item = made_up(BODY, attributions=found, people=["Ana Lopez", "Tom Reed", "Maria Perez"])
    (question,) = who_said.generate(item, ())
    assert question.choices[question.answer[0]] == "Maria Perez"
    assert "the label that opens the answer" in question.explanation


def test_an_outlets_interview_offers_its_interviewer_beside_the_guest():
    # reading5's Seager: "Correct." answers the interviewer's own guess, so the interviewer is a real option
    from quizgame.content.kinds.answers import interviewer

    body = (
        "((WN)) Do the planets have to be small?\n\n((Sara Seager)) Correct. We know very little.\n\n"
        "((WN)) When did you start?\n\n((Sara Seager)) About three years ago.\n\n"
        "((WN)) Was it hard?\n\n((Sara Seager)) Not really."
    )
    assert interviewer(body, body.index("Correct"), "Wikinews") == "The Wikinews interviewer"
    assert interviewer("Sara Seager said it was correct.", 12, "Wikinews") is None  # no interview
