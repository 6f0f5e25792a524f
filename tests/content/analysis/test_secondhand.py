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


def test_a_name_no_list_knows_is_an_outlet_where_only_a_newsroom_stands():
    assert outlets("The minister told Mwanzo that the road would open in May.") == ["Mwanzo"]
    assert outlets("The road will open in May, reported Sauti.") == ["Sauti"]
    assert outlets("Speaking to Sauti, the minister said the road would open in May.") == ["Sauti"]
    assert outlets("In an interview with Sauti, the minister said the road would open in May.") == ["Sauti"]
    assert outlets("Sauti quoted the minister as saying the road would open in May.") == ["Sauti"]


def test_a_name_told_something_is_no_outlet_when_the_article_shows_it_is_a_person_a_shop_or_a_party():
    assert outlets("Uhuru Kenyatta opened the road.\n\nThe road will open in May, the minister told Kenyatta.") == []
    assert outlets("Tesco's stores were closed.\n\nThe road will open in May, the minister told Tesco.") == []
    assert outlets("ANC supporters marched.\n\nThe road will open in May, the minister told the ANC.") == []
    assert outlets("The minister told Mr Malila that the road would open in May.") == []
    assert outlets("The road will open in May, the minister told Parliament.") == []


def test_the_name_must_be_the_whole_phrase_in_the_newsroom_position():
    body = 'In an interview with ARF Dashnaktsutyun affiliated Yerkir Media TV station, the men said "we did it".'
    assert "ARF Dashnaktsutyun" not in outlets(body)


def test_an_outlet_cited_by_a_reporting_outlet_is_a_source_too():
    assert outlets("AFP, citing Mwanzo, reported that the road would open in May.") == ["AFP", "Mwanzo"]
    assert outlets("The road will open in May, AFP reported, citing local daily Mwanzo.") == ["AFP", "Mwanzo"]
    assert outlets("Reuters, citing two officials, said the road would open in May.") == ["Reuters"]


def test_the_press_of_a_kind_told_something_or_quoting_someone_is_the_source():
    assert outlets("The road will open in May, the minister told state television.") == ["state television"]
    assert outlets("State television quoted the minister as saying the road would open in May.") == ["State television"]
    assert outlets("The road will open in May, the minister told the media.") == []


def test_a_report_published_on_a_news_site_comes_from_that_site():
    body = "The road will open in May, according to a report published on Sautinews.co.tz."
    assert outlets(body) == ["Sautinews.co.tz"]


def test_an_address_of_an_association_or_an_encyclopaedia_is_no_newsroom_by_its_form():
    assert outlets("According to a list on wikipedia.org, the road will open in May.") == []
    assert outlets("In an article on waccglobal.org, Jane Okoth wrote that the road would open in May.") == []


def test_a_listed_outlets_acronym_opening_a_longer_name_and_a_described_newsletter_are_outlets():
    body = 'Ignacio Reyes from BBC World referred to the finding as follows: "It is grim and sad."'
    assert outlets(body) == ["BBC World"]
    body = "African Confidential, a fortnightly newsletter covering politics, has reported that the economy grew."
    assert outlets(body) == ["African Confidential"]
    assert outlets("Vice President Mike Pence said the road would open in May.") == []


def test_a_news_channel_named_with_its_number_is_an_outlet():
    body = "The water returned. Indeed, News 12 reported, only buildings next to the break were without water."
    assert outlets(body) == ["News 12"]


def test_a_common_noun_standing_for_an_outlet_named_just_before_is_that_outlet():
    body = "Mwanzo, a Tanzanian daily, ran a story on the road on Monday. The daily said the road would open in May."
    assert outlets(body) == ["Mwanzo"]
    assert outlets("The road is closed. The newspaper said the road would open in May.") == []


def test_an_outlet_quoting_another_in_a_relative_clause_or_a_participle_cites_it():
    assert outlets("The road will open in May, according to AFP, which cited the daily Mwanzo.") == ["AFP", "Mwanzo"]
    assert outlets("Reuters, quoting the Mwanzo newspaper, said the road would open in May.") == [
        "Reuters",
        "Mwanzo newspaper",
    ]


def test_a_nationality_before_a_descriptor_is_no_outlet_the_name_after_it_is():
    assert outlets("The road will open in May, the minister told the Tanzanian daily Mwananchi.") == ["Mwananchi"]


def test_a_radio_station_and_the_press_of_a_kind_spoken_on_are_sources():
    assert outlets("Speaking on Sauti FM, the minister said the road would open in May.") == ["Sauti FM"]
    assert outlets("The minister said on national television that the road would open in May.") == [
        "national television"
    ]


def test_the_paper_or_the_station_right_after_an_outlet_is_named_is_that_outlet():
    body = "According to Dawn, the road will open in May. The paper said the bridge would open in June."
    assert outlets(body) == ["Dawn", "Dawn"]
    body = "According to Sauti FM, the road will open in May. The station said the bridge would open in June."
    assert outlets(body) == ["Sauti FM", "Sauti FM"]


def test_a_title_opened_by_a_capital_the_inside_a_sentence_is_a_name():
    body = "Announcing the network on The Zambian website, Brenda Zulu wrote that bloggers would meet in May."
    assert outlets(body) == ["Zambian"]


def test_a_known_outlets_word_describing_another_thing_is_not_the_outlet():
    body = (
        "On The Zambian website, Brenda Zulu wrote that bloggers would meet in May.\n\n"
        "The state of Zambian blogosphere looked promising in 2007, Zambian Economist observed."
    )
    assert outlets(body) == ["Zambian"]


def test_a_newsroom_that_has_learned_something_is_the_source_but_a_person_is_not():
    assert outlets("Mwananchi has learned that the road will open in May.") == ["Mwananchi"]
    assert outlets("John Smith spoke on Monday. Smith has learned that the road will open in May.") == []


def test_an_outlet_named_inside_someones_quoted_words_is_not_a_source():
    assert outlets('"Jerry and I are talking to NBC at the moment," the actor said on Sunday.') == []


def test_a_network_naming_the_owner_of_a_station_gives_the_station():
    assert outlets("Neighbors told CBS station KDKA-TV that the area is usually quiet.") == ["KDKA-TV"]
    assert outlets("Neighbors told ABC affiliate KOMO that the area is usually quiet.") == ["KOMO"]


def test_a_claim_the_parser_cut_at_a_companys_abbreviation_goes_on_to_its_end():
    body = (
        "On Monday, daily newspaper Magyar Nemzet revealed a deal whereby state-owned enterprise HDT Ipari Kft. "
        "(HDT Limited) acquired Austrian manufacturer Hirtenberger Defence Group. The firm agreed."
    )
    [secondhand] = analyze_text(body).secondhand
    assert secondhand.outlet == "Magyar Nemzet" and "acquired Austrian manufacturer" in secondhand.claim
    assert "The firm agreed" not in secondhand.claim


def test_a_person_listed_before_a_described_newspaper_is_not_described_by_it():
    body = (
        "President Sata sued party leader Hakainde Hichilema, the Daily Nation newspaper, radio station Hot FM "
        "and a lecturer for defamation.\n\nHichilema said the contract was awarded to a friend."
    )
    assert outlets(body) == []


def test_a_platform_the_speaker_posted_on_is_no_outlet():
    assert outlets('"We must stand up for each other," the singer wrote on social media before her death.') == []
    assert outlets("The minister said on social networks that the road would open in May.") == []


def test_a_paper_described_after_a_comma_is_the_outlet_not_the_place_it_is_from():
    assert outlets("Danas, a Belgrade daily, reported that the minister resigned after the protests.") == ["Danas"]
    assert outlets("The minister resigned, according to Danas, a Belgrade daily.") == ["Danas"]


def test_a_name_described_as_a_newspaper_is_an_outlet_even_when_the_tagger_misses_the_name():
    assert outlets("Danas, an independent newspaper, said the minister resigned after the protests.") == ["Danas"]


def test_a_descriptor_capitalised_at_the_start_of_a_sentence_describes_the_name_after_it():
    assert outlets("Broadcaster NRK reported that the road would open in May.") == ["NRK"]
