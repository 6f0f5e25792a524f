from quizgame.content.kinds.whose_words import REPORTER
from tests.content.kinds.helpers import about, answers, generated
from tests.content.kinds.seed_analysis import DC

DC_QUESTIONS = generated("whose_words", DC)


def test_a_loaded_word_outside_the_quotation_is_the_reporters():
    question = about(DC_QUESTIONS, 'whose word is "derision"')
    assert answers(question) == [REPORTER] and not question.control
    assert "Deanna Nolette's" in question.choices


def test_the_reporter_is_the_key_of_fewer_items_than_the_speakers():
    # "The reporter's" is one fixed option: always answering it must not pay.
    keys = [answers(q)[0] for q in DC_QUESTIONS]
    assert keys.count(REPORTER) <= 2 * (len(keys) - keys.count(REPORTER)) // 3 + 1


def test_a_word_inside_a_quotation_is_the_speakers_and_is_the_control():
    question = about(DC_QUESTIONS, 'whose word is "anecdotally"')
    assert question.control and answers(question) == ["Deanna Nolette's"]
    assert question.choices[0] == REPORTER


def test_a_word_the_reporter_also_uses_is_never_asked_about_as_a_speakers():
    words = [q.prompt.rsplit('"', 2)[-2] for q in DC_QUESTIONS if q.control]
    assert "police" not in words and "calls" not in words
