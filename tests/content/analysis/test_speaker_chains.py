"""Chains of speakers in a news report: a person named once with a role and afterwards called by the role ('the
spokeswoman', 'the fire chief', 'the student'), then by a pronoun. Each later mention is the person named before."""

from tests.content.analysis.helpers import analyze_text


def speakers_of(body: str, words: str) -> list[str]:
    return [a.speaker for a in analyze_text(body).attributions if words in a.quote]


def test_a_pronoun_after_a_role_mention_is_the_role_holder_not_the_last_name():
    body = (
        "Fire chief Patrick Doyle said the blaze started in a kitchen.\n\n"
        "His neighbour, Tom Brennan, said he had warned the landlord about the wiring last year.\n\n"
        "The fire chief said an investigation was under way. He added that there was no sign of arson."
    )
    assert speakers_of(body, "no sign of arson") == ["Patrick Doyle"]


def test_a_pronoun_after_a_title_mention_skips_a_name_in_between():
    body = (
        "Governor Carl Mendes toured the flooded valley on Monday.\n\n"
        "Engineer Paul Rossi said the dam had held. Mayor Ivo Brandt thanked the volunteers.\n\n"
        "The governor praised the army for its work. But he warned that the river could rise again on Friday."
    )
    assert speakers_of(body, "the river could rise again") == ["Carl Mendes"]


def test_a_role_for_a_body_before_the_name_is_the_persons_role():
    body = (
        "A spokesman for the Interior Ministry, Ahmed Karimi, said 230 people had been arrested. Grace Mwangi of the "
        'Red Cross said the camps were full. "The streets are calm now," the spokesman said.'
    )
    assert speakers_of(body, "The streets are calm now") == ["Ahmed Karimi"]


def test_a_role_of_a_place_before_the_name_is_the_persons_role():
    body = (
        "The mayor of Lyon, Anne Roux, said the trams would run on Sunday. Minister Paul Vidal said the strike was "
        'over. "We are ready," the mayor said.'
    )
    assert speakers_of(body, "We are ready") == ["Anne Roux"]


def test_a_name_with_a_particle_is_one_name_and_its_surname_keeps_the_particle():
    body = (
        "Finance Minister Anton van der Berg said the budget would be balanced next year. Opposition leader Mia Holt "
        "said the plan would hurt pensioners. Van der Berg said the cuts were fair.\n\n"
        'Farmers leader Luiz da Silva said the drought had ruined the harvest. "We have lost everything," da Silva said.'
    )
    assert speakers_of(body, "the cuts were fair") == ["Anton van der Berg"]
    assert speakers_of(body, "We have lost everything") == ["Luiz da Silva"]


def test_a_club_before_a_players_position_is_not_the_players_name():
    body = (
        "Lindholm FC striker Pieter de Vries has announced he will retire at the end of the season. Coach Maria "
        'Castillo said she was sad. "That night I will never forget," the striker said.'
    )
    assert speakers_of(body, "he will retire") == ["Pieter de Vries"]
    assert speakers_of(body, "That night I will never forget") == ["Pieter de Vries"]


def test_a_noun_for_a_person_before_the_name_is_what_a_later_description_means():
    body = (
        "A witness, 19-year-old student Pablo Ruiz, said the bridge was crowded. Mayor Julia Ortega said two of the "
        'injured were in a serious condition. "It went down in two seconds," the student said.'
    )
    assert speakers_of(body, "It went down in two seconds") == ["Pablo Ruiz"]


def test_a_place_with_a_particle_is_no_persons_name():
    body = 'Rio de Janeiro officials said the beaches would reopen. "The water is clean," Mayor Ana Lima said.'
    assert speakers_of(body, "The water is clean") == ["Ana Lima"]


def test_a_name_inside_what_the_pronoun_reports_is_not_who_reports_it():
    body = (
        "Mayor Tom Reid opened the new bridge on Monday. Opposition leader Carl Berg watched from the crowd. "
        '"It cost twice its budget," Berg said. Reid will lose the next election, he added.'
    )
    assert speakers_of(body, "Reid will lose the next election") == ["Carl Berg"]


def test_a_person_unnamed_inside_what_the_pronoun_reports_is_not_who_reports_it():
    body = (
        "Party leader Kem Sokha said on Friday that the boycott would go on.\n\n"
        'His brother\'s leaving also "does not show a split" within the party, he said.'
    )
    assert speakers_of(body, "does not show a split") == ["Kem Sokha"]


def kinds_of(body: str, words: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.speaker_kind) for a in analyze_text(body).attributions if words in a.quote]


def test_the_pronoun_for_an_unnamed_spokeswoman_speaks_for_the_body_as_she_does():
    body = (
        "Police arrested two men on Friday. A police spokeswoman said the men were aged 23 and 31. She said they "
        "would appear in court on Monday."
    )
    assert kinds_of(body, "aged 23 and 31") == [("A police spokeswoman", "organization")]
    assert kinds_of(body, "appear in court") == [("A police spokeswoman", "organization")]


def test_the_pronoun_for_an_unnamed_spokesman_speaks_for_the_body_as_he_does():
    body = (
        "The airline cancelled 40 flights on Sunday. A company spokesman said the storm had closed two airports. He "
        "added that passengers would be rebooked."
    )
    assert kinds_of(body, "passengers would be rebooked") == [("A company spokesman", "organization")]


def test_a_noun_for_a_person_the_tagger_took_into_the_name_is_not_part_of_it():
    body = "Farmer Ramon Cruz said he could not leave his animals behind. The water kept rising all night."
    assert speakers_of(body, "he could not leave his animals") == ["Ramon Cruz"]


def test_the_group_is_the_body_the_sentence_before_brought_in_not_a_place_it_named():
    body = (
        "An organization supporting the rights of the Khmer Krom plans to hold a demonstration Friday in front of the "
        "National Assembly. The demonstration will go ahead as planned, the group said."
    )
    assert speakers_of(body, "will go ahead as planned") == ["An organization supporting the rights of the Khmer Krom"]


def test_the_group_after_a_coalition_brought_in_without_a_name_is_that_coalition():
    body = (
        "A coalition of farmers' unions will march on Monday to a rally outside the Ministry of Agriculture. The "
        "protest is peaceful, the group said."
    )
    assert speakers_of(body, "The protest is peaceful") == ["A coalition of farmers' unions"]


def test_the_group_after_a_group_led_by_a_named_body_is_that_body():
    body = "A group led by Greenpeace blocked the port on Monday. The protest was peaceful, the group said."
    assert speakers_of(body, "The protest was peaceful") == ["Greenpeace"]


def test_the_official_is_the_unnamed_official_the_sentence_before_brought_in():
    body = (
        "A senior U.S. official, who spoke on condition of anonymity, said Washington was preparing new sanctions. "
        "The official said the measures would target members of the ruling party."
    )
    assert kinds_of(body, "target members of the ruling party") == [("A senior U.S. official", "anonymous")]


def test_the_diplomat_two_sentences_on_is_the_diplomat_brought_in_with_a():
    body = (
        "A Western diplomat in Nairobi said the talks had stalled. The president said on Monday that he was hopeful. "
        "The diplomat said the two sides had not met since May."
    )
    assert speakers_of(body, "had not met since May") == ["A Western diplomat"]
