from quizgame.content.kinds.attribution_type import CHOICES
from tests.content.kinds.helpers import about, answers, generated
from tests.content.kinds.seed_analysis import ABC, DC

ABC_QUESTIONS = generated("attribution_type", ABC)
DC_QUESTIONS = generated("attribution_type", DC)


def test_every_question_offers_the_same_five_ways_of_attributing():
    assert all(q.choices == list(CHOICES) for q in ABC_QUESTIONS + DC_QUESTIONS)


def test_a_figure_in_the_reporters_voice_is_not_attributed():
    question = about(ABC_QUESTIONS, "14,000 complaints")
    assert answers(question) == ["It is not attributed at all"] and not question.control


def test_each_kind_of_source_gets_its_answer():
    assert answers(about(ABC_QUESTIONS, "30-day ban")) == ["To another news outlet"]
    assert answers(about(ABC_QUESTIONS, "The people realize")) == ["To an anonymous source"]
    assert answers(about(ABC_QUESTIONS, "Go back to your bunker")) == ["To a social-media post"]
    assert answers(about(DC_QUESTIONS, "City-Journal")) == ["To another news outlet"]


def test_a_statement_by_a_named_person_is_the_control():
    controls = [q for q in DC_QUESTIONS if q.control]
    assert controls and all(answers(q) == ["To a named person"] for q in controls)
    assert "properly attributed" in controls[0].explanation


def test_a_one_word_quotation_is_not_asked_about():
    assert not [q for q in ABC_QUESTIONS if '"never"' in q.prompt]
