"""Secondhand claims on fresh Wikinews text (issue 13, 2026-12-07 session 4, reading12).

Every sentence is invented; each test names the shape the fresh articles showed.
"""

from tests.content.analysis.helpers import analyze_text


def secondhand(body: str) -> list[tuple[str, str]]:
    return [(s.outlet, s.claim) for s in analyze_text(body).secondhand]


def speakers(body: str) -> list[str]:
    return [a.speaker for a in analyze_text(body).attributions]


def test_words_said_to_a_paper_are_given_to_that_paper():
    body = '"We will not close the port," the harbour master said to the Daily Mirror.'
    assert [outlet for outlet, _ in secondhand(body)] == ["Daily Mirror"]
    assert speakers(body) == ["the harbour master"]


def test_a_statement_said_to_a_broadcaster_before_its_that_clause_is_given_to_it():
    body = "The governor said to the Evening Standard that the bridge would reopen in May."
    assert secondhand(body) == [("Evening Standard", "that the bridge would reopen in May")]


def test_said_to_before_an_infinitive_is_still_hearsay_with_no_speaker():
    body = "The colonel, said to have fled across the border, was arrested on Monday."
    analysis = analyze_text(body)
    assert analysis.secondhand == []
    assert analysis.attributions == []


def test_a_short_name_defined_after_a_committee_to_do_something_is_that_committee():
    body = (
        "In May, the Committee to Protect Farmers (CPF) wrote to the mayor. "
        "The CPF reported that 400 farms were sold in June."
    )
    assert secondhand(body) == []
    assert speakers(body) == ["CPF"]


def test_words_given_in_an_interview_and_relayed_by_a_paper_come_from_both():
    body = '"The border stays shut," the minister said in an interview with Sky News, as quoted by the Guardian.'
    assert [outlet for outlet, _ in secondhand(body)] == ["Sky News", "Guardian"]


def test_as_reported_by_after_the_words_told_to_a_broadcaster_names_the_relaying_outlet_too():
    body = "The minister told Sky News that the border would stay shut, as reported by the Guardian on Monday."
    assert [outlet for outlet, _ in secondhand(body)] == ["Sky News", "Guardian"]


def test_a_quote_relayed_by_a_paper_alone_comes_from_that_paper_once():
    body = '"The border stays shut," the minister said, as quoted by the Guardian.'
    assert [outlet for outlet, _ in secondhand(body)] == ["Guardian"]


def test_a_papers_report_cited_inside_what_someone_told_another_is_the_papers_word():
    body = "The judge told the court that, according to a Guardian report, the road had been closed for a week."
    assert [outlet for outlet, _ in secondhand(body)] == ["Guardian"]


def test_a_wire_story_cited_inside_a_ministers_words_is_the_wires_word():
    body = "The minister told parliament that, according to a Reuters story, the army had withdrawn."
    assert [outlet for outlet, _ in secondhand(body)] == ["Reuters"]


def test_a_report_by_a_body_that_is_no_newsroom_stays_no_outlet():
    body = "The minister told parliament that, according to a Human Rights Watch report, the army had withdrawn."
    assert secondhand(body) == []


def test_words_told_to_a_networks_sister_channel_named_after_a_comma_come_from_the_channel():
    body = '"Nothing is left standing," the mayor told CNN\'s Turkish sister network, CNN Turk.'
    assert [outlet for outlet, _ in secondhand(body)] == ["CNN Turk"]


def test_two_outlets_told_the_same_words_are_not_an_owner_and_its_station():
    body = '"Nothing is left standing," the mayor told the BBC and the Guardian.'
    assert [outlet for outlet, _ in secondhand(body)][:1] == ["BBC"]


def test_a_name_after_an_agency_that_opens_the_words_told_is_not_a_station_of_it():
    body = (
        "The journalist Karim al-Nasser was shot on Monday. His brother told the Xinhua news agency Nasser had "
        "received threats."
    )
    assert [outlet for outlet, _ in secondhand(body)] == ["Xinhua news"]
