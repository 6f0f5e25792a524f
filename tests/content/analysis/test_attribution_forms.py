"""Forms of attribution read from the parse: a that-clause after any verb whose subject can speak, a verb of
saying that opens its sentence before its speaker, and verbs that only look like saying ('add a thing')."""

from tests.content.analysis.helpers import analyze_text


def found(body: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.quote) for a in analyze_text(body).attributions]


def test_a_party_that_can_speak_states_the_that_clause_of_any_verb():
    [(speaker, quote)] = found("Ann Lee regrets that the town hall cannot support the festival.")
    assert speaker == "Ann Lee" and quote.removeprefix("that ") == "the town hall cannot support the festival"
    [(speaker, quote)] = found("The opposition party concurred that the vote was a turning point.")
    assert speaker == "The opposition party" and quote.endswith("the vote was a turning point")


def test_a_that_clause_after_a_verb_of_doing_or_of_a_thing_is_no_statement():
    assert found("The council ensures that every child can attend school.") == []
    assert found("The storm meant that the harbour stayed closed for a week.") == []


def test_a_verb_of_saying_opening_its_sentence_speaks_for_the_party_after_it():
    assert found('Added the minister, "We will not give up on this plan."') == [
        ("the minister", "We will not give up on this plan.")
    ]
    assert found('Writes Ana Lopez: "The river has never been this low."') == [
        ("Ana Lopez", "The river has never been this low.")
    ]


def test_a_reader_introduced_after_the_verb_speaks_the_blockquote():
    body = "Many readers were angry.\n\nReacted a reader calling himself Jay:\n\n> These attacks are costly and hard to sustain."
    [(speaker, quote)] = found(body)
    assert speaker == "a reader" and quote.startswith("These attacks are costly")


def test_a_sentence_opening_with_a_verb_that_is_not_an_introduction_has_no_speaker():
    assert found("Denied the charges and left the court.") == []


def test_adding_a_thing_is_not_saying_it():
    body = 'For weeks the council has tried to add the question, "Is this person a resident of the city?", to the form.'
    assert found(body) == []
    assert found("The club added three players to the squad.") == []


def test_a_statement_that_reads_out_its_words_is_one_attribution():
    body = 'The company released a statement which read, in part, "This judgment raises critical questions for us."'
    [(speaker, quote)] = found(body)
    assert speaker == "The company" and quote == "This judgment raises critical questions for us."


def test_chanting_and_shouting_report_the_words():
    [(speaker, quote)] = found('The crowd chanted: "We want justice now!"')
    assert speaker == "The crowd" and quote.startswith("We want justice now")


def test_each_that_clause_of_a_series_after_semicolons_is_reported_by_the_one_verb():
    body = (
        "Researchers from two universities reported that most deaths were caused by coal; that age was a "
        "significant factor in who was affected; and that a large share of the deaths came from smoke."
    )
    quotes = {q.removeprefix("that ") for s, q in found(body) if s == "Researchers"}
    assert quotes == {
        "most deaths were caused by coal",
        "age was a significant factor in who was affected",
        "a large share of the deaths came from smoke",
    }


def test_statements_parted_by_a_semicolon_keep_their_own_content():
    assert found("Police said two men were arrested; a spokesman added the search would continue.") == [
        ("Police", "two men were arrested"),
        ("a spokesman", "the search would continue"),
    ]
    body = "The minister said the bridge would open in May; the mayor added that it would cost more."
    assert [(s, q.removeprefix("that ")) for s, q in found(body)] == [
        ("The minister", "the bridge would open in May"),
        ("the mayor", "it would cost more"),
    ]


def test_a_stance_introducing_a_blockquote_is_a_statement_of_its_own():
    body = (
        "Many fans have criticized the government's decision:\n\n> @gina: What right do they have to ban the concert?"
    )
    assert set(found(body)) == {
        ("Many fans", "criticized the government's decision"),
        ("@gina", "What right do they have to ban the concert?"),
    }


def test_citing_a_reason_is_what_the_party_above_the_participle_gave():
    [(speaker, quote)] = found("The governor postponed the election, citing the health crisis.")
    assert speaker == "The governor" and quote.endswith("the health crisis")


def test_citing_a_source_is_no_statement_of_its_own():
    body = "The Daily Post, citing local militia groups, reported that the attack was over."
    assert ("The Daily Post", "that the attack was over") in found(body) or (
        "Daily Post",
        "that the attack was over",
    ) in found(body)
    assert not [q for _, q in found(body) if "citing" in q]


def test_a_blockquote_line_labelled_with_a_name_is_that_persons():
    body = (
        "On his blog, Ido Kenan reported on the comments posted by some readers:\n\n"
        "> The post received 300 shares and kind reactions, but also hateful comments.\n"
        "> [For example] Dana Katz: Check the parking lots, maybe a stranger took her."
    )
    assert set(found(body)) == {
        ("Ido Kenan", "The post received 300 shares and kind reactions, but also hateful comments."),
        ("Dana Katz", "Check the parking lots, maybe a stranger took her."),
    }


def test_a_comment_label_in_a_blockquote_is_no_name():
    body = "The Daily Post reported:\n\n> Watchdog comment: The Watchdog knows who sponsored the hackers."
    assert [s for s, _ in found(body)] in (["Daily Post"], ["The Daily Post"])


def test_as_a_source_says_names_the_speaker_of_the_blockquote_below():
    body = "The poet visited the village last week.\n\nAs one of her poems says:\n\n> Blood that knows how to wait knows how to be a stone."
    [(speaker, quote)] = found(body)
    assert speaker == "one of her poems" and quote.startswith("Blood that knows how to wait")


def test_a_party_threatening_to_act_states_what_it_will_do():
    assert found("The union has threatened to strike in May.") == [("The union", "to strike in May")]
    assert found("The standoff threatens to spark a new wave of violence.") == []


def test_an_announcement_made_before_a_colon_reports_what_follows():
    body = "The news agency makes a double announcement: the mayor has been removed and the chief has been replaced."
    [(speaker, quote)] = found(body)
    assert speaker == "The news agency" and quote.startswith("the mayor has been removed")


def test_an_owned_announcement_that_reports_its_clause():
    body = "Ann Lee resigned as party leader and made her announcement that she will not run again."
    assert ("Ann Lee", "she will not run again") in found(body)


def test_a_statement_made_with_nothing_said_reports_nothing():
    assert found("The ministry made a statement on Monday.") == []


def test_a_quotation_before_a_cue_that_reports_its_own_clause_is_not_that_cues():
    body = 'After his prediction that an "aging African leader" would die, critics were concluding that the prophecy meant the president.'
    assert not [s for s, q in found(body) if q == "aging African leader"]
    assert [s for s, q in found(body) if q.endswith("the prophecy meant the president")] == ["critics"]


def test_wondering_whether_states_the_doubt():
    [(speaker, quote)] = found("Ann Lee wonders whether the pastors are afraid of the preacher.")
    assert speaker == "Ann Lee" and quote.endswith("the pastors are afraid of the preacher")


def test_a_subject_after_a_fronted_phrase_without_a_comma_still_speaks():
    body = 'From both sides of the road people were chanting: "We will not leave our homes today!"'
    [(speaker, quote)] = found(body)
    assert speaker.endswith("people") and quote.startswith("We will not leave our homes today")


def test_a_quotation_woven_into_a_sentence_about_a_person_is_theirs():
    body = 'Lisa Moreau has been sewing costumes for two years. She typically chooses "to portray beloved characters from childhood or strong women."'
    assert ("Lisa Moreau", "to portray beloved characters from childhood or strong women.") in found(body)


def test_a_bracketed_or_borrowed_phrase_in_a_sentence_about_a_person_is_not_theirs():
    body = 'Ann Lee has copied one of the flyers ("If you pay your debt, let them pay your mortgage") for the march.'
    assert found(body) == []
    assert found('Ann Lee drove home over the "bridge to the north" on Monday.') == []


def test_calling_on_a_party_to_act_names_whom_it_was_asked_of():
    [(speaker, quote)] = found("The ministers called on Turkey to halt its drilling in the zone.")
    assert speaker == "The ministers" and quote == "on Turkey to halt its drilling in the zone"


def test_a_belief_joined_to_a_statement_shares_its_subject():
    body = "The ministers called on Turkey to halt its drilling, and deemed that the deal breaks the law."
    assert ("The ministers", "that the deal breaks the law") in found(body)
    assert found("The farmers planted wheat and believed that the rain would come.") == []


def test_quoted_as_saying_gives_the_words_to_the_one_quoted_and_to_who_quoted_them():
    # a nested source: the gold conventions credit both levels (tests/content/analysis/test_nested_sources.py)
    pairs = found("The newspaper quoted the minister as saying the plan would fail.")
    assert ("the minister", "the plan would fail") in pairs
    assert {speaker for speaker, _ in pairs} == {"the minister", "The newspaper"}


def test_a_statement_joined_by_while_is_not_part_of_the_one_before():
    assert found("Officials say the dam is safe, while residents say it could burst.") == [
        ("Officials", "the dam is safe"),
        ("residents", "it could burst"),
    ]


def test_each_source_joined_after_according_to_said_it():
    assert set(found("According to police and witnesses, the fire started at noon.")) == {
        ("police", "the fire started at noon"),
        ("witnesses", "the fire started at noon"),
    }


def test_voicing_support_links_the_quotation_that_follows_and_says_nothing_alone():
    assert found('Ann Lee voiced her support: "We stand with the workers today."') == [
        ("Ann Lee", "We stand with the workers today.")
    ]
    assert found("The minister voiced concern over the rising prices.") == []


def test_ascribing_a_cause_is_a_statement_nested_in_the_report_of_it():
    body = "The website claims security sources have ascribed the explosion to terrorism."
    assert ("security sources", "the explosion to terrorism") in {
        (s, q.removeprefix("ascribed ")) for s, q in found(body)
    }


def test_a_document_citing_a_thing_as_an_example_says_so():
    [(speaker, quote)] = found("The guidelines cite the 2009 flu outbreak as an example of what not to do.")
    assert speaker == "The guidelines" and quote.endswith("as an example of what not to do")


def test_a_percent_sign_ends_the_content_it_belongs_to():
    assert found("The union calls for a wage rise of 5%.") == [("The union", "for a wage rise of 5%")]


def test_a_verb_of_saying_after_a_comma_with_its_speaker_closing_the_sentence():
    body = "A gunman shot shoppers at a store in the city, with the toll rising to 22 on Monday, reported officials."
    [(speaker, quote)] = found(body)
    assert speaker == "officials" and quote.startswith("A gunman shot shoppers")
    assert found("The council met on Monday, approved the budget and appointed a new clerk.") == []


def test_according_to_a_source_with_a_relative_clause_after_it_sources_the_clause_before():
    body = (
        "The shooting began at 10:39 a.m. local time (1639 UTC), according to police, who said officers "
        "arrived at the store six minutes later."
    )
    quotes = {q for s, q in found(body) if s == "police"}
    assert any(q.startswith("The shooting began at 10:39") and "according to" not in q for q in quotes)
    assert "officers arrived at the store six minutes later" in quotes
