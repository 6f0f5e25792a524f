from tests.content.analysis.helpers import analyze_text


def pairs(body: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.quote) for a in analyze_text(body).attributions]


def test_a_pronoun_resolves_to_the_person_named_before():
    body = 'Seattle Mayor Jenny Durkan spoke on Thursday.\n\n"We are a city that demands accountability," she said.'
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker == "Jenny Durkan"
    assert attribution.speaker_kind == "named"
    assert attribution.direct is True
    assert attribution.cue == "said"
    assert body[attribution.start : attribution.end].startswith('"We are a city')


def test_a_title_resolves_to_the_person_who_holds_it():
    body = (
        "Mayor Jenny Durkan and police chief Carmen Best held a briefing.\n\n"
        '"I have confidence in the chief," the mayor said.'
    )
    assert pairs(body) == [("Jenny Durkan", "I have confidence in the chief")]


def test_a_quotation_over_several_sentences_and_she_added_keep_one_speaker():
    body = (
        "Chief Carmen Best spoke to officers.\n\n"
        '"You should know, leaving was not my decision. You fought for days. I asked you to stay," she said. '
        '"I am angry."\n\n'
        '"It is now an autonomous zone," she added.'
    )
    found = pairs(body)
    assert [speaker for speaker, _ in found] == ["Carmen Best"] * 3
    assert "You fought for days" in found[0][1]
    assert found[1][1] == "I am angry."


def test_reported_speech_and_anonymous_speakers():
    body = "Jim Fuda told reporters that he had never seen a protest like this.\n\nOne protester said they would stay for weeks."
    analysis = analyze_text(body)
    assert [(a.speaker, a.speaker_kind, a.direct) for a in analysis.attributions] == [
        ("Jim Fuda", "named", False),
        ("One protester", "anonymous", False),
    ]
    assert analysis.attributions[0].cue == "told reporters"


def test_outlets_documents_and_posts_are_kinds_of_speaker():
    body = (
        "Protesters set up barricades, according to the City-Journal.\n\n"
        "Mayor Jenny Durkan thanked the chief in a post on Twitter.\n\n"
        'Durkan fired back, tweeting: "Make us all safe. Go back to your bunker."'
    )
    kinds = [(a.speaker, a.speaker_kind) for a in analyze_text(body).attributions]
    assert ("City-Journal", "outlet") in kinds
    assert ("Jenny Durkan", "social_media") in kinds


def test_a_bare_surname_the_model_mislabels_is_still_the_person():
    body = (
        "Seattle Assistant Police Chief Deanna Nolette told KOMO that police are on priority calls.\n\n"
        "Nolette said the checkpoints were illegal."
    )
    assert [a.speaker for a in analyze_text(body).attributions] == ["Deanna Nolette", "Deanna Nolette"]


def test_quoted_names_and_plain_reporting_are_not_statements():
    body = 'Protesters call the area the "Capitol Hill Autonomous Zone" and marched on Friday.\n\nThe precinct is boarded up.'
    assert pairs(body) == []


def test_hearsay_with_no_speaker_is_not_an_attribution():
    body = "A spokesman denies that a reported attack said to have killed 140 soldiers ever took place."
    assert [a.speaker for a in analyze_text(body).attributions] == ["A spokesman"]


def test_an_issued_statement_and_a_call_for_something_are_attributed():
    body = (
        "Secretary-General Ban Ki-moon issued a statement deploring the violence.\n\n"
        "Ban Ki-moon called for the election to be postponed."
    )
    found = pairs(body)
    assert found == [("Ban Ki-moon", "deploring the violence"), ("Ban Ki-moon", "for the election to be postponed")]


def test_an_appositive_name_is_the_speaker_not_the_description():
    body = '"We have won this election," commented a spokesman for the government, Pascal Bodjona, to Radio France Internationale.'
    analysis = analyze_text(body)
    assert [a.speaker for a in analysis.attributions] == ["Pascal Bodjona"]
    assert [s.outlet for s in analysis.secondhand] == ["Radio France Internationale"]


def test_a_pronoun_prefers_the_last_subject_over_a_name_in_a_phrase():
    body = (
        "Premier Jean Charest has called an election.\n\n"
        "After meeting with Lieutenant Governor Pierre Duchesne, he said the airport represents a bridge to the north."
    )
    assert [a.speaker for a in analyze_text(body).attributions] == ["Jean Charest"]


def test_an_appositive_name_after_a_long_title_is_the_speaker():
    body = (
        "The U.S. Assistant Secretary of State for African Affairs, Jendayi Frazer, said in Washington today "
        "that the election would need international monitors. She added that security must be guaranteed."
    )
    assert [a.speaker for a in analyze_text(body).attributions] == ["Jendayi Frazer", "Jendayi Frazer"]


def test_a_public_judgement_of_an_object_is_an_attribution_without_quotation_marks():
    body = "The foreign ministers denounced the agreement between the two countries on Wednesday.\n"
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker == "The foreign ministers"
    assert "the agreement between the two countries" in attribution.quote
    assert attribution.confidence < 1.0


def test_a_judging_verb_keeps_its_adverb_and_an_agentless_judgement_names_no_one():
    body = (
        "Justice Department spokeswoman Kerri Kupec sharply criticized the House's decision.\n\n"
        "The move has been criticized widely.\n"
    )
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker == "Kerri Kupec"
    assert attribution.quote.startswith("sharply criticized the House's decision")


def test_a_quotation_standing_alone_continues_the_statement_of_the_sentence_before():
    body = (
        "Actor John Rhys-Davies revealed that a reboot of the series is being considered. "
        '"We are talking to the network at the moment. Nobody knows who owns the rights."\n'
    )
    found = [(a.speaker, a.quote) for a in analyze_text(body).attributions]
    assert (
        "John Rhys-Davies",
        "We are talking to the network at the moment. Nobody knows who owns the rights.",
    ) in found


def test_a_quotation_after_a_sentence_with_no_statement_is_not_linked_across_it():
    body = (
        "Actor John Rhys-Davies revealed that a reboot is being considered. The crowd cheered loudly. "
        '"We are talking to the network at the moment."\n'
    )
    assert all("talking to the network" not in a.quote for a in analyze_text(body).attributions)


def test_a_verb_of_saying_whose_subject_was_dropped_speaks_for_the_subject_before():
    body = (
        "Maria Lopez works at a nearby office and joined the protest after work. "
        '"I have photocopied the flyer and now I am with them", explains.\n'
    )
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker == "Maria Lopez"


def test_an_embedded_question_names_a_topic_not_a_statement():
    body = "Pastor Misheck Makora explains why Zimbabwean pastors are against the visit.\n"
    assert analyze_text(body).attributions == []


def test_a_free_relative_around_the_verb_of_saying_is_still_the_statement():
    body = (
        "Violence erupted after opposition supporters began to protest what they said was evidence of vote rigging.\n"
    )
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker == "opposition supporters"
    assert "was evidence of vote rigging" in attribution.quote


def test_an_accusation_in_the_passive_with_no_agent_is_made_by_unnamed_accusers():
    body = "In this case, the singer Lady Gaga was accused of corrupting the morality of young Indonesians.\n"
    [attribution] = analyze_text(body).attributions
    assert (attribution.speaker, attribution.speaker_kind) == ("unnamed accusers", "anonymous")
    assert attribution.quote.endswith("corrupting the morality of young Indonesians")
    assert attribution.confidence < 0.8


def test_accusations_that_a_clause_report_it_even_under_a_weak_verb():
    body = "Police held Anwar Ibrahim for questioning about accusations that he sodomized an aide.\n"
    [attribution] = analyze_text(body).attributions
    assert (attribution.speaker, attribution.quote) == ("unnamed accusers", "he sodomized an aide")


def test_a_lone_question_word_is_no_statement():
    body = "There is no need to ask Josep Maria what he is thinking about the protest.\n"
    assert analyze_text(body).attributions == []


def test_calling_an_object_something_is_a_judgement_without_quotation_marks():
    body = (
        "The United Nations called the resulting humanitarian crisis the worst in the world.\n\n"
        "The union called off the strike. She called the meeting to order.\n"
    )
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker == "United Nations"
    assert attribution.quote == "the resulting humanitarian crisis the worst in the world"


def test_what_the_reporter_says_someone_calls_a_thing_is_no_statement_of_theirs():
    body = "Secretary-General Ban Ki-moon urged restraint after what he calls a lack of restraint.\n"
    assert all("lack of restraint" not in a.quote for a in analyze_text(body).attributions)


def test_a_claim_in_the_passive_with_its_agent_is_the_agents_statement():
    [attribution] = analyze_text("The attack was claimed by the Houthi movement in Yemen.\n").attributions
    assert attribution.speaker == "Houthi movement"
    assert attribution.quote == "The attack was claimed by the Houthi movement in Yemen"


def test_a_verb_of_saying_under_an_adjective_takes_the_subject_of_the_clause():
    body = "The United States was more forceful in blaming Iran for the attack.\n"
    [attribution] = analyze_text(body).attributions
    assert (attribution.speaker, attribution.quote) == ("United States", "blaming Iran for the attack")


def test_coordinated_subjects_each_make_the_statement():
    body = "Both Saudi Arabia and the United States have alleged Iranian involvement.\n"
    found = {(a.speaker, a.quote) for a in analyze_text(body).attributions}
    assert found == {("Saudi Arabia", "alleged Iranian involvement"), ("United States", "alleged Iranian involvement")}


def test_a_named_owners_allegations_of_something_are_their_statement():
    body = "Mugabe won again despite Tsvangirai's allegations of widespread fraud. Claims of fraud spread.\n"
    found = [(a.speaker, a.quote) for a in analyze_text(body).attributions]
    assert found == [("Tsvangirai", "widespread fraud")]


def test_talking_of_something_and_continuing_a_quotation_are_statements():
    body = (
        "Actress Emma Caufield talked of being cast in a television pilot.\n\n"
        'Boris Johnson continued, "And I hope that she will come back to face the law here."\n'
    )
    found = [(a.speaker, a.quote) for a in analyze_text(body).attributions]
    assert ("Emma Caufield", "of being cast in a television pilot") in found
    assert ("Boris Johnson", "And I hope that she will come back to face the law here.") in found


def test_a_closed_quotation_does_not_take_a_later_source_phrase_that_has_a_statement_of_its_own():
    body = (
        '"It is the worst case you can have," said Sheriff Bill Brown. "It was the middle of the night." '
        "As of Tuesday, 20 bodies had been recovered, according to Brown.\n"
    )
    found = {(a.cue, a.quote) for a in analyze_text(body).attributions}
    assert ("according to", "As of Tuesday, 20 bodies had been recovered") in found


def test_a_closed_quotation_does_not_take_the_next_sentences_verb_with_an_object_of_its_own():
    body = (
        'Prime Minister Boris Johnson said, "I will raise it with the White House." '
        "The White House refers to the president's office.\n"
    )
    assert {a.speaker for a in analyze_text(body).attributions} == {"Boris Johnson"}


def test_as_a_source_put_it_gives_the_quotation_its_source():
    body = 'For four days, traffic "ground to a halt" — as the Supreme Court decision put it — on the bridge.\n'
    [attribution] = analyze_text(body).attributions
    assert (attribution.speaker, attribution.quote) == ("Supreme Court decision", "ground to a halt")
    assert analyze_text("As she put it on the table, the phone rang.\n").attributions == []


def test_a_video_showing_someone_being_treated_somehow_is_a_document_statement():
    body = "The video shows a 40-year-old man being interrogated by members of Al Qaeda.\n"
    [attribution] = analyze_text(body).attributions
    assert (attribution.speaker, attribution.speaker_kind) == ("The video", "document")
    assert "being interrogated" in attribution.quote


def test_a_thing_inside_what_someone_said_is_no_source_of_its_own():
    body = (
        'Party spokesman Tom Reyes said, "We are a lawful party." '
        "He added that there is clear evidence that suggests the government wants to silence its leader."
    )
    found = pairs(body)
    assert all(speaker == "Tom Reyes" for speaker, _ in found)
    assert any("the government wants to silence its leader" in quote for _, quote in found)
