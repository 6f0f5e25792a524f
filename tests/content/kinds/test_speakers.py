"""Who may be offered as a speaker: a clean name of the key's type, or no question at all."""

from quizgame.content.kinds import speakers
from tests.content.kinds.helpers import generated
from tests.content.kinds.seed_analysis import DC

BODY = (
    "Glaring evidence was found. The comments drew anger. Analysts said so. Movement's leaders met. "
    "Bill Brown, the sheriff, said it was bad. Brown added more. The court answered the Oberster Gerichtshof "
    "and the Oberster Gerichtshof replied. The boat was chartered by Worldwide Diving Adventures. "
    "(Es))Spanish language) Jill Tolles said no. Tolles was elected."
)


def test_phrases_pronouns_and_broken_strings_are_not_names():
    for raw in (
        "Glaring evidence",
        "The comments",
        "Analysts",
        "Movement's",
        "Es))Spanish language",
        "she",
        "The statement",
    ):
        assert speakers.clean(raw, BODY) is None, raw


def test_a_possessive_is_cut_from_a_name():
    assert speakers.clean("Bill Brown's", BODY) == "Bill Brown"


def test_people_are_told_from_institutions_by_how_the_article_names_them():
    assert speakers.is_person("Bill Brown", BODY) and speakers.is_person("Jill Tolles", BODY)
    assert not speakers.is_person("Oberster Gerichtshof", BODY)  # "the Oberster Gerichtshof"
    assert not speakers.is_person("Worldwide Diving Adventures", BODY)  # named once, never again
    assert not speakers.is_person("Ministry of Foreign Affairs", BODY)


def test_a_statement_is_never_credited_as_its_own_source():
    assert speakers.credit("The statement") is None
    assert speakers.credit("The Associated Press") == "the Associated Press"


def test_who_said_offers_only_clean_people_for_a_person():
    for question in generated("who_said", DC):
        for choice in question.choices[:-1] if question.choices[-1] == "The article does not say" else question.choices:
            if choice == "The article does not say":
                continue
            assert "'s" not in choice and "(" not in choice and choice.split()[0] not in ("The", "He", "She")


def test_a_name_after_a_persons_title_is_a_person_even_when_named_once():
    """ "Interior Minister Joachim Brudziński tweeted ...": the minister who also sent condolences is the
    plausible option a teacher missed beside the president's words."""
    from quizgame.content.kinds import speakers

    body = "President Andrzej Duda wrote a prayer while Interior Minister Joachim Brudziński tweeted."
    assert speakers.is_person("Joachim Brudziński", body)
    assert not speakers.is_person("Worldwide Diving Adventures", "He booked with Worldwide Diving Adventures.")


def test_a_name_cut_short_is_offered_whole_as_the_article_writes_it():
    body = (
        "He served under President Valéry Giscard d'Estaing in the seventies. Jerrold Nadler of New York spoke. "
        "The photo is by Alex E. Proimos, under licence. Joe Biden Tuesday said no. Jean de la Fontaine wrote."
    )
    assert speakers.whole_name("Valéry Giscard", body) == "Valéry Giscard d'Estaing"
    assert speakers.whole_name("Alex E.", body) == "Alex E. Proimos"
    assert speakers.whole_name("Jean de", body) == "Jean de la Fontaine"
    assert speakers.whole_name("Jerrold Nadler", body) == "Jerrold Nadler"  # "of New York" is where he is from
    assert speakers.whole_name("Joe Biden", body) == "Joe Biden"  # a day is no part of a name


def test_a_name_named_once_is_a_person_by_its_given_name_or_as_someone_from_a_place_who():
    # reading2 (Warholm): the medallists and the record holder are named once each, with no title.
    body = (
        "The silver medal was won by Rai Benjamin from the United States, who finished in 47.66 seconds. "
        "The world record belongs to Kevin Young. Montana Native Vote sued the state. Voters in Montana "
        "and Sun Valley Resorts agreed."
    )
    assert speakers.is_person("Kevin Young", body)  # a known given name at its head
    assert speakers.is_person("Rai Benjamin", body)  # someone from a place, then "who"
    assert not speakers.is_person("Montana Native Vote", body)  # the article's "in Montana" is a place
    assert not speakers.is_person("Sun Valley Resorts", body)


def test_a_storm_a_place_or_an_event_is_no_speaker():
    body = "Typhoon Phanfone struck on Christmas Day, six years after Typhoon Haiyan. Mount Mayon is calm."
    assert speakers.clean("Typhoon Phanfone", body) is None
    assert speakers.clean("Typhoon Haiyan", body) is None
    assert speakers.clean("Mount Mayon", body) is None


def test_a_name_the_article_only_writes_inside_a_longer_one_is_clipped():
    body = (
        "Meanwhile, Political Bahamas Blog reports that the vote is close. While Weblog Bahamas' Edward "
        "Hutcheson wonders aloud, Prime Minister Hubert Ingraham said nothing. When Rick Lowe wrote, he was brief."
    )
    assert speakers.clean("Bahamas Blog", body) is None  # the blog is "Political Bahamas Blog"
    assert speakers.clean("Political Bahamas Blog", body) == "Political Bahamas Blog"
    assert speakers.clean("Edward Hutcheson", body) == "Edward Hutcheson"  # after a possessive
    assert speakers.clean("Hubert Ingraham", body) == "Hubert Ingraham"  # after a title
    assert speakers.clean("Rick Lowe", body) == "Rick Lowe"  # after a sentence's first word


def test_a_newspapers_title_keeps_its_article_in_the_possessive():
    """reading4: "New York Times's" as an option; a person's name or a title that has one stays as is."""
    assert speakers.possessive("New York Times") == "The New York Times's"
    assert speakers.possessive("Washington Post") == "The Washington Post's"
    assert speakers.possessive("Tim Taylor") == "Tim Taylor's"
    assert speakers.possessive("BBC") == "BBC's"


def test_a_name_written_with_a_one_dot_leader_for_its_initial_is_a_name():
    # reading4's youtube-dl report writes the other maintainer "Sergey M․" (U+2024): an option, not noise.
    from quizgame.content.kinds.speakers import clean

    body = "Wikinews reached out to Sergey M․, one of the maintainers. Sergey said he would not comment."
    assert clean("Sergey M․", body) == "Sergey M․"


def test_an_instrument_is_no_speaker():
    # reading5's Seager interview offered "James Webb Telescope" beside the guest (reading4: typhoons)
    from quizgame.content.kinds.speakers import clean

    body = "With NASA's James Webb Telescope scheduled to be deployed next year, Sara Seager said more."
    assert clean("James Webb Telescope", body) is None
    assert clean("Sara Seager", body) == "Sara Seager"


def test_a_whole_name_never_runs_into_the_next_paragraph():
    body = (
        "Guardrails can only take so much.\n\n—Troy Roberts\n\nAnother eyewitness, Nicole Towarek, described the heat."
    )
    assert speakers.whole_name("Troy Roberts", body) == "Troy Roberts"
    assert (
        speakers.whole_name("Valéry Giscard", "said Valéry Giscard\nd'Estaing, who was president")
        == "Valéry Giscard d'Estaing"
    )


def test_a_name_seen_only_in_photo_credits_is_no_speaker():
    """styles8's rugby report offered its photographer ("(Image: Patrick Gillett)") beside the coaches as
    who said a quotation: someone the article never has speaking."""
    body = (
        "The home side led at the break. (Image: Ana Weller)\n\n"
        "Coach Tom Reed said the side played well.\n\n"
        "Residents cleared the square. Photo by Lina Sorel on Flickr.\n\n"
        "—Dan Price\n\n"
        "Transport official Dan Price said the road would be examined.\n\n"
        "Marchers in the rain. Picture by Rui Amaral, copyright Demotix."
    )
    for credited in ("Ana Weller", "Lina Sorel", "Rui Amaral"):
        assert speakers.credit_only(credited, body), credited
    # named as a speaker too, besides the credit line: a speaker
    assert not speakers.credit_only("Dan Price", body)
    assert not speakers.credit_only("Tom Reed", body)


def test_a_photographer_is_never_offered_as_who_said_it():
    from quizgame.content.analysis.model import Attribution
    from quizgame.content.kinds.who_said import _candidates
    from tests.content.kinds.helpers import made_up

    body = (
        "Maria Perez, the coach, said the team fought hard. Perez was pleased. (Image: Ana Weller)\n\n"
        "Tom Reed, the captain, said little. Reed was tired.\n\nSam Ortiz, the mayor, watched. Ortiz left early.\n"
    )
    said = Attribution("Tom Reed", "named", "said", "little", False, body.index("Tom"), body.index("Tom") + 30)
    item = made_up(body, attributions=[said], people=["Maria Perez", "Ana Weller", "Tom Reed", "Sam Ortiz"])
    options = _candidates(item, (), "Maria Perez")
    assert "Ana Weller" not in options and "Tom Reed" in options and "Sam Ortiz" in options


def test_a_name_ending_in_a_hyphened_arabic_article_is_offered_whole():
    """styles7: "Abdel Fattah" (the analysis's cut of "Abdel Fattah el-Sisi") was offered as who said a
    quotation and named as a statement's source; likewise "Bashar al-Assad", "Abu Mahdi al-Muhandis"."""
    body = (
        "Chairperson President Karim Abdel el-Nour of Egypt said the deal mattered. "
        "Syrian envoy Omar al-Rashid met him. Later, Abu Sami ash-Shami arrived."
    )
    assert speakers.whole_name("Karim Abdel", body) == "Karim Abdel el-Nour"
    assert speakers.whole_name("Omar", body) == "Omar al-Rashid"
    assert speakers.whole_name("Abu Sami", body) == "Abu Sami ash-Shami"
    # a lower-case word after a name is still no part of it
    assert speakers.whole_name("Omar al-Rashid", body) == "Omar al-Rashid"
