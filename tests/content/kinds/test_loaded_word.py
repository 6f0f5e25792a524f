from quizgame.content.kinds.loaded_word import NO_LOADED_WORD
from tests.content.kinds.helpers import about, answers, generated
from tests.content.kinds.seed_analysis import DC, FOX

DC_QUESTIONS = generated("loaded_word", DC)


def test_the_choices_are_the_words_of_the_sentence_in_order_then_no_loaded_word():
    question = about(DC_QUESTIONS, "rioting engulfed the city")
    assert question.choices == [
        "The", "area", "is", "situated", "around", "the", "precinct", "that", "police", "abandoned",
        "Monday", "night", "as", "rioting", "engulfed", "the", "city", NO_LOADED_WORD,
    ]


def test_every_loaded_word_is_in_the_answer_but_not_the_little_words_of_a_phrase():
    question = about(DC_QUESTIONS, "rioting engulfed the city")
    assert answers(question) == ["abandoned", "rioting", "engulfed", "city"]


def test_the_explanation_gives_the_reason_and_a_neutral_alternative():
    question = about(DC_QUESTIONS, "She claimed the protesters")
    assert answers(question) == ["claimed"]
    assert "'claimed' casts doubt" in question.explanation and '"said"' in question.explanation


def test_the_control_is_a_plain_sentence_whose_answer_is_no_loaded_word():
    controls = [q for q in generated("loaded_word", FOX) if q.control]
    assert controls
    for control in controls:
        assert control.choices[-1] == NO_LOADED_WORD and control.answer == [len(control.choices) - 1]
        assert '"' not in control.evidence.text and "“" not in control.evidence.text
