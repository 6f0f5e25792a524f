"""Loaded terms grown from openly licensed lists, held to the reporter's voice (made-up sentences)."""

from tests.content.analysis.helpers import analyze_text


def terms(body: str) -> list[str]:
    return [t.term for t in analyze_text(body).loaded_terms]


def test_an_evaluative_adjective_in_the_reporters_voice_is_loaded():
    assert terms("The ministry released a dismal set of figures on Monday.") == ["dismal"]
    assert terms("Police released chilling footage of the attack on Monday.") == ["chilling"]


def test_the_same_adjective_inside_quotation_marks_is_the_speakers():
    assert terms('"It was a dismal year," the minister said.') == []


def test_a_speakers_judgement_paraphrased_after_a_verb_of_saying_is_not_the_reporters():
    body = "The opposition said the minister had issued a chilling warning on national television."
    assert terms(body) == []


def test_a_judging_verb_of_saying_stays_the_reporters_choice_in_the_same_sentence():
    assert terms("The minister insisted that the figures were correct.") == ["insisted"]


def test_a_label_that_someone_else_gives_is_theirs():
    body = "The survey ranked the city as one of the most brutal places for journalists."
    assert terms(body) == []


def test_an_act_inside_a_clause_is_not_a_label_given_by_the_verb_of_naming_above_it():
    body = "The square is called the Free Zone by the groups who have occupied it since May."
    assert terms(body) == ["occupied"]


def test_metaphors_of_state_action_and_labels_for_rulers_are_loaded():
    assert terms("The government cracks down on bloggers before every election.") == ["cracks down"]
    assert terms("Critics of the propaganda machine were arrested.") == ["propaganda machine"]
    assert terms("The strongman has ruled the country since 1987.") == ["strongman"]


def test_a_literal_or_descriptive_use_of_a_source_word_is_not_flagged():
    assert terms("A ruthlessness index was published by the institute.") == []
    assert terms("The protest turned violent and two people died.") == []


def test_verdicts_and_praise_from_the_pattern_lexicon_are_loaded_but_a_word_that_only_shares_a_prefix_is_not():
    assert terms("The minister made a needless and cynical decision on Monday.") == ["needless", "cynical"]
    assert terms("The council approved a masterful plan on Monday.") == ["masterful"]
    assert terms("Top officials met on Monday.") == []


def test_verdicts_vader_rates_and_pattern_does_not_are_loaded_in_the_reporters_voice_only():
    assert terms("The council passed a hypocritical and unethical budget on Monday.") == ["hypocritical", "unethical"]
    assert terms('Residents described what they called "a vile attack" on Monday.') == []
    assert terms("The firm paid its outstanding debts on Monday.") == []  # unpaid, not praise: no entry
