from tests.content.analysis.helpers import analyze_text


def test_claims_taken_from_other_outlets_are_secondhand():
    body = (
        "Armed groups seized control of the neighborhood, according to the City-Journal.\n\n"
        "The zone has no police, KOMO News reported Thursday morning.\n\n"
        "Deanna Nolette told KOMO that police were not answering calls."
    )
    outlets = [s.outlet for s in analyze_text(body).secondhand]
    assert outlets == ["City-Journal", "KOMO News", "KOMO"]


def test_the_articles_own_outlet_is_not_secondhand():
    body = "Jim Fuda told ABC News that he had never seen this."
    assert analyze_text(body, outlet="ABC News").secondhand == []


def test_a_checkable_claim_with_no_source_is_unsourced_and_an_attributed_one_is_not():
    body = (
        "There are currently 14,000 complaints against Seattle police.\n\n"
        "The police chief said there were 300 officers on duty."
    )
    claims = [c.text for c in analyze_text(body).unsourced_claims]
    assert claims == ["There are currently 14,000 complaints against Seattle police."]


def test_quotations_and_questions_are_not_unsourced_claims():
    body = '"We will stay for as long as it takes," one protester said.\n\nWho runs the zone?'
    assert analyze_text(body).unsourced_claims == []


def test_a_credit_line_naming_agencies_is_sourced_and_an_unexplained_silence_is_not():
    body = (
        "The government has not commented on the situation.\n\n"
        "Some information for this report was provided by AFP, AP and Reuters."
    )
    assert [c.text for c in analyze_text(body).unsourced_claims] == [
        "The government has not commented on the situation."
    ]


def test_the_outlets_initials_are_the_outlet_itself():
    body = "Information ministry sources told VOA that the soldiers drove back to their base."
    assert analyze_text(body, outlet="Voice of America").secondhand == []


def test_outlets_are_known_by_the_form_of_their_name_not_only_by_a_list():
    body = (
        "News site Krai.ru reported that the bridge had been closed for a week.\n\n"
        "The mayor told Anna Berg of KXTV 10 News that repairs would start in May.\n\n"
        "The weekly Hetilap noted the contract appeared to skip a public tender."
    )
    outlets = [s.outlet for s in analyze_text(body).secondhand]
    assert outlets == ["Krai.ru", "KXTV 10 News", "Hetilap"]


def test_other_bodies_whose_names_end_like_an_outlets_are_not_outlets():
    body = "The National Security Agency said the network had been breached in March."
    assert analyze_text(body).secondhand == []


def test_an_outlet_named_as_the_source_of_figures_makes_the_sentence_secondhand():
    body = "Per numbers reported by The Associated Press, 400 schools closed on Monday."
    [found] = analyze_text(body).secondhand
    assert found.outlet == "Associated Press"
    assert "400 schools closed" in found.claim


def test_the_website_further_reported_is_the_outlet_cited_before():
    body = (
        "News site Krai.ru reported that the bridge had been closed for a week.\n\n"
        "The website further reported that two engineers had resigned."
    )
    found = analyze_text(body).secondhand
    assert [s.outlet for s in found] == ["Krai.ru", "Krai.ru"]
    assert found[1].confidence < found[0].confidence


def test_secondhand_confidence_is_highest_for_a_listed_outlet_speaking():
    body = (
        "Reuters reported that the port had reopened on Tuesday.\n\n"
        "Officials, speaking to Radio Kivu FM News, said the road was still closed."
    )
    listed, told = analyze_text(body).secondhand
    assert listed.outlet == "Reuters" and told.outlet == "Radio Kivu FM News"
    assert 0 < told.confidence < listed.confidence <= 1


def _unsourced(body: str) -> list[str]:
    return [c.text for c in analyze_text(body).unsourced_claims]


def test_a_sentence_reporting_what_a_party_urged_judged_or_found_is_sourced():
    body = (
        "The embassy urged citizens to leave the country by Friday.\n\n"
        "The study found that 40 wells had dried up since 2010.\n\n"
        "Most of the wells, the authors suggested, were drilled too shallow.\n\n"
        "The ministry closed 40 wells in 2019."
    )
    assert _unsourced(body) == ["The ministry closed 40 wells in 2019."]


def test_a_refusal_to_comment_and_a_vague_hedge_source_nothing():
    body = (
        "The government has not commented on the arrests.\n\n"
        "The rebels, reported to number about 300, took the airport on Monday."
    )
    assert len(_unsourced(body)) == 2


def test_words_set_apart_as_blockquotes_tweets_or_another_language_are_not_the_reporters_claims():
    body = (
        "Fans criticized the decision on Twitter:\n\n"
        "> @fan_one: The police cancelled the show for nothing.\n\n"
        "@fan_two: The venue had sold 50,000 tickets.\n\n"
        "bugün geldim roboskiye ve gidemedim ama yarın.\n\n"
        "The concert was cancelled on 15 May by the police in Jakarta."
    )
    assert _unsourced(body) == ["The concert was cancelled on 15 May by the police in Jakarta."]


def test_opinion_exclamations_and_captions_are_not_unsourced_claims():
    body = (
        "I waited in line for eight hours to buy a ticket.\n\n"
        "One might question whether the vote was fair.\n\n"
        "Save the freedom of expression!\n\n"
        "Photo from the campaign's Facebook page\n\n"
        "The party won 62 percent of the vote in 2011."
    )
    assert _unsourced(body) == ["The party won 62 percent of the vote in 2011."]


def test_unsourced_confidence_is_higher_for_a_checkable_fact_than_for_a_vague_statement():
    body = "The council approved a budget of 4 million dollars on Tuesday.\n\nThe mood in the town was tense."
    fact, vague = analyze_text(body).unsourced_claims
    assert 0.5 <= vague.confidence < fact.confidence <= 1


def test_a_described_audience_is_an_outlet_but_the_press_is_not():
    body = (
        "A total of 39 people died, officials told state media on Monday.\n\n"
        "The mayor told the press that the roads would reopen on Friday."
    )
    assert [s.outlet for s in analyze_text(body).secondhand] == ["state media"]


def test_fragments_mostly_quoted_sentences_and_media_reports_are_not_unsourced_claims():
    body = (
        "[es] that is fighting for a law on mortgages in Madrid.\n\n"
        '"We are all part of the same movement and we will stay here", explains.\n\n'
        "Two attacks on asylum seekers have been reported in the Israeli media this month.\n\n"
        "The march reached Catalunya Plaza at 6pm on Saturday."
    )
    assert _unsourced(body) == ["The march reached Catalunya Plaza at 6pm on Saturday."]


def test_a_stance_a_parenthetical_cue_and_supplied_figures_are_sourced():
    body = (
        "Chinese citizens have criticized the government's initial response to the outbreak.\n\n"
        "The plan was criticised by archbishop Jorge Scheinig.\n\n"
        "The outrage is so high, he added, that he does not rule out camping at the plaza.\n\n"
        "Some death tolls, provided anonymously by officials to journalists, exceeded 100.\n\n"
        "Indeed, reports Unzipped, one government official set up a page praising the arsonists.\n\n"
        "The bridge was closed for repairs on Monday."
    )
    claims = [c.text for c in analyze_text(body).unsourced_claims]
    assert claims == ["The bridge was closed for repairs on Monday."]


def test_a_bare_existential_with_nothing_to_check_is_not_a_claim():
    body = "There are also personal reasons.\n\nThere are 14,000 complaints against the police."
    claims = [c.text for c in analyze_text(body).unsourced_claims]
    assert claims == ["There are 14,000 complaints against the police."]


def test_an_outlet_is_known_by_its_journalist_and_by_an_earlier_description():
    body = (
        "Jennifer Daskal, a contributor to Slate, wrote that the ruling could reach beyond Europe.\n\n"
        "The daily Nepszava said the price was 30 million euros.\n\n"
        "Nepszava noted the purchase appeared to skip the ministry."
    )
    outlets = [s.outlet for s in analyze_text(body).secondhand]
    assert outlets == ["Slate", "Nepszava", "Nepszava"]


def test_media_in_general_platforms_and_the_own_outlets_reporters_are_not_secondhand():
    body = (
        'The mother said on TV, "She did not stop and she did not come back to face us."\n\n'
        "The company wrote on Facebook that the service would resume.\n\n"
        "Villager Tom Moyo told VOA reporter Jonga Kandemiiri that the police were not arresting anyone."
    )
    assert analyze_text(body, outlet="Voice of America (Studio 7 for Zimbabwe)").secondhand == []


def test_captions_subheadings_bylines_and_scenes_are_not_unsourced_claims():
    body = (
        "Police arrested the opposition leader on Wednesday near his home in Kuala Lumpur.\n\n"
        "An evicted man takes out the last furniture from his apartment. Photo by Elena Arrontes.\n\n"
        "Chad Bouchard reports from Jakarta.\n\n"
        "Second wave of rumors flows in\n\n"
        "Photographers and tourists stop, take pictures and walk away."
    )
    claims = [c.text for c in analyze_text(body).unsourced_claims]
    assert claims == ["Police arrested the opposition leader on Wednesday near his home in Kuala Lumpur."]


def test_a_language_mark_after_a_verb_cites_a_linked_source_but_after_a_name_only_links_the_name():
    body = (
        "Unemployment among young people reached 52 percent in March, the statistics office reported [es].\n\n"
        "The eviction was carried out, as documented [es] by neighbours, on 9 May in Madrid.\n\n"
        "Campus Party [es], the technology meeting, will be held this year in Bogota."
    )
    claims = [c.text for c in analyze_text(body).unsourced_claims]
    assert claims == ["Campus Party [es], the technology meeting, will be held this year in Bogota."]


def test_an_interview_transcript_and_the_outlets_own_acts_are_not_unsourced_claims():
    body = (
        "The team studied five bone tools found in southwest France in 2019.\n\n"
        "Wikinews caught up with Dr Martisius to discuss this research.\n\n"
        "Thank you for agreeing to discuss your findings.\n\n"
        "((WN)) ZooMS usually involves drilling the artefacts.\n\n"
        "((Naomi Martisius)) The method needs only a little collagen from the bag.\n\n"
        "((WN)) What prompted your interest?\n\n"
        "((Naomi Martisius)) My father was very interested in history."
    )
    claims = [c.text for c in analyze_text(body, outlet="Wikinews").unsourced_claims]
    assert claims == ["The team studied five bone tools found in southwest France in 2019."]


def test_a_cue_closing_the_sentence_sources_it():
    body = "The species selected bones from one animal to make its tools, the research showed."
    assert analyze_text(body).unsourced_claims == []


def test_outlets_named_as_examples_and_announcing_are_secondhand_but_a_site_where_a_story_appeared_is_not():
    body = (
        "Readers of news websites such as Zambian Watchdog were met with errors on Wednesday.\n\n"
        "A day later, Zambian Watchdog reported that its website had been attacked by government agents.\n\n"
        "On April 10, Xinhua makes two separate announcements: the minister has been dismissed.\n\n"
        "Commenting on a story published on MyZimbabwe website, John Moyo argues that the preacher is honest."
    )
    outlets = [s.outlet for s in analyze_text(body).secondhand]
    assert outlets == ["Zambian Watchdog", "Xinhua"]


def test_an_unsourced_claims_confidence_is_the_precision_measured_for_its_kind():
    body = (
        "The bridge was closed for repairs on Monday.\n\n"
        "The old bridge was closed for repairs after the storm.\n\n"
        'The mayor\'s "emergency plan" was published on Monday.'
    )
    confidences = [c.confidence for c in analyze_text(body).unsourced_claims]
    assert confidences == [0.9, 0.85, 0.7]


def test_a_countrys_press_as_the_source_is_secondhand():
    body = "Two cases of assault have been reported in the Israeli media this month."
    assert [(s.outlet, s.cue) for s in analyze_text(body).secondhand] == [("the Israeli media", "reported in")]


def test_a_post_that_names_its_author_is_not_taken_from_the_outlet_in_its_lead_in():
    body = (
        "A photo posted by Channel NewsAsia, a mainstream media network, has gone viral:\n\n"
        "> @mrbrown: The tagline is Always Here for You. This photo captures it."
    )
    assert analyze_text(body).secondhand == []


def test_a_statement_made_or_a_reaction_is_sourced():
    body = (
        "The PAH has made a call on its website to stop evictions in Madrid.\n\n"
        "Historian Egidio Vaz reacted in a note republished on a blog on April 17.\n\n"
        "The eviction took place on May 9 in Madrid."
    )
    claims = [c.text for c in analyze_text(body).unsourced_claims]
    assert claims == ["The eviction took place on May 9 in Madrid."]


def test_a_sentence_that_tells_someone_voiced_a_view_asserts_nothing_of_the_reporters():
    body = (
        "Residents of the district expressed concern about the new road on Monday.\n\n"
        "The council approved the new road on Monday by seven votes to two."
    )
    claims = [c.text for c in analyze_text(body).unsourced_claims]
    assert claims == ["The council approved the new road on Monday by seven votes to two."]


def test_an_outlet_the_sentence_is_about_sources_nothing_and_one_it_takes_facts_from_does():
    body = (
        "The Valley Tribune has launched a weekly podcast for young readers in 2019.\n\n"
        "Farmers formed a cooperative called the Valley Tribune Network in 2018.\n\n"
        "Some information for this report was provided by Reuters and the Valley Tribune."
    )
    claims = [c.text for c in analyze_text(body).unsourced_claims]
    assert claims == [
        "The Valley Tribune has launched a weekly podcast for young readers in 2019.",
        "Farmers formed a cooperative called the Valley Tribune Network in 2018.",
    ]


def test_a_programme_title_in_quotation_marks_is_not_an_outlet_sourcing_the_sentence():
    body = 'Election monitor Sam Oun went on "Hello Reuters" Monday to discuss the results with 40 callers.'
    claims = [c.text for c in analyze_text(body).unsourced_claims]
    assert claims == [body]


def test_a_sentence_telling_what_a_recording_shows_is_not_the_reporters_claim():
    body = (
        "The project opened a radio school in the border town of Mae Sot in March.\n\n"
        "In this short film, the students of the radio course speak about their first broadcasts.\n\n"
        "A video report by a local user sums up the three days of the protest in Frankfurt."
    )
    claims = [c.text for c in analyze_text(body).unsourced_claims]
    assert claims == ["The project opened a radio school in the border town of Mae Sot in March."]
