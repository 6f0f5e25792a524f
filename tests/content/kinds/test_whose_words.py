from quizgame.content.kinds.evaluative import judging_word
from quizgame.content.kinds.whose_words import REPORTER
from tests.content.kinds.helpers import about, answers, generated
from tests.content.kinds.seed_analysis import DC

DC_QUESTIONS = generated("whose_words", DC)


def test_a_loaded_word_outside_the_quotation_is_the_reporters():
    # The article's loaded words ("derision", "abandoned") are the reporter's; how many are asked
    # depends on how many speaker controls the article gives (see the next test).
    regular = [q for q in DC_QUESTIONS if not q.control]
    assert regular and all(answers(q) == [REPORTER] for q in regular)
    assert {q.prompt.rsplit('"', 2)[-2] for q in regular} <= {"derision", "abandoned"}
    assert all("Deanna Nolette's" in q.choices for q in regular)


def test_a_dull_word_inside_a_quotation_is_never_asked_about():
    # Only words that judge are worth "whose word is it?": "international" or "hundreds" are nobody's choice.
    words = [q.prompt.rsplit('"', 2)[-2] for q in DC_QUESTIONS if q.control]
    assert words and all(judging_word(w) for w in words)
    assert not judging_word("international") and not judging_word("hundreds") and judging_word("outrageous")


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


def test_a_window_cut_inside_a_quotation_drops_the_quotations_closing_mark():
    """A teacher's reading: 'In "… It was incredible to work with my husband.'", whose word is ...' (styles8;
    also '... to Seattle.'' and '... response'.'): the window began inside the quotation, so its closing
    mark stood alone."""
    from quizgame.content.kinds.whose_words import without_stray_close

    assert (
        without_stray_close('… countries. It was incredible to work with him."')
        == "… countries. It was incredible to work with him."
    )
    assert without_stray_close("… and courageous response”.") == "… and courageous response."
    # balanced, an uncut window, or words after the mark: as written
    assert without_stray_close('… she said, "It was amazing." Then …') == '… she said, "It was amazing." Then …'
    assert without_stray_close('It was "incredible."') == 'It was "incredible."'
    assert without_stray_close('… a global crisis" shook the city …') == '… a global crisis" shook the city …'
