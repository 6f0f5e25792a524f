from quizgame.content.kinds.outlet_compare import NONE, generate, outlet_key
from tests.content.kinds.helpers import COVERAGE, about, answers

QUESTIONS = generate(list(COVERAGE.values()))


def test_the_choices_are_the_outlets_of_the_event_then_none():
    assert all(q.choices == ["ABC News", "Fox News", "The Daily Caller", NONE] for q in QUESTIONS)
    assert all(q.articles == sorted(COVERAGE) for q in QUESTIONS)


def test_only_the_daily_caller_quoted_the_assistant_chief():
    assert answers(about(QUESTIONS, "quoted Deanna Nolette")) == ["The Daily Caller"]


def test_several_outlets_can_be_the_answer():
    question = about(QUESTIONS, "quoted Jenny Durkan")
    assert answers(question) == ["ABC News", "Fox News"] and question.difficulty == 3
    assert "The Daily Caller did not" in question.explanation


def test_who_used_a_word_is_read_from_the_text_not_only_from_the_analysis():
    question = about(QUESTIONS, '"abandoned"')
    assert answers(question) == ["ABC News", "The Daily Caller"]


def test_a_person_named_but_quoted_by_no_outlet_is_a_control():
    question = about(QUESTIONS, "quoted Mitt Romney")
    assert question.control and answers(question) == [NONE]


def test_spellings_of_one_outlet_agree():
    assert outlet_key("KOMO News") == outlet_key("Komo News") == outlet_key("Seattle ABC affiliate KOMO") == "komo"
