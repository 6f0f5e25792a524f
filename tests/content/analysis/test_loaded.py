from tests.content.analysis.helpers import analyze_text


def terms(body: str) -> list[tuple[str, str]]:
    return [(t.term, t.neutral) for t in analyze_text(body).loaded_terms]


def test_charged_phrases_in_the_reporters_voice_with_neutral_alternatives():
    body = "Armed groups seized control of the neighborhood as rioting engulfed the city. Trump lambasted the mayor."
    found = analyze_text(body).loaded_terms
    assert [(t.term, t.neutral) for t in found] == [
        ("seized control", "took over"),
        ("rioting engulfed the city", "spread through"),
        ("lambasted", "criticized"),
    ]
    assert all(t.reason and t.sentence for t in found)
    assert body[found[0].start : found[0].end] == "seized control"


def test_context_decides_police_seizing_drugs_or_flames_engulfing_a_house_is_not_loaded():
    assert terms("Police seized drugs and cash. Flames engulfed the house.") == []


def test_judging_verbs_of_saying_count_only_as_verbs_of_saying():
    assert terms("Nolette claimed the protesters were armed.") == [("claimed", "said")]
    assert terms("The insurer paid the claims.") == []


def test_charged_words_inside_quotations_are_the_speakers_not_the_reporters():
    body = '"These ugly thugs seized control of the city," the president wrote.'
    assert terms(body) == []


def test_plain_reporting_has_no_loaded_terms():
    assert terms("The council met on Tuesday and approved the budget by seven votes to two.") == []


def test_claimed_victory_and_claimed_responsibility_are_idioms_not_judgements():
    assert terms("Both candidates claimed victory. The group claimed responsibility for the attack.") == []


def test_words_set_apart_as_blockquotes_or_tweets_are_not_the_reporters():
    body = "Users reacted on Twitter:\n\n> @user: The regime is panicking again.\n\nThe regime closed the border on Monday."
    found = analyze_text(body).loaded_terms
    assert [t.sentence for t in found] == ["The regime closed the border on Monday."]


def test_literal_and_labelling_uses_are_not_the_reporters_judgement():
    body = (
        "Barr refused to hand over the documents.\n\n"
        "No drugs have been clearly demonstrated to work.\n\n"
        "The group views the police as racist.\n\n"
        "Traffic chaos followed the closure of the bridge."
    )
    assert analyze_text(body).loaded_terms == []


def test_the_lexicon_reaches_beyond_the_seeds_with_documented_entries():
    body = (
        "The minister, ostensibly on holiday, met the sect's leaders.\n\n"
        "The mogul was flaunting an extravagant lifestyle."
    )
    terms = [t.term for t in analyze_text(body).loaded_terms]
    assert terms == ["ostensibly", "sect", "mogul", "flaunting", "extravagant"]


def test_a_label_in_a_clause_a_speaker_governs_is_the_speakers_paraphrased_not_the_reporters():
    body = (
        "The regime closed the border.\n\n"
        "The minister said the regime had closed the border.\n\n"
        "In a statement, the party said the arrests serve to confirm how the regime is panicking."
    )
    (own,) = analyze_text(body).loaded_terms
    assert (own.term, own.sentence) == ("regime", "The regime closed the border.")
    assert 0.5 <= own.confidence <= 1


def test_words_of_a_transcript_a_name_or_a_parenthetical_paraphrase_are_not_the_reporters():
    body = (
        "Dr Martisius studied five bone tools.\n\n"
        "((WN)) Was the find controversial?\n\n"
        "((Naomi Martisius)) It was obviously controversial.\n\n"
        "((WN)) Thank you.\n\n"
        "The outrage is so high, he added, that he does not rule out camping at the plaza.\n\n"
        "Lawmakers debated the Regime Change Act on Monday."
    )
    assert [t.term for t in analyze_text(body).loaded_terms] == []


def test_conflict_verbs_are_plain_for_armed_actors_and_charged_for_civilians():
    """Issue 14: "rebels seized the town" reports what happened; "protesters seized the area" casts civilians as
    an armed force. "clashed" is plain for armed groups and for abstract subjects, charged for people who disagree."""
    words = [t for t, _ in terms("The rebels seized the town of Azaz last month and have clashed with the army since.")]
    assert words == []
    assert [t for t, _ in terms("Protesters in the city have seized a six-block area near the precinct.")] == ["seized"]
    assert terms("His moderate politics have clashed with the stances of his party's leaders.") == []
    assert [t for t, _ in terms("The mayor and the governor clashed over the budget on Monday.")] == ["clashed"]


def test_occupy_is_plain_where_a_movement_takes_it_as_its_name():
    body = "Members of Occupy Frankfurt marched on Saturday. About 2,000 activists managed to occupy the square.\n"
    assert "occupy" not in [t.lower() for t, _ in terms(body)]


def test_claiming_a_thing_is_not_a_doubted_statement():
    assert terms("Six countries in the region are claiming the resource-rich islands.") == []


def test_new_classes_of_words_in_the_reporters_voice():
    """Intensifiers, editorial adverbs and nouns of judgement (Pattern, VADER, Words to watch), not quoted."""
    found = [t for t, _ in terms("The massive protest, notably peaceful, ended after months of intimidation.")]
    assert found == ["massive", "notably", "intimidation"]
    assert "notably" not in [t for t, _ in terms("Members objected, most notably in the capital.")]


def test_deadly_labels_a_group_but_states_a_fact_about_an_event():
    """'deadly' on a group is the reporter's label, even as whom a verb of saying is about ("accused a deadly
    faction of ..."); on an event it is the plain fact."""
    body = "The minister accused a deadly Taliban faction of having close ties with the local chapter of Islamic State."
    assert [t for t, _ in terms(body)] == ["deadly"]
    assert terms("Five soldiers died in a deadly attack on the base on Thursday.") == []


def test_claiming_to_be_or_to_have_done_something_doubts_a_statement_in_the_reporters_voice():
    found = analyze_text("Unofficially, the ruling party claimed to have swept nearly all the seats.").loaded_terms
    assert [(t.term, t.confidence) for t in found] == [("claimed", 0.7)]
    assert terms("The group claims to be the largest in the country.") == [("claims", "said")]
    assert terms("The rebels claimed victory on Sunday.") == []  # a claim to a thing


def test_a_claim_to_have_done_something_inside_another_speakers_clause_is_theirs():
    body = "Officials denied it after media reports said the rebels had claimed to have carried out the attack."
    assert terms(body) == []


def test_a_clause_joined_with_its_own_subject_is_not_inside_the_clause_before_it():
    body = "Results will be posted on Monday, but the ruling party claimed to have swept nearly all the seats."
    assert [t for t, _ in terms(body)] == ["claimed"]


def test_a_long_time_before_a_label_says_how_long_it_is_no_set_compound():
    assert [t for t, _ in terms("Critics of the long-time ruler say the vote was rigged.")] == ["ruler"]
    assert terms("Traffic chaos followed the crash.") == []


def test_a_passive_judging_verb_reports_others_reaction_and_is_never_a_key():
    # "are ridiculed": other people ridicule them; the writer reports it, so "criticized" would change
    # the fact rather than neutralise a word. Kept as a weak finding, below the bar a question keys on.
    found = analyze_text("Such bloggers are commonly ridiculed for endorsing contradictory arguments.").loaded_terms
    assert all(float(t.confidence) < 0.8 for t in found)
    found = analyze_text("The minister was mocked by students for the speech.").loaded_terms
    assert all(float(t.confidence) < 0.8 for t in found)


def test_a_judging_verb_done_by_comments_or_posts_tells_what_they_said_and_is_never_a_key():
    # under the reporting line since the blind styles6 gold left it unmarked (test_loaded_unseen.py)
    found = analyze_text("Sarcastic comments ridiculing the inspection team flooded the blogs.").loaded_terms
    assert [t.term for t in found] == []
    found = analyze_text("Posts mocking the minister spread quickly on Sunday.").loaded_terms
    assert all(float(t.confidence) < 0.8 for t in found)


def test_the_same_verb_with_its_agent_as_subject_stays_the_reporters_word():
    assert terms("The columnist mocked the minister's speech.") == [("mocked", "criticized")]
    assert [t for t, _ in terms("Trump lambasted the mayor.")] == ["lambasted"]


def test_a_figurative_verb_stays_loaded_in_the_passive():
    # "was slammed by critics": still the writer's hyperbole for "was criticized"
    assert [t for t, _ in terms("The senator was slammed by critics for the vote.")] == ["slammed"]


def test_a_place_shaken_by_an_earthquake_blast_or_storm_is_shaken_for_real():
    assert terms("A 5.6 magnitude earthquake shook the capital on Monday night.") == []
    assert terms("Two explosions rocked the city before dawn.") == []
    assert [t for t, _ in terms("The bribery scandal shook the government.")] == ["shook"]
