"""Loaded terms, 2026-12-07 session 4 (loaded4): the causes of false findings on forty fresh Wikinews articles
(tests/data/reading11) and on the reading folders, read from the parse or qualified in the lexicon. A word that is
the plain word for the event, a field's own term, a verb the parser misread, or the content of someone's accusation is
not the reporter's slant. The sentences here are invented."""

from tests.content.analysis.helpers import analyze_text


def terms(body: str) -> list[str]:
    return [t.term for t in analyze_text(body).loaded_terms]


def test_the_scale_of_a_natural_disaster_or_a_blast_is_told_in_the_plain_word():
    assert terms("The devastating earthquake destroyed the old market and the harbour.") == []
    assert terms("Firefighters spent two days on the massive blaze near the refinery.") == []
    assert terms("A massive explosion at the depot broke windows across the valley.") == []
    # the same words on what is no event of nature: the reporter's intensifier
    assert terms("The ruling was a devastating blow to the campaign.") == ["devastating"]
    assert terms("Massive crowds filled the square on Sunday.") == ["Massive"]


def test_a_shot_at_a_ball_or_a_goal_is_no_criticism():
    assert terms("The striker blasted the ball over the bar in the last minute.") == []
    assert terms("The senator blasted the governor over the budget.") == ["blasted"]


def test_offensive_as_attack_in_sport_and_war_is_a_term_of_the_field():
    assert terms("The coach praised the offensive line after the win.") == []
    assert terms("The treaty limits offensive weapons on both sides of the border.") == []
    assert terms("The mayor apologised for offensive remarks about the protesters.") == ["offensive"]


def test_a_contests_tempers_are_the_set_phrase():
    assert terms("It was a heated match that ended with two red cards.") == []
    assert terms("The minister's heated rhetoric alarmed the neighbours.") == ["heated"]


def test_what_an_accusation_names_is_the_accusers_charge():
    assert terms("The agency faces renewed allegations of dishonesty over its reports.") == []
    assert terms("The report repeats accusations of brutal treatment in the camps.") == []
    # no accusation: the reporter's own verdict
    assert terms("The agency has shown dishonesty over its reports.") == ["dishonesty"]
    # "in charge of" is no charge
    assert terms("He was put in charge of the brutal campaign against the rebels.") == ["brutal"]


def test_a_seizure_in_a_coup_or_an_invasion_is_told_in_the_plain_verb():
    assert terms("The colonel seized control of the island in a military coup.") == []
    assert terms("Troops seized the airport during the invasion.") == []
    # protesters taking over a square, no coup: the reporter's framing
    assert terms("Protesters seized control of the square on Sunday.") == ["seized control"]


def test_a_verb_the_parser_reads_as_an_adjective_before_a_name():
    assert terms("The border dispute had been troubling Ireland for many years.") == []
    assert terms("The report included troubling figures about child poverty.") == ["troubling"]


def test_asserted_is_kept_below_the_reporting_line():
    # a firm statement as often as not in news: kept for reference, not reported
    assert terms("The prince asserted that the talks would resume in the spring.") == []
    assert terms("The prince insisted that the talks would resume in the spring.") == ["insisted"]
