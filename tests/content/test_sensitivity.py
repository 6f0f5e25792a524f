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
