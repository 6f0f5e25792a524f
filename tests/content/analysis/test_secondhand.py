"""Secondhand claims: an outlet as the source in any position of the sentence (made-up sentences)."""

from tests.content.analysis.helpers import analyze_text


def outlets(body: str) -> list[str]:
    return [s.outlet for s in analyze_text(body).secondhand]


def test_the_press_of_a_country_or_a_kind_is_a_source_even_capitalised_at_the_start():
    assert outlets("State media reported that 40 people had died in the floods.") == ["State media"]
    assert outlets("The mayor resigned on Friday, local media reported.") == ["local media"]
    assert outlets("Three soldiers were killed, Iranian state television reported.") == ["Iranian state television"]
    assert outlets("Reports in Iranian media said three soldiers had been killed.") == ["Reports in Iranian media"]


def test_a_person_of_the_press_or_a_press_word_alone_is_not_the_press_as_a_source():
    assert outlets("A television reporter said the road had been closed since Monday.") == []
    assert outlets("The network said the road had been closed since Monday.") == []


def test_what_the_press_does_as_a_rule_is_not_one_report():
    body = "When the local media reports a crime by migrants, it rarely reports the outcome of the trial."
    assert outlets(body) == []


def test_a_broadcaster_is_known_by_a_first_word_of_broadcasting_but_a_law_about_radio_is_not():
    assert outlets("The minister, speaking to Radio Kanal Sud, said the talks had failed.") == ["Radio Kanal Sud"]
    assert outlets("The Radio Transmitters Law states that no person shall operate a station.") == []


def test_a_paper_named_by_its_title_word_after_the_is_an_outlet():
    assert outlets("The minister told the Citizen that the election would be held in June.") == ["Citizen"]


def test_a_news_site_with_a_country_domain_is_an_outlet():
    assert outlets("The bridge was closed for a week, as reported by Kenyaleo.co.ke on Monday.") == ["Kenyaleo.co.ke"]


def test_an_outlets_social_handle_described_as_a_newspaper_is_the_outlet():
    body = (
        "Our partner newspaper in Malawi, @Tsikulo, published an editorial on Monday, "
        "saying the real motive of the ban was to silence critics."
    )
    assert outlets(body) == ["@Tsikulo"]


def test_a_later_short_name_and_a_later_bare_name_are_the_outlet_the_article_introduced():
    body = (
        "The news site Copperbelt Watchdog reported that its servers had been attacked on Tuesday.\n\n"
        "On Friday, Watchdog reported that the government had blocked two more sites."
    )
    assert outlets(body) == ["Copperbelt Watchdog", "Watchdog"]


def test_the_same_report_right_after_an_outlets_is_that_outlets():
    body = (
        "Six people were arrested for spreading rumours, Xinhua reported. "
        "The same report states that two websites have been closed."
    )
    assert outlets(body) == ["Xinhua", "Xinhua"]


def test_the_report_long_after_an_outlet_is_not_taken_for_its_report():
    body = (
        "Six people were arrested for spreading rumours, Xinhua reported.\n\n"
        "The harvest was poor in the north.\n\n"
        "Prices rose by a third in April.\n\n"
        "The report states that two websites have been closed."
    )
    assert outlets(body) == ["Xinhua"]


def test_a_statement_inside_an_outlets_report_or_recording_comes_through_the_outlet():
    body = (
        "The shops were slow to react, according to a report from Radio Verda on March 3 "
        "in which they said they had no plans to ration sales."
    )
    assert "Radio Verda" in outlets(body)
    assert outlets("Semana magazine published a recording in which the general says the army knew.") == [
        "Semana magazine"
    ]


def test_an_outlet_the_speaker_answers_is_not_the_speakers_source():
    body = "Commenting on the Lusaka Herald attack story, Mufana Banda wrote that the site would survive."
    assert outlets(body) == []


def test_an_answer_given_in_an_interview_named_in_the_sentence_before_comes_through_that_outlet():
    body = (
        "In an appearance on CNN on Thursday, Mayor Jane Olsen was pressed on the protests.\n\n"
        '"We could have a calm summer," she said.'
    )
    assert outlets(body) == ["CNN"]


def test_a_quotation_after_a_sentence_that_already_has_its_own_statement_is_not_carried_over():
    body = (
        "Chief Ann Berg, in an interview with CNN on Friday, said she was angry about the takeover.\n\n"
        '"I want it resolved," she said.'
    )
    assert outlets(body) == ["CNN"]


def test_a_lead_in_with_a_colon_takes_the_outlets_words_that_follow():
    body = "The dispatcher's words were reported by CNN as such:\n\nThere are 33 people on board, they cannot get off?"
    [secondhand] = analyze_text(body).secondhand
    assert secondhand.outlet == "CNN" and "33 people on board" in secondhand.claim


def test_published_in_an_outlet_makes_it_the_source_but_appearing_on_it_does_not():
    assert outlets("The claims were first published in Le Monde.") == ["Le Monde"]
    assert outlets("The minister appeared on CNN on Sunday.") == []


def test_the_speakers_own_website_is_a_channel_not_an_outlet():
    assert outlets("The ministry said on its website that the road would open in May.") == []


def test_words_added_to_a_statement_taken_from_an_outlet_are_one_claim():
    body = (
        "According to news agency ISNA, the prosecutor said the 36 must face charges, "
        "adding Iran will pursue the case after he leaves office."
    )
    assert outlets(body) == ["ISNA"]


def test_an_outlet_in_another_speakers_joined_clause_is_not_this_speakers():
    body = (
        "Orders will keep the plant busy for years, the commissioner said, and paying back the loan seems realistic; "
        "industry experts called this dubious to daily Népszava, as margins are thin."
    )
    assert outlets(body) == []


def test_a_participle_cue_takes_the_outlet_its_speakers_verb_spoke_to():
    body = "A witness spoke to news agency PA Media on Sunday, saying the man had run across the road."
    assert outlets(body) == ["PA Media"]
    assert outlets("The minister wrote to the council on Monday, saying the road would open in May.") == []


def test_a_name_is_an_outlet_by_what_only_a_newsroom_has_or_makes():
    assert outlets("The minister told a Mwananchi reporter that the road would open in May.") == ["Mwananchi"]
    assert outlets("A Mwananchi editorial said the road would open in May.") == ["Mwananchi"]
    assert outlets("In an editorial, Mwananchi said the road would open in May.") == ["Mwananchi"]
    body = "A Mwananchi reporter visited the town on Monday. Mwananchi reported that the road would open in May."
    assert outlets(body) == ["Mwananchi"]


def test_a_beat_is_not_a_newsroom():
    assert outlets("A White House correspondent said the road would open in May.") == []
    assert outlets("A Kenya correspondent said the road would open in May.") == []


def test_an_outlet_that_a_cue_talks_about_is_not_its_source():
    assert outlets("Ange Rakotomalala describes the objectives of website Theses Online: it lists 400 theses.") == []


def test_a_journalist_described_as_the_subjects_relative_speaks_as_family_not_for_the_newsroom():
    body = 'Anderson Cooper, of CNN, one of her four sons, stated, "She was an extraordinary woman who loved life."'
    assert outlets(body) == []
    assert outlets('Jane Smith, of CNN, stated, "The talks have failed and the army is moving north."') == ["CNN"]


def test_a_site_is_named_by_what_the_text_says_it_is_called():
    assert outlets("The minister told a news site called Mwananchi that the road would open in May.") == ["Mwananchi"]
    assert outlets("The minister told a man called Juma that the road would open in May.") == []
