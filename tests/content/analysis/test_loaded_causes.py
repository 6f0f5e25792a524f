"""Loaded terms, 2026-12-07 session 2: the false ones on the tuned and reading folders sorted by cause, each cause
fixed from the parse (sentences from the tuned folders, or invented; the annotators' verdict in each comment)."""

from tests.content.analysis.helpers import analyze_text


def terms(body: str) -> list[str]:
    return [t.term for t in analyze_text(body).loaded_terms]


def test_controversial_reports_a_dispute_about_a_thing_and_labels_a_person():
    # styles, styles3, styles6: the blind gold marks none of these
    assert terms("She covered the controversial trial of a woman who said she had been raped.") == []
    assert terms("Both candidates focused on each other's controversial points.") == []
    assert (
        terms(
            "Bigger than Scarborough, the Spratly issue is more controversial and potentially more dangerous since "
            "6 countries in the Asia-Pacific are claiming the resource-rich islands."
        )
        == []
    )
    # said of a person it is a label the reporter pins on them (styles2's 'Controversial Nigerian preacher')
    assert terms("The protest was joined by the controversial preacher and his followers.") == ["controversial"]


def test_claim_in_law_or_of_a_life_doubts_nothing():
    # devcorpus: asserting a privilege formally is a legal act (Words to watch: "claim in law")
    assert (
        terms(
            "On June 12, Trump formally claimed the documents were subject to executive privilege, the committee said."
        )
        == []
    )
    assert terms("The lawsuit claims the new rule is unconstitutional and violates the separation of powers.") == []
    # styles7: 'claimed the life' is a death, and the parser reads 'the life' as the subject of a clause
    assert (
        terms(
            "The violence that has claimed the life of the journalist has been at the root of numerous reactions "
            "of condemnation and protest from the journalists' union and the general public."
        )
        == []
    )
    assert terms("The storm claimed dozens of lives in the north.") == []
    # a person's claim is still the reporter's doubting verb, a life in it too
    assert terms("The pirates claimed the ship was worth US$3 million.") == ["claimed"]
    assert terms("Mr. Lee claimed the life he had was hard.") == ["claimed"]


def test_heated_debate_is_the_set_phrase_for_a_sharp_argument():
    # styles7 and styles6: the blind gold marks neither
    assert terms("Now that he's abandoned the race, the debate has only grown more heated.") == []
    assert terms("The Korean public responded to this result with heated discussions and criticism online.") == []
    assert terms("The senator's heated rhetoric alarmed his colleagues.") == ["heated"]


def test_a_reply_in_points_is_no_blow():
    assert terms("Caloundra opened the game with two tries before Wynnum hit back with a couple of tries.") == []
    assert terms("The minister hit back at his critics on Monday, calling the report biased.") == ["hit back"]


def test_what_someone_is_accused_of_is_the_accusers_charge():
    # the charge's verb is the accusers' account, told in the reporter's paraphrase (as a clause after 'say')
    assert (
        terms(
            "A majority of Twitter users have defended Kim and accused police of unfairly summoning him while "
            "condoning other political heavyweights."
        )
        == []
    )


def test_a_view_set_under_for_many_is_theirs():
    assert (
        terms("The pitcher argued that he was careful, but for many fans, it was a show of deplorable disdain.") == []
    )
    assert terms("For years the deplorable policy went on.") == ["deplorable"]


def test_a_statements_topic_and_circumstances_are_the_reporters_words():
    # styles (Israel): the gold marks 'wave of racism' in both sentences
    assert terms(
        "In the past few weeks two cases of rape by asylum seekers have been reported in the Israeli media, "
        "prompting a new wave of racism against asylum seekers in Israel."
    ) == ["wave of"]
    assert terms("Israelis on Twitter also commented on the growing wave of racism toward Africans.") == ["wave of"]
    # a clause after 'on' is what was said (styles6: 'regime' there is the speaker's)
    assert terms("Abou el Fotouh countered with commenting on Moussa being part of the former toppled regime.") == []


def test_an_adverb_on_the_verb_of_saying_is_the_reporters_comment_on_the_act():
    # styles7's gold marks 'ironically'
    assert terms(
        "Vladimir Milov has also emphasized the need for public debates, ironically arguing roughly the same thing "
        "as Navalny."
    ) == ["ironically"]


def test_a_perfect_tense_is_no_participle_of_manner():
    # styles3's gold marks 'notably'
    assert terms("He has notably come out against Medicare for all.") == ["notably"]


def test_an_adverb_that_judges_the_manner_is_loaded_after_its_verb():
    # styles7's gold marks 'failed so miserably'; 'clearly' after its verb still says only how
    assert terms("The blogger then failed so miserably to run an effective campaign.") == ["miserably"]
    assert "clearly" not in terms("Police beat the detainee, as the video shows clearly.")


def test_verdicts_on_character_from_vader():
    # styles6's gold marks 'arrogant and hostile'
    assert "arrogant" in terms("Amr Moussa's answers were vague and came across as arrogant and hostile.")


def test_a_scripted_role_is_described_not_judged():
    # a teacher on reading5's wrestler: 'villainous' names the role, which the article separates from the man
    assert terms("In March, he debuted as the heel Brodie Lee, leader of the villainous faction The Dark Order.") == []
    assert terms("She portrayed the ruthless queen in the film.") == []
    # 'played a key role' is no role of fiction
    assert terms("He played a key role in the ruthless campaign.") == ["ruthless"]


def test_a_clause_under_a_hedge_holds_others_belief():
    # reading6's slang glossary: the stereotype's judgement, not the writer's
    assert (
        terms(
            "Sovoks are stereotypically slavish, socially-dependent, anti-democratic, intolerant of others' opinions, "
            "and -- in general -- stupid, evil, and jealous people."
        )
        == []
    )
    assert terms("The regime brutally crushed the protest.") == ["regime", "brutally"]
