from quizgame.content.kinds.who_said import NOT_SAID
from tests.content.kinds.helpers import about, answers, generated
from tests.content.kinds.seed_analysis import ABC, FOX

ABC_QUESTIONS = generated("who_said", ABC)


def test_a_quotation_after_a_pronoun_is_pinned_on_the_person_named_before():
    question = about(ABC_QUESTIONS, "It is now the Capitol Hill autonomous zone")
    assert answers(question) == ["Jenny Durkan"]
    assert not question.control and question.difficulty == 2
    assert '"she added" points back to Jenny Durkan' in question.explanation


def test_distractors_are_other_people_of_the_coverage_and_the_article_may_not_say():
    question = about(ABC_QUESTIONS, "It is now the Capitol Hill autonomous zone")
    assert question.choices[-1] == NOT_SAID
    people = question.choices[:-1]
    assert len(people) == 4 and len(set(people)) == 4
    assert {"Carmen Best", "Jim Fuda"} <= set(people)


def test_a_speaker_named_in_the_same_sentence_is_a_control():
    question = about(ABC_QUESTIONS, "Go back to your bunker")
    assert question.control and answers(question) == ["Jenny Durkan"] and question.difficulty == 1


def test_an_unnamed_speakers_quotation_is_not_asked_about():
    # Who an unnamed source is ("one protester"), the analysis gets right 7 times in 10 on the tuned
    # folders (gate.SPEAKER_BANDS): below the 97% a key needs, so the generator abstains.
    assert not [q for q in ABC_QUESTIONS if "The people realize this building" in q.prompt]


def test_the_mayor_said_is_resolved_to_the_mayor():
    question = about(generated("who_said", FOX), "I have confidence in the chief")
    assert answers(question) == ["Jenny Durkan"] and "Carmen Best" in question.choices


def test_a_name_found_only_in_a_passage_in_another_language_is_no_option():
    from quizgame.content.kinds.who_said import named_in_english

    body = (
        "The president spoke on Monday, and José Belmiro replied on his blog.\n\n"
        "> Ao invés de ministrar palestras, o Presidente Samora Machel dizia que os jovens são a seiva da nação.\n"
    )
    assert named_in_english("José Belmiro", body)
    assert not named_in_english("Presidente Samora Machel", body)
