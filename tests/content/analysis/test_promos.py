from quizgame.content.analysis.promos import find_promos, mask_promos


def texts(body: str) -> list[str]:
    return [p.text for p in find_promos(body)]


def test_a_stray_date_token_is_a_promo_and_the_sentence_after_it_is_not():
    body = " date 2020-06-11 Seattle police say they are not responding to calls."
    promos = find_promos(body)
    assert [p.text for p in promos] == ["date 2020-06-11"]
    assert body[promos[0].start : promos[0].end] == "date 2020-06-11"


def test_an_inline_related_link_is_cut_out_of_its_paragraph():
    body = "Nolette told KOMO. (RELATED: Mayor Says Something Odd)\n\nNolette said more."
    assert texts(body) == ["(RELATED: Mayor Says Something Odd)"]


def test_app_plugs_and_capital_headlines_of_other_stories_are_promos():
    body = "The chief spoke.\n\nCLICK HERE FOR THE FOX NEWS APP\n\nJUDGE BANS POLICE FROM USING PEPPER SPRAY AMIDST PROTESTS\n\nShe left."
    assert texts(body) == [
        "CLICK HERE FOR THE FOX NEWS APP",
        "JUDGE BANS POLICE FROM USING PEPPER SPRAY AMIDST PROTESTS",
    ]


def test_a_podcast_plug_is_a_promo():
    body = 'The mayor spoke.\n\nThis report was featured in the Friday episode of "Start Here," our daily news podcast.'
    assert len(texts(body)) == 1


def test_reporting_that_mentions_a_podcast_or_an_acronym_is_not_a_promo():
    body = "The host said the podcast had been cancelled.\n\nNATO met.\n\nThe USA and the UK agreed."
    assert texts(body) == []


def test_masking_keeps_every_offset_and_line_break():
    body = "A.\n(RELATED: X Y)\nB."
    masked = mask_promos(body, find_promos(body))
    assert len(masked) == len(body)
    assert masked.count("\n") == 2
    assert "RELATED" not in masked


def test_boilerplate_of_any_outlet_is_known_by_its_form():
    body = (
        "This post is part of our special coverage Elections 2024.\n\n"
        "The vote was held on Sunday.\n\n"
        "Visit the Harbour Watch blog for more photos of the port.\n\n"
        "All photos courtesy of Ana Reyes.\n\n"
        "https://example.org/2024/05/16/port-strike-continues/\n\n"
        "More reports from Radio Ndeke Luka..."
    )
    assert texts(body) == [
        "This post is part of our special coverage Elections 2024.",
        "Visit the Harbour Watch blog for more photos of the port.",
        "All photos courtesy of Ana Reyes.",
        "https://example.org/2024/05/16/port-strike-continues/",
        "More reports from Radio Ndeke Luka...",
    ]


def test_each_service_sentence_of_a_closing_paragraph_is_one_promo():
    body = (
        "The station reopened.\n\n"
        "For more information about this release contact Jo Lee at (202) 555-0100. "
        "For more information about the station visit our website at www.example.org."
    )
    assert len(texts(body)) == 2


def test_a_dateline_left_at_the_top_is_cut_from_the_first_sentence():
    body = "Friday, March 29, 2019 The festival returned to the city for three days."
    assert texts(body) == ["Friday, March 29, 2019"]


def test_reporting_about_photos_visits_and_followers_is_not_a_promo():
    body = (
        "Photos from the scene showed three burned cars.\n\n"
        "The minister will visit the region on Monday.\n\n"
        "Police asked residents to follow the signs to the shelters.\n\n"
        "This report by the ombudsman was published on Tuesday and lists 40 cases."
    )
    assert texts(body) == []


def test_a_fixed_form_is_surer_than_a_line_in_capitals():
    body = "date 2020-06-11 The council met.\n\nCOUNCIL VOTES TO CLOSE THE OLD BRIDGE TONIGHT\n\nIt rained."
    token, headline = find_promos(body)
    assert 0 < headline.confidence < token.confidence <= 1


def test_thumbnail_credits_commission_notes_and_visit_lines_are_boilerplate():
    body = (
        "The vote was held on Monday.\n\n"
        "This post and its translations to Spanish, Arabic and French were commissioned by the ISN as part of "
        "a partnership. Visit the ISN blog and see more related stories.\n\n"
        "The thumbnail image used in this post, VIP-parliament, is by jari, used under an Attribution-NonCommercial "
        "2.0 Generic (CC BY-NC 2.0) Creative Commons license. Visit jari's flickr photostream.\n\n"
        "Thumbnail image: TB Joshua. Image source: scoan.org"
    )
    promos = [p.text for p in find_promos(body)]
    assert len(promos) == 5
    assert promos[0].startswith("This post and its translations")
    assert promos[-1] == "Thumbnail image: TB Joshua. Image source: scoan.org"
    assert "The vote was held on Monday." not in " ".join(promos)


def test_a_visit_as_a_noun_is_not_a_plug():
    body = "Visit of the president to Beijing. Photo by Jane Doe.\n\nVisit our website for more stories."
    assert texts(body) == ["Visit our website for more stories."]


def test_news_about_another_piece_is_not_a_note_about_this_one():
    body = (
        "The report was first published by Human Rights Watch on Monday.\n\n"
        "The video was produced by activists in Homs.\n\n"
        "This post is part of our special coverage of the elections."
    )
    assert texts(body) == ["This post is part of our special coverage of the elections."]


def test_news_prose_that_opens_like_a_plug_is_not_a_promo():
    body = (
        "Visit any market in Lagos and you will see the price of rice has doubled.\n\n"
        "For more information about the outbreak, the ministry urged residents to call a hotline.\n\n"
        "Police asked drivers to follow the diversion on Main Street.\n\n"
        "Listen to the crowd and you hear anger, not fear."
    )
    assert texts(body) == []


def test_a_plug_says_where_to_go_listen_or_follow():
    body = (
        "The strike ended.\n\n"
        "Visit our website at www.example.org for the full schedule.\n\n"
        "Listen to the full interview on our podcast.\n\n"
        "Follow the Harbour Desk on Twitter for updates."
    )
    assert len(texts(body)) == 3


def test_a_document_the_article_is_about_is_not_a_note_about_the_article():
    body = (
        "This report was produced by the UN food agency and lists 40 districts at risk.\n\n"
        "This interview was translated into French and broadcast on state radio."
    )
    assert texts(body) == []


def test_a_note_about_the_piece_stands_at_the_head_of_its_paragraph():
    body = (
        "The lawyer said the story had circulated for weeks. This article was produced with support "
        "from a press freedom fund, she added.\n\n"
        "This article was produced with support from the Harbour Press Fund."
    )
    assert texts(body) == ["This article was produced with support from the Harbour Press Fund."]


def test_pictures_that_show_something_are_reporting_not_a_credit():
    body = (
        "All images released by the space agency show a crater 40 km wide.\n\n"
        "Photos from the scene showed three burned cars.\n\n"
        "All photos are by Ana Reyes."
    )
    assert texts(body) == ["All photos are by Ana Reyes."]


def test_a_podcast_in_the_news_is_not_a_podcast_plug():
    body = "The podcast's latest episode featured an interview with the senator, who denied the charges."
    assert texts(body) == []


def test_a_short_line_in_capitals_is_a_heading_and_a_blockquote_in_capitals_is_someones_words():
    body = "WHAT WE KNOW SO FAR\n\nThe bridge closed.\n\n> WE WILL NOT BE SILENCED BY THIS GOVERNMENT EVER AGAIN"
    assert texts(body) == []


def test_an_address_alone_is_a_plug_on_the_outlets_own_site_and_a_link_elsewhere():
    body = (
        "The vote was held on Monday.\n\n"
        "https://harbourvoices.org/2024/05/16/port-strike-continues/\n\n"
        "https://www.example-ministry.gov/decree-2024.pdf"
    )
    promos = find_promos(body, outlet="Harbour Voices")
    assert [p.text for p in promos] == ["https://harbourvoices.org/2024/05/16/port-strike-continues/"]
    assert [p.text for p in find_promos("The vote.\n\nhttps://www.voanews.com/a/123.html", "Voice of America")] == [
        "https://www.voanews.com/a/123.html"
    ]


def test_a_note_that_the_post_stands_on_another_site_is_a_promo():
    body = (
        "The festival opened on Friday.\n\n"
        "(This has been cross-posted on www.riverdiary.net)\n\n"
        "Cross-posted from the author's blog at harbourlights.net.\n\n"
        "(first published at lakeside-notes.org)"
    )
    assert texts(body) == [
        "(This has been cross-posted on www.riverdiary.net)",
        "Cross-posted from the author's blog at harbourlights.net.",
        "(first published at lakeside-notes.org)",
    ]


def test_a_paragraph_that_goes_on_to_report_is_no_cross_post_note():
    body = "Originally published in 1999, the novel sold a million copies.\n\nFirst posted on Monday, the video drew 5,000 views."
    assert texts(body) == []


def test_calls_to_go_read_join_or_subscribe_are_promos():
    body = (
        "The network has 300 members.\n\n"
        "Go to Amal's blog for more details and to sign the petition.\n\n"
        "Membership is free. Please join today!\n\n"
        "To subscribe, send an empty message to news-list at example.org."
    )
    assert texts(body) == [
        "Go to Amal's blog for more details and to sign the petition.",
        "Please join today!",
        "To subscribe, send an empty message to news-list at example.org.",
    ]


def test_reporting_on_joining_or_subscribing_is_not_a_promo():
    body = (
        "To join the scheme, farmers must register by March.\n\n"
        "Join rates rose by 4 percent, the union said.\n\n"
        "Subscribers went to the court for more than a year."
    )
    assert texts(body) == []


def test_asking_the_reader_for_views_is_a_promo():
    body = (
        "The council voted on Tuesday.\n\n"
        "Reactions? Please let us know what you think.\n\n"
        "We would love to hear from readers in the north.\n\n"
        "What do you think of the new bridge?"
    )
    assert texts(body) == [
        "Please let us know what you think.",
        "We would love to hear from readers in the north.",
        "What do you think of the new bridge?",
    ]


def test_a_question_inside_the_body_is_an_interviewers_not_the_pages():
    body = "What do you think of the new law?\n\nThe minister said it was overdue.\n\nThe law takes effect in May."
    assert texts(body) == []
