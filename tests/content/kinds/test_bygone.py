"""Who could not have said words at the time of the story: the dead, and figures named only in the past."""

from quizgame.content.analysis.model import Attribution
from quizgame.content.kinds.bygone import could_have_spoken, given_as_dead, only_in_the_past
from tests.content.kinds.helpers import made_up


def test_a_death_the_reporter_tells_or_an_epithet_takes_as_known_is_dead():
    assert given_as_dead("Jacques Chirac, who served as President for twelve years, died at home.", "Jacques Chirac")
    assert given_as_dead("The coin once bore the head of the late president Omar Bongo.", "Omar Bongo")
    assert given_as_dead("The brother of murdered social media star Qandeel Baloch was sentenced.", "Qandeel Baloch")
    assert given_as_dead("Police are investigating the murder of Ana Lopez.", "Ana Lopez")
    assert given_as_dead("After Nelson Mandela (1918–2013) left office, the party split.", "Nelson Mandela")
    assert not given_as_dead("Tom Reed said the bridge is safe.", "Tom Reed")


def test_a_death_in_someones_words_or_given_as_a_rumour_is_not_the_articles():
    assert not given_as_dead('He said: "They wrote that Mr Sata has died, that Mr Sata is very sick."', "Michael Sata")
    assert not given_as_dead("Sites falsely reported that Michael Sata had died.", "Michael Sata")
    assert not given_as_dead("> Michael Sata died, the blog wrote.\n\nIt was untrue.", "Michael Sata")


def test_a_figure_named_only_in_a_past_decade_or_year_is_of_the_past():
    body = (
        "This morning Ana Lopez died at home. Former president Tom Reed said she was part of the history "
        "of the country.\n\n"
        "From 1967 to 1995 she served twice as prime minister, under President Paul Fontaine in the "
        "seventies and under President Luc Marais in the eighties.\n\n"
        "In the history of the country, only two presidents resigned. A third, Jean Roux, would have "
        "faced a vote. In 1998, Marc Duval resigned.\n\n"
        "Joe Biden served as Vice President from 2008 until 2016. Joe Biden is a candidate now.\n\n"
        "She had served Supreme Leader Ali Khamenei since 2017."
    )
    item = made_up(body)
    assert only_in_the_past(item, "Luc Marais") and only_in_the_past(item, "Paul Fontaine")
    assert only_in_the_past(item, "Jean Roux")  # no year of its own: its paragraph's are all past
    assert not only_in_the_past(item, "Joe Biden")  # named again in the present
    assert not only_in_the_past(item, "Ali Khamenei")  # "since 2017" runs up to the story
    assert not could_have_spoken(item, "Ana Lopez") and could_have_spoken(item, "Tom Reed")


def test_someone_the_article_credits_with_words_is_of_the_story_whatever_their_past():
    body = 'Senator Ana Lopez remarked, "It has been a long fight." Lopez was first elected in 2012.'
    speech = Attribution("Ana Lopez", "named", "remarked", "It has been a long fight.", True, 0, 50)
    assert only_in_the_past(made_up(body), "Ana Lopez")
    assert could_have_spoken(made_up(body, attributions=[speech]), "Ana Lopez")


def test_a_killing_told_of_someone_with_words_between_is_a_death_and_hearsay_is_read_close_to_it():
    text = (
        "Fars reported Iran issued warrants for 36 people believed to have been involved in the assassination "
        "of the general Qasem Soleimani in January."
    )
    assert given_as_dead(text, "Qasem Soleimani")


def test_a_death_told_of_a_name_in_apposition_is_a_death():
    text = "Their supreme leader, Velupillai Prabhakaran, was killed in the final battle."
    assert given_as_dead(text, "Velupillai Prabhakaran")


def test_an_office_held_then_is_of_the_past():
    body = (
        "The bridge opened on Monday. Its plans were signed by then-Mayor Paul Fontaine.\n\nTom Reed said it is safe."
    )
    item = made_up(body)
    assert only_in_the_past(item, "Paul Fontaine")
    assert not only_in_the_past(item, "Tom Reed")


def test_a_long_who_clause_between_the_name_and_the_death_still_tells_it():
    # reading5's obituary: the dead man had been offered as the speaker of grief at his own death
    body = (
        "US professional wrestler Jon Huber, who performed for WWE (World Wrestling Entertainment) under the ring "
        "name Luke Harper and for AEW (All Elite Wrestling) under the ring name Brodie Lee, died on Saturday."
    )
    assert given_as_dead(body, "Jon Huber")
