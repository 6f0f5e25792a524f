"""Loaded terms on text no rule was fitted to: what the blind first runs of styles3-6 reported wrongly, by cause
(sentences from the tuned folders and the teachers' reading sets; the annotators' verdict in each comment)."""

from tests.content.analysis.helpers import analyze_text


def terms(body: str) -> list[str]:
    return [t.term for t in analyze_text(body).loaded_terms]


def test_words_in_single_quotation_marks_are_a_title_or_someones_words():
    # styles6: the name of a Facebook Cause, set in single marks, is not the reporter's wording
    assert (
        terms(
            "Almost 15,000 members have joined an older Facebook Cause titled 'Stop Greek police brutality', created on "
            "the day after the police killing of 15-year old Alexandros Grigoropoulos."
        )
        == []
    )
    # an apostrophe opens nothing: the possessive and the contraction leave the reporter's word in narration
    assert terms("The protesters' march against police brutality didn't stop after the death of George Floyd.") == [
        "police brutality"
    ]


def test_an_adverb_set_after_its_verb_says_how_not_what_the_reporter_thinks():
    # styles6's gold marks 'brutalized', not 'clearly': the video shows the beating plainly
    assert "clearly" not in terms(
        "Motorized police as well as people in plain clothes beat the detainee, who didn't resist arrest, "
        "as the video shows clearly."
    )
    # before the verb it is the reporter's verdict on the whole statement (a teacher's loaded word, reading6)
    assert terms(
        "The events of the march, which clearly divide oppositionists and pro-Kremlin activists, will also "
        "exacerbate the internal frictions among the protesters."
    ) == ["clearly"]


def test_a_verb_of_reaction_done_by_words_or_in_the_passive_reports_others_act():
    # styles6's gold does not mark it; a teacher on 'ridiculed' (reading): "not the writer's judgement here"
    assert terms("Sarcastic comments ridiculing the inspection team inundated blogs and the twittersphere.") == []
    assert terms("Potsreots are commonly ridiculed for paradoxically endorsing contradictory arguments.") == []
    # done by people, in the active voice, the verb is the reporter's word for the act (styles2's gold)
    assert terms("The official media censored and demonized the rumors in the name of social harmony.") == ["demonized"]


def test_oust_charges_an_aim_not_a_removal_that_happened():
    # styles5's gold: the plain verb for a change of power, by arms or by vote
    assert (
        terms(
            "The current government of Iraq was established in 2003 after a U.S.-led coalition ousted Saddam Hussein."
        )
        == []
    )
    assert (
        terms(
            "Over 80% of the 452 available district council seats went to pro-democracy candidates, often ousting "
            "pro-Beijing candidates."
        )
        == []
    )
    # styles2's gold: what a coalition threatens to do casts it as a force against the government
    assert terms(
        "Anwar is leading a coalition that opposes the ruling party and has threatened to oust the government by "
        "September."
    ) == ["oust"]


def test_a_label_given_by_another_through_a_verb_of_labelling_is_theirs():
    # styles6: the research network's verdict on Greece, reported as theirs
    assert (
        terms(
            "In its annual review for 2011, independent research network RED held up Greece as the most typical "
            "example of the outburst of racist violence and impunity in Europe."
        )
        == []
    )
    # styles3's gold: the reporter's own word
    assert terms(
        "Some comments posted on the site contain personal and racist abuse, but support can also be found."
    ) == ["racist"]


def test_what_a_clause_of_reported_speech_says_happened_is_the_speakers_account():
    # a teacher on reading's VOA report: "'devastated' is the critics' word, not VOA's"
    assert (
        terms("His critics say the Mugabe government has devastated the economy and violated citizens' human rights.")
        == []
    )
    # the seed ABC gold: the protester's plan, in the reporter's paraphrase
    assert "occupy" not in terms(
        "One protester told ABC News the group will stay, adding that they'll occupy the area for weeks."
    )
    # a verb of saying that is negated reports nothing: the word is the reporter's (the seed Daily Caller gold)
    assert terms("Nolette did not explain why police are refusing most calls when asked by KOMO.") == ["refusing"]
    # the judging verb of saying is the reporter's own choice, in any clause
    assert terms("Trump said the mayor had claimed the protesters were peaceful.") == ["claimed"]
