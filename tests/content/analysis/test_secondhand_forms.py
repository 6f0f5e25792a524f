"""Secondhand claims from outlets no list knows, by the form of their names and where they stand (issue 13).

Invented sentences, written for stress-testing after the tuned folders; each rule was seen in two shapes at least.
"""

from tests.content.analysis.helpers import analyze_text


def secondhand(body: str) -> list[tuple[str, str]]:
    return [(s.outlet, s.claim) for s in analyze_text(body).secondhand]


def outlets(body: str) -> list[str]:
    return [outlet for outlet, _ in secondhand(body)]


def test_a_person_whose_surname_is_a_newsroom_word_is_no_outlet_where_a_person_stands():
    assert outlets("Club captain Anna Herald told reporters the team was tired.") == []
    assert outlets("The senator's lawyer, Tom Times, said his client would appeal.") == []
    assert outlets("Her brother, singer Paul Post, wrote that he missed her.") == []


def test_a_city_that_is_also_a_given_name_still_opens_a_papers_name():
    assert outlets("A resident told the Orlando Sentinel that the water had risen overnight.") == ["Orlando Sentinel"]


def test_a_listed_one_word_outlet_is_a_person_when_it_is_the_surname_of_someone_named():
    body = "Senator Jane Fox criticised the budget on Monday. Fox said the cuts would hurt rural schools."
    assert outlets(body) == []
    assert outlets("Fox reported that the cuts would hurt rural schools.") == ["Fox"]


def test_the_daily_refers_back_to_the_paper_though_tagged_an_adjective():
    body = (
        "Danish newspaper Politiken reported on Friday that the minister had hired his nephew. "
        "The daily said it had seen the contract."
    )
    assert outlets(body) == ["Politiken", "Politiken"]


def test_a_channel_known_by_its_number_is_an_outlet():
    assert outlets("Russia's Channel One reported that the bridge had reopened.") == ["Channel One"]
    assert outlets("Channel 9 reported that two people were rescued from the river.") == ["Channel 9"]


def test_a_broadcasting_corporation_is_an_outlet_and_a_broadcasting_authority_is_not():
    assert outlets("The Nigerian Broadcasting Corporation reported that the road had been cut.") == [
        "Nigerian Broadcasting Corporation"
    ]
    assert outlets("The Nigerian Broadcasting Authority said the licence had been revoked.") == []


def test_a_channel_or_station_in_a_named_language_is_the_press():
    assert outlets("Dunya, an Urdu-language channel, reported that the dam had burst.") == ["Dunya"]
    assert outlets("La Voz, a Spanish-language station in Denver, said the shelter was full.") == ["La Voz"]


def test_a_name_that_first_reported_the_story_is_a_newsroom():
    assert outlets("Semafor, which first reported the plan, said the memo was written in March.") == ["Semafor"]
    assert outlets("Mediapart, which broke the story, said the payments began in 2019.") == ["Mediapart"]
    assert outlets("Interpol, which reported the arrest, said the suspect was Italian.") == []


def test_the_club_or_the_company_is_not_the_outlet_named_before():
    body = (
        "According to The Athletic, the deal includes a buy-back clause. "
        "The club said in a statement that it did not comment on speculation."
    )
    assert outlets(body) == ["Athletic"]


def test_the_newspaper_refers_back_to_the_paper_not_to_a_company_named_in_its_report():
    body = (
        "The Sacramento Bee reported that workers at Tesla had walked out. The newspaper said the strike would last "
        "a week."
    )
    assert [a.speaker for a in analyze_text(body).attributions] == ["Sacramento Bee", "Sacramento Bee"]


def test_an_outlet_closing_the_sentence_that_the_parse_hangs_on_a_noun_is_its_source():
    body = "The striker was banned for four years after a failed test, the Italian news agency ANSA reported on Friday."
    [(outlet, claim)] = secondhand(body)
    assert outlet == "ANSA"
    assert claim.startswith("The striker was banned for four years")


def test_a_broadcaster_named_by_a_name_and_television_is_an_outlet():
    body = "Bianchi, speaking on Rai television, said he had never taken a banned substance."
    assert outlets(body) == ["Rai television"]
    assert outlets("Ethiopian Television reported that the dam was full.") == ["Ethiopian Television"]


def test_a_papers_name_in_its_own_language_runs_across_its_small_words():
    assert outlets("The coach told La Gazzetta dello Sport that he would stay.") == ["La Gazzetta dello Sport"]
    assert outlets("Il Giornale reported that the talks had failed.") == ["Il Giornale"]


def test_local_media_joined_to_another_source_are_still_a_source():
    body = "Heavy fighting broke out near the border on Wednesday, according to residents and local media."
    assert outlets(body) == ["local media"]


def test_the_paper_told_with_a_that_clause_the_parse_made_relative_refers_back():
    body = (
        "The Standard reported that two protesters had been shot in Kisumu. "
        "A police spokesperson told the paper that officers had acted in self-defense."
    )
    assert outlets(body) == ["Standard", "Standard"]


def test_a_capital_the_inside_a_sentence_opens_a_title_the_tagger_read_as_a_common_noun():
    body = "The bank will close 40 branches, The Information reported on Monday, citing a memo."
    assert outlets(body) == ["Information"]


def test_a_medium_in_lower_case_before_a_name_says_what_the_name_is():
    body = "Floods have cut the main road to the north, Romanian state television TVR reported on Tuesday."
    assert outlets(body) == ["TVR"]


def test_a_site_named_after_its_description_is_the_one_told_though_parsed_as_a_clause():
    body = "Sources told the news website Kibaru.ml that the convoy had been attacked."
    [(outlet, claim)] = secondhand(body)
    assert outlet == "Kibaru.ml"
    assert claim.startswith("that the convoy")


def test_comments_to_a_paper_whose_name_opens_with_a_nationality():
    body = "In comments to the Irish Independent, a security consultant said the breach was the worst in years."
    assert outlets(body) == ["Irish Independent"]


def test_declining_to_comment_to_an_outlet_gives_it_nothing():
    assert outlets("The factory's owner declined to comment to Reuters.") == []


def test_an_outlets_owner_or_chairman_speaks_for_himself():
    assert outlets("Washington Post owner Jeff Bezos said that he was optimistic about the economy.") == []
    assert outlets("BBC chairman Richard Sharp said the licence fee would stay.") == []
    assert outlets("The BBC's Jonathan Marcus said the talks had stalled.") == ["BBC"]


def test_what_an_outlet_first_reported_in_a_relative_clause_is_no_claim():
    body = "TechCrunch, which first reported the layoffs in the sales division, said engineers would be affected too."
    [(outlet, claim)] = secondhand(body)
    assert outlet == "TechCrunch"
    assert "engineers would be affected" in claim


def test_the_station_passes_over_a_paper_named_since_and_the_newspaper_takes_the_paper():
    body = (
        "National broadcaster RTE reported that the hospitals had closed their clinics. "
        "In comments to the Irish Independent, a doctor said the system was down. "
        "The station later reported that 80,000 patients had been affected."
    )
    assert outlets(body) == ["RTE", "Irish Independent", "RTE"]
    body = (
        "National broadcaster RTE reported that the hospitals had closed. "
        "The Irish Times has learned that the attackers demanded money. "
        "The newspaper said the ransom would not be paid."
    )
    assert outlets(body)[-1] == "Irish Times"


def test_capitals_after_a_descriptor_name_the_outlet_told_whatever_the_tagger_made_of_them():
    body = 'The striker told the sports daily AS that he had heard chants "from the first minute".'
    assert outlets(body) == ["AS"]


def test_a_report_aired_on_the_press_has_the_press_as_its_source():
    body = "A report aired on Syrian state TV said the army had destroyed a weapons depot near Idlib."
    assert outlets(body) == ["Syrian state TV"]


def test_a_cue_inside_an_outlets_claim_is_not_a_second_claim():
    body = "According to Haaretz, the military had initially blamed Palestinian gunmen."
    assert outlets(body) == ["Haaretz"]


def test_a_place_before_the_newspaper_that_a_name_follows_is_no_newspaper():
    body = (
        "Forest fires have killed 13 people in central Chile, the newspaper La Tercera reported on Saturday. "
        "Chile's forestry corporation said 40,000 hectares had burned."
    )
    assert outlets(body) == ["La Tercera"]


def test_what_an_outlet_understands_is_its_report():
    body = "An inquiry has found that 200 babies were harmed by poor care at the hospital, the BBC understands."
    assert outlets(body) == ["BBC"]
    assert outlets("Sky News understands that the chief executive will resign.") == ["Sky News"]
