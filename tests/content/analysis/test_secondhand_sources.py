"""Secondhand claims: who counts as an outlet and how far its words run (issue 13, 2026-12-07 session 2).

Sentences from the tuned folders (styles3, styles5, styles7) or made up after them.
"""

from tests.content.analysis.helpers import analyze_text


def secondhand(body: str) -> list[tuple[str, str]]:
    return [(s.outlet, s.claim) for s in analyze_text(body).secondhand]


def test_a_person_described_as_a_broadcaster_is_a_speaker_not_an_outlet():
    body = 'Broadcaster Piers Morgan commented, "The guy with the whale tusk is a Polish chef named Luckasz."'
    assert secondhand(body) == []


def test_a_persons_colleague_does_not_make_the_person_a_newsroom():
    body = (
        "The body of journalist Regina Martínez was found in her home in Xalapa on April 28.\n\n"
        "Regina Martínez's fellow journalist Álvaro Delgado expressed the demands of his publishing house to the "
        "authorities:\n\n"
        "> The members of the magazine demand that the brutal murder of Regina Martínez does not go unpunished."
    )
    assert secondhand(body) == []


def test_a_short_name_defined_in_brackets_after_an_institutes_name_is_the_institute():
    body = (
        "According to the Philippine Institute of Volcanology and Seismology (Phivolcs), the epicenter was located "
        "nine kilometers east of Carrascal. Phivolcs reported the earthquake's magnitude was 5.5."
    )
    assert secondhand(body) == []


def test_a_short_name_defined_after_a_news_agencys_name_is_still_the_agency():
    body = (
        "According to the Philippine News Agency (PNA), the epicenter was located nine kilometers east of "
        "Carrascal. PNA reported that the earthquake's magnitude was 5.5."
    )
    assert [outlet for outlet, _ in secondhand(body)] == ["Philippine News Agency", "PNA"]


def test_a_lead_in_before_words_in_their_own_language_runs_on_to_their_translation():
    body = (
        "To mark the 2011 International Festival of Cartoons and Illustration, which took place in Ouagadougou, "
        "Burkina Faso, Damien Glez's article published on africandiplomacy.com entitled \"Newspaper Cartoonist: a "
        'Profession under Pressure(s)" discusses the risks and difficulties involved in being a satirical '
        "cartoonist:\n\n"
        "> Moins assassinés, les dessinateurs ne sont pas totalement immunisés. Au Cameroun, le caricaturiste-vedette "
        "Nyemb Popoli a eu maintes fois maille à partir avec le régime de Paul Biya.\n\n"
        "> Though fewer are murdered, cartoonists are not completely immune. In Cameroon, the star cartoonist "
        "Nyemb Popoli has often been at odds with the regime of Paul Biya."
    )
    [(outlet, claim)] = secondhand(body)
    assert outlet == "africandiplomacy.com"
    assert "cartoonists are not completely immune" in claim


def test_the_site_a_passive_verb_of_presenting_names_is_where_the_words_appeared():
    body = (
        "A selection of words taken from Raponda-Walker's book on the language is presented by Falila Gbadamassi "
        "on the website afrik.com:\n\n"
        '> "Bongo CFA" means the Gabonese currency that once bore the head of the late president Omar Bongo.'
    )
    [(outlet, claim)] = secondhand(body)
    assert outlet == "afrik.com"
    assert claim.startswith('"Bongo CFA" means the Gabonese currency')


def test_the_press_described_where_a_named_outlet_would_stand_is_where_the_words_were_given():
    speaking = "Speaking to state television, the mayor said 40 people had died in the floods."
    assert secondhand(speaking) == [("state television", "40 people had died in the floods")]
    interview = "In an interview with a local radio station, the mayor said 40 people had died in the floods."
    assert secondhand(interview) == [("local radio station", "40 people had died in the floods")]


def test_an_audience_or_a_station_of_another_kind_is_not_the_press():
    assert secondhand("Speaking to reporters, the mayor said 40 people had died in the floods.") == []
    assert secondhand("Speaking to the press, the mayor said 40 people had died in the floods.") == []
    assert secondhand("In an interview at a police station, the mayor said 40 people had died.") == []
    assert secondhand("In comments to the city council, the mayor said 40 people had died in the floods.") == []
