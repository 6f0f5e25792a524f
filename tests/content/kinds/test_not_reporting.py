from quizgame.content.kinds.not_reporting import NONE
from tests.content.kinds.helpers import about, answers, generated
from tests.content.kinds.seed_analysis import FOX

FOX_QUESTIONS = generated("not_reporting", FOX)


def test_a_promo_is_the_line_that_is_not_reporting():
    question = about(FOX_QUESTIONS, "CLICK HERE FOR THE FOX NEWS APP")
    assert answers(question) == ["CLICK HERE FOR THE FOX NEWS APP"]
    assert question.difficulty == 1 and not question.control
    assert len(question.choices) == 5 and question.choices[-1] == NONE


def test_the_control_shows_only_reporting_and_its_answer_is_none():
    (control,) = [q for q in FOX_QUESTIONS if q.control]
    assert answers(control) == [NONE]
    assert not any(line.isupper() for line in control.choices)


def test_the_control_key_does_not_repeat_the_prompts_words():
    """"Pick the option that repeats the prompt" must not find "None of them"."""
    from quizgame.content.audit.shortcuts import tokens
    from quizgame.content.kinds.not_reporting import PROMPT

    assert not {t for t in tokens(NONE) if len(t) > 3} & {t for t in tokens(PROMPT) if len(t) > 3}
