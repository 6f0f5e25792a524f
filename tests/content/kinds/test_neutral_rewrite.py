from quizgame.content.kinds.neutral_rewrite import ALREADY_NEUTRAL, first_alternative
from tests.content.kinds.helpers import about, answers, generated
from tests.content.kinds.seed_analysis import DC, FOX

DC_QUESTIONS = generated("neutral_rewrite", DC)


def test_the_neutral_rewrite_swaps_the_loaded_word_for_its_alternative():
    question = about(DC_QUESTIONS, "She claimed the protesters")
    assert answers(question) == ["She said the protesters are operating checkpoints with armed guards."]
    assert "She claimed the protesters are operating checkpoints with armed guards." in question.choices


def test_loaded_synonyms_from_other_outlets_are_distractors():
    question = about(DC_QUESTIONS, "She claimed the protesters")
    assert "She insisted the protesters are operating checkpoints with armed guards." in question.choices
    assert question.choices[-1] == ALREADY_NEUTRAL


def test_the_control_adds_loaded_words_to_a_plain_sentence_and_its_answer_is_already_neutral():
    controls = [q for q in generated("neutral_rewrite", FOX) if q.control]
    assert controls
    control = controls[0]
    assert answers(control) == [ALREADY_NEUTRAL]
    # The coverage's own loaded words for "said" first, then the lexicon's.
    rewrites = control.choices[:-1]
    assert any("claimed" in c for c in rewrites) and any("insisted" in c for c in rewrites), rewrites
    assert all(" said " not in c for c in rewrites), rewrites


def test_the_first_of_several_alternatives_is_used():
    assert first_alternative("left / withdrew from") == "left"
    assert first_alternative("took over") == "took over"
