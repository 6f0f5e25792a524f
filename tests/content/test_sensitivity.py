"""Stories a teacher should choose knowingly are flagged by a documented list of word patterns."""

from quizgame.content.sensitivity import article_notice, sensitive_topics


def test_deaths_of_teenagers_in_the_headline_are_flagged():
    assert sensitive_topics("Escape room fire kills five teen girls in Koszalin, Poland", "A fire broke out.") == [
        "deaths of children or teenagers"
    ]


def test_a_passing_mention_in_the_body_needs_a_second_one_where_passing_mentions_are_common():
    one = "The ministry said six deaths were of children."
    assert sensitive_topics("Building collapses", one) == []
    assert sensitive_topics("Building collapses", one + " Two toddlers died in hospital.") == [
        "deaths of children or teenagers"
    ]
    assert sensitive_topics("Chief and mayor clash", "These are emergency calls: rapes, robberies, fights.") == []
    assert sensitive_topics("A 60-year-old man died", "The 60-year-old man died on Thursday. He was 60.") == []


def test_suicide_clergy_abuse_and_mass_killings_are_flagged_at_one_mention():
    assert sensitive_topics("Report", "The student killed himself after months of bullying.") == ["suicide"]
    assert sensitive_topics("Report", "Victims of abuse by priests in the diocese met the bishop.") == ["sexual abuse"]
    assert sensitive_topics("Report", "The massacres of the 1980s are still remembered.") == [
        "a mass killing or beheading"
    ]
    assert sensitive_topics("Attack", "A suicide bomber struck the market.") == []  # an attack, not a suicide


def test_the_notice_names_the_topics_and_blocks_nothing():
    text = article_notice("Teen girls die in fire", "")
    assert text is not None and "deaths of children or teenagers" in text and "not blocked" in text
    assert article_notice("Bridge reopens", "The repairs cost $4 million.") is None


def test_violence_against_women_or_within_a_family_is_flagged_by_its_harm_not_one_storys_words():
    label = ["violence against women or within a family"]
    assert sensitive_topics("Brother sentenced", "He strangled her in what has been called an honor killing.") == label
    assert sensitive_topics("Report", "She said her husband attempted to disfigure her with acid.") == label
    assert sensitive_topics("Report", "Acid attacks on women rose last year.") == label
    assert sensitive_topics("Report", "As a teenager she was forced into an abusive marriage.") == label
    assert sensitive_topics("Report", "The man was charged with murdering his wife.") == label
    assert sensitive_topics("Report", "Campaigners counted dowry deaths in the state.") == label
    # Honour as an award, acid in a laboratory, a marriage law debated: no harm told.
    assert sensitive_topics("Report", "She received an honour at the ceremony for her work on acid rain.") == []
    assert sensitive_topics("Report", "Parliament debated the marriage bill.") == []


def test_torture_needs_two_mentions_and_killing_in_the_thousands_one():
    assert sensitive_topics("Report", "The committee's report on the CIA's torture programme was cited.") == []
    assert sensitive_topics("Report", "Detainees were tortured. Torture was routine, they said.") == ["torture"]
    killing = ["a war or persecution killing thousands"]
    assert sensitive_topics("Report", "Officials estimate that more than 7,000 civilians were killed.") == killing
    assert sensitive_topics("Report", "Tens of thousands of ethnic Ndebele were killed in the 1980s.") == killing
    # A count of deaths from a disease or in a study, or a year before "killed", is not a war's toll.
    assert sensitive_topics("Report", "The pandemic has caused 4,600 deaths worldwide.") == []
    assert sensitive_topics("Report", "Pollution causes 16,000 premature deaths a year.") == []
    assert sensitive_topics("Report", "The 2019 virus may have killed more.") == []


def test_a_minority_punished_or_attacked_for_who_its_people_are_is_flagged():
    """reading3's Malawi post, styles' Armenia firebombing and Israel's hate crimes against Africans."""
    persecution = ["persecution of a minority"]
    assert (
        sensitive_topics(
            "Report",
            "It can be punishable by death in Mauritania, Sudan, and northern Nigeria, where homosexuality is a crime.",
        )
        == persecution
    )
    assert sensitive_topics("Report", "Homosexuality is punishable by 14 years in prison.") == persecution
    assert sensitive_topics("Report", "The gay couple were arrested and thrown in jail.") == persecution
    assert sensitive_topics("Report", "The number of hate crimes against Africans has risen.") == persecution
    assert sensitive_topics("Malawi president promises to lift ban on homosexuality", "She spoke.") == persecution


def test_a_stance_or_a_passing_word_on_a_minority_is_not_flagged():
    assert sensitive_topics("Report", "He is known for his stance on homosexuality and civil unions.") == []
    assert sensitive_topics("Report", "He sent anti-homosexual and misogynistic comments in a chat.") == []
    assert sensitive_topics("Report", "Bloggers write on gender based violence, homosexuality and abortion.") == []


def test_a_quoted_racist_remark_or_a_homophobic_insult_is_flagged_at_one_mention():
    body = 'He called the team "a bunch of thugs" and lost his show after the racial incident. He apologised.'
    assert sensitive_topics("Radio host dies", body) == ["racist or homophobic abuse"]
    assert sensitive_topics("", "The word is a common homophobic insult in the country.") == [
        "racist or homophobic abuse"
    ]


def test_holocaust_denial_is_flagged_at_one_mention():
    assert sensitive_topics("", "Some will deny the Holocaust and praise its authors.") == ["Holocaust denial"]


def test_slurs_and_obscenities_need_two_mentions_and_a_passing_racist_abuse_none():
    assert sensitive_topics("", "The senator apologised for a slur.") == []
    assert sensitive_topics("", "One word is a slur. Another is an obscenity used everywhere.") == [
        "slurs or obscenities spelled out"
    ]
    assert sensitive_topics("", "Some comments posted on the site contain personal and racist abuse.") == []


def test_a_natural_disasters_toll_is_not_flagged_as_a_war_or_persecution():
    """Reading10: an earthquake report recalling "In September of 1999, 2300 people were killed in central
    Taiwan after a magnitude 7.6 quake" was flagged "a war or persecution killing thousands"."""
    assert sensitive_topics("Quake strikes", "In 1999, 2300 people were killed after a magnitude 7.6 quake.") == []
    assert sensitive_topics("Floods", "Thousands were killed when the river flooded the valley in a storm.") == []
    assert sensitive_topics("Report", "In 1994, 5000 civilians were killed by the militia. A storm hit later.") == [
        "a war or persecution killing thousands"
    ]
