from tests.content.analysis.helpers import analyze_text


def pairs(body: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.quote) for a in analyze_text(body).attributions]


def test_a_pronoun_resolves_to_the_person_named_before():
    body = (
        "Seattle Mayor Jenny Durkan spoke on Thursday.\n\n"
        '"We are a city that demands accountability," she said.'
    )
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
        'Chief Carmen Best spoke to officers.\n\n'
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
        "Durkan fired back, tweeting: \"Make us all safe. Go back to your bunker.\""
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
        'Actor John Rhys-Davies revealed that a reboot of the series is being considered. '
        '"We are talking to the network at the moment. Nobody knows who owns the rights."\n'
    )
    found = [(a.speaker, a.quote) for a in analyze_text(body).attributions]
    assert ("John Rhys-Davies", "We are talking to the network at the moment. Nobody knows who owns the rights.") in found


def test_a_quotation_after_a_sentence_with_no_statement_is_not_linked_across_it():
    body = (
        'Actor John Rhys-Davies revealed that a reboot is being considered. The crowd cheered loudly. '
        '"We are talking to the network at the moment."\n'
    )
    assert all("talking to the network" not in a.quote for a in analyze_text(body).attributions)


def test_a_verb_of_saying_whose_subject_was_dropped_speaks_for_the_subject_before():
    body = (
        'Maria Lopez works at a nearby office and joined the protest after work. '
        '"I have photocopied the flyer and now I am with them", explains.\n'
    )
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker == "Maria Lopez"
