"""Loaded terms, 2026-12-07 session 3: charged-looking words that are someone else's or used in a plain sense, found
by writing invented reports full of traps (kept outside the repository) and by reading the reading folders. Each cause
is read from the parse; the sentences here are invented."""

from tests.content.analysis.helpers import analyze_text


def terms(body: str) -> list[str]:
    return [t.term for t in analyze_text(body).loaded_terms]


def test_a_cue_set_between_commas_carries_the_clause_whatever_its_subject():
    # statements.parenthetical_cue reads only a name or a pronoun there; the parse shows the cue as parataxis
    assert terms("The health minister, the union said, had shown shameless disregard for patients.") == []
    assert terms("The plan, critics say, is a shameless grab for power.") == []
    # no cue between commas: the reporter's word
    assert terms("The health minister had shown shameless disregard for patients.") == ["shameless"]


def test_a_cue_closing_the_sentence_carries_its_content_clause():
    assert terms("The minister made a shameless attempt to divide staff, the union said.") == []
    # what the cue's sentence is about, before it, is no content: the reporter's words
    assert terms("Pressured by hardline groups, the police announced that the concert would not go ahead.") == [
        "hardline"
    ]


def test_both_halves_of_a_reported_statement_are_the_speakers():
    assert terms("Rescuers said the ice was thin and the conditions were dire.") == []
    # a second clause of the reporter's own after the statement is still the reporter's
    assert terms("Rescuers said the ice was thin, but the conditions were dire.") == ["dire"]


def test_what_someone_is_accused_or_blamed_of_is_their_charge():
    assert terms("The union accused ministers of a cynical attempt to divide staff.") == []
    assert terms("Critics blamed the council for its shameful neglect of the park.") == []
    assert terms("Ministers made a cynical attempt to divide staff.") == ["cynical"]


def test_an_adjective_in_its_plain_sense_on_a_thing_is_no_judgement():
    # styles8's "twisted engine parts strewn around" (an air crash) and invented wreckage, injuries and weather
    assert terms("Firefighters found twisted metal and the bloody clothes of a security guard.") == []
    assert terms("He was taken to hospital with a twisted ankle.") == []
    assert terms("The company's crude oil tank did not catch fire.") == []
    assert terms("Bitter cold and heavy snow closed schools across the north.") == []
    assert terms("The town's heated swimming pool stayed open as a warming centre.") == []
    assert terms("The star's brilliant blue light was first seen in 2021.") == []
    # the same words said of conduct, a conflict or a plan still judge
    assert terms("The minister's twisted logic baffled the committee.") == ["twisted"]
    assert terms("The bloody conflict has lasted a decade.") == ["bloody"]
    assert terms("The senator's heated rhetoric alarmed his colleagues.") == ["heated"]


def test_a_fields_own_term_is_no_slant():
    # medicine, law and science: the word is the term of the field (Words to watch: technical meanings)
    assert terms("A runner who suffered a massive stroke two years ago finished the marathon.") == []
    assert terms("He suffered a massive heart attack in 2020.") == []
    assert terms("His wife underwent a radical mastectomy in the same year.") == []
    assert terms("Free radicals produced by the star's radiation were not studied.") == []
    assert terms("A catastrophic failure of the backup generator forced the unit to move patients.") == []
    assert terms("The lawyers filed a claim for unjust enrichment against the firm.") == []
    assert terms("The court ruled that solitary confinement amounted to cruel and unusual punishment.") == []
    assert terms("The tribunal found the men had a well-founded fear of persecution.") == []
    assert terms("The government's pension scheme for nurses will not change.") == []
    assert terms("The developer chose a colour scheme of grey and green.") == []
    assert terms("He was a former mob boss turned campaigner.") == []
    assert terms("The exhibition includes a wartime puppet theatre.") == []
    # outside the term the word keeps its charge
    assert terms("The protesters faced a massive police presence.") == ["massive"]
    assert terms("The council approved the scheme on Monday.") == ["scheme"]
    assert terms("An angry mob gathered outside the church.") == ["mob"]


def test_landmark_praises_a_decision_not_a_building():
    assert terms("The insurgents signed a landmark deal with the United States.") == ["landmark"]
    assert terms("The observatory, a landmark on the hill above the town, opened in 1962.") == []
    assert terms("The frozen harbour has become a landmark for photographers.") == []


def test_a_body_that_falls_falls_plainly():
    assert terms("A small aircraft plummeted into a frozen lake near the bay.") == []
    assert terms("The helicopter plummeted to the ground after the engine failed.") == []
    assert terms("Shares in the company plummeted after the report.") == ["plummeted"]


def test_what_someone_condemns_or_praises_is_described_in_their_verdict():
    assert terms("The rebels denounced the army's brutal crackdown in the eastern provinces.") == []
    assert terms("In a statement, the regulator condemned the brutal treatment of the presenters.") == []
    assert terms("The army's brutal crackdown in the eastern provinces went on.") == ["brutal"]


def test_a_work_whose_genre_is_to_mock_does_what_it_is_made_for():
    # reading: a podcast "which lampoons the country's president"; invented satirical shows
    assert terms("A satirical television show that lampoons the country's politicians returns on Friday.") == []
    assert terms("The show, which mocks ministers in weekly sketches, was taken off the air.") == []
    # a work named by its title in quotation marks (reading: a podcast's title parsed as a clause of its own)
    assert terms("He hosts the podcast 'Nobody Listens', which lampoons the president.") == []
    assert terms("Viewers loved the film \u201cBorat\u201d, which mocks the country's leaders.") == []


def test_a_participle_the_parser_hangs_on_the_auxiliary_is_still_the_statements():
    assert terms("The mayor said the town had been crippled and appealed for help.") == []


def test_crude_judges_words_and_conduct_not_materials():
    assert terms("She baked the fish in a crude salt crust.") == []
    assert terms("Crude prices rose on Monday.") == []
    assert terms("The senator made a crude joke about the victims.") == ["crude"]
    assert terms("She served a bitter chocolate dessert.") == []


def test_a_name_opening_the_sentence_is_a_name():
    assert terms("Outrage Comedy Club will host the late-night shows on Friday.") == []
    assert terms("Shocking Blue released a single in 1969 that sold a million copies.") == []
    assert terms("Brutal police tactics were on show at the protest on Friday.") == ["Brutal"]


def test_a_force_of_nature_devastates_plainly():
    # as 'rocked', 'shook' and 'engulfed' already read (their not_subjects): the plain verb for a disaster's damage
    assert terms("The storm devastated the coastal town.") == []
    assert terms("A fire ravaged the historic building on Sunday.") == []
    assert terms("The town was devastated by a tornado in 2011.") == []
    assert terms("The government's policies have devastated the economy.") == ["devastated"]
