from quizgame.content.analysis.first_names import is_first_name, name_gender


def test_given_names_and_the_gender_most_people_bearing_them_have():
    assert is_first_name("Eliana") and is_first_name("johannes") and not is_first_name("Stardom")
    assert (name_gender("Nick"), name_gender("Charlotte")) == ("m", "f")
    assert name_gender("Jean") is None  # a woman's name in the US counts, a man's in French: no answer
    assert name_gender("Qwxz") is None
