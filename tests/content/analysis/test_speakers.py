from tests.content.analysis.helpers import analyze_text


def test_people_are_full_names_in_order_of_first_mention_without_titles():
    body = (
        "Seattle Mayor Jenny Durkan and police chief Carmen Best disagreed.\n\n"
        "Best said she would stay. Durkan said nothing. Republican Utah Sen. Mitt Romney marched."
    )
    assert analyze_text(body).people == ["Jenny Durkan", "Carmen Best", "Mitt Romney"]


def test_the_president_introduced_later_still_resolves():
    body = '"This is not a game," the president wrote.\n\nDurkan answered President Donald Trump on Friday.'
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker == "Donald Trump"


def test_organisations_are_not_people():
    body = "The Seattle Police Department said it would review the case."
    analysis = analyze_text(body)
    assert analysis.people == []
    assert analysis.attributions[0].speaker_kind == "organization"


def test_a_spokesman_named_only_later_is_still_that_person():
    body = (
        "An Ethiopian government spokesman denies that the attack took place.\n\n"
        "The spokesman, Zemedkun Tekle, issued the denial Sunday."
    )
    assert [(a.speaker, a.speaker_kind) for a in analyze_text(body).attributions][0] == ("Zemedkun Tekle", "named")


def test_tweets_and_words_written_in_a_story_about_twitter_are_social_media():
    body = (
        "Seattle officials clash with Trump on Twitter.\n\n"
        '"These anarchists must be stopped now," President Trump wrote.\n\n'
        'Mayor Jenny Durkan fired back, tweeting: "Go back to your bunker."'
    )
    kinds = [(a.speaker, a.speaker_kind) for a in analyze_text(body).attributions]
    assert kinds == [("Trump", "social_media"), ("Jenny Durkan", "social_media")]


def test_a_name_of_several_words_written_where_a_place_goes_is_no_person():
    from quizgame.content.analysis.lexicon import load_lexicon
    from quizgame.content.analysis.nlp import load_nlp
    from quizgame.content.analysis.speakers import find_people

    doc = load_nlp()("Five people died in Chippewa Falls, Wisconsin. Chippewa Falls has 14,000 residents.")
    assert "Chippewa Falls" not in find_people(doc, load_lexicon(), set()).names()
