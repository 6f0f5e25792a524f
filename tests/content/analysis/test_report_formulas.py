"""Formulas of science, health, sport, disaster and local reports, found by stress-testing the analysis with
invented news (2026-12-07, session 2; docs/analysis.md). Every sentence here is invented."""

from __future__ import annotations

from tests.content.analysis.helpers import analyze_text


def _by_quote(body: str) -> dict[str, tuple[str, str]]:
    return {a.quote: (a.speaker, a.speaker_kind) for a in analyze_text(body).attributions}


def _speaker_of(body: str, words: str) -> tuple[str, str] | None:
    return next(((s, k) for q, (s, k) in _by_quote(body).items() if words in q), None)


# 'Agency' names a newsroom only with a word of the news in it.


def test_a_named_agency_is_a_body_not_a_news_agency():
    body = (
        "The European Space Agency said the probe had reached orbit. The agency said the mission would last five years."
    )
    assert _speaker_of(body, "reached orbit") == ("European Space Agency", "organization")
    assert _speaker_of(body, "five years") == ("European Space Agency", "organization")


def test_a_described_agency_is_a_body():
    body = "No deaths have been reported, according to the regional emergency management agency."
    assert _speaker_of(body, "No deaths")[1] == "organization"


def test_the_agency_is_not_the_broadcaster_its_spokesperson_spoke_to():
    body = "An EPA spokesman told CNN that the rule would be withdrawn. The agency said it had received 3,000 comments."
    assert _speaker_of(body, "3,000 comments") == ("EPA", "organization")
    body = (
        "A WHO spokesperson told the BBC that a decision could come within months. "
        "Malaria killed 619,000 people in 2021, most of them children, the agency said in its latest report."
    )
    speaker, _ = _speaker_of(body, "Malaria killed")
    assert speaker == "WHO"
    assert not any("Malaria" in s.claim for s in analyze_text(body).secondhand)


def test_a_news_agency_is_still_an_outlet():
    body = "Reuters reported that the dam had burst. The agency said at least 12 people had died."
    assert _speaker_of(body, "12 people") == ("Reuters", "outlet")
    body = (
        "According to the Saudi Press Agency, the attacks occurred at 4:00 A.M. The oil field is about 160 km east "
        "of the capital, Riyadh. The agency did not mention if there were casualties, but said exports were "
        "continuing."
    )
    assert _speaker_of(body, "exports were continuing") == ("Saudi Press Agency", "outlet")


# A body's name with 'and' or 'for' in it is one name and one speaker.


def test_a_name_with_and_or_for_is_one_body():
    body = "The Centers for Disease Control and Prevention said cases were falling."
    assert _speaker_of(body, "cases were falling") == ("Centers for Disease Control and Prevention", "organization")
    body = "The European Centre for Disease Prevention and Control said it expected cases to keep rising."
    assert _speaker_of(body, "keep rising")[0] == "European Centre for Disease Prevention and Control"


def test_a_name_with_and_is_not_two_speakers():
    body = (
        "The National Oceanic and Atmospheric Administration has confirmed a fourth global coral bleaching "
        "event, the agency said in a statement."
    )
    speakers = {a.speaker for a in analyze_text(body).attributions}
    assert speakers == {"National Oceanic and Atmospheric Administration"}


# 'The 33-year-old' is the person the article gave that age.


def test_an_age_epithet_is_the_person_of_that_age():
    body = (
        'Two-time world champion Grace Wanjiru announced her retirement on Tuesday. "It is the hardest decision '
        'I have ever made," Wanjiru, 33, wrote on Instagram. Athletics Kenya president Jackson Tuwei praised '
        'her as "an inspiration". The 33-year-old said she planned to open a training camp.'
    )
    assert _speaker_of(body, "training camp")[0] == "Grace Wanjiru"


def test_an_age_epithet_with_a_noun():
    body = (
        '"Pasteurisation kills the virus," said Dr. Yoshihiro Kawaoka, the study\'s senior author. '
        "The 68-year-old virologist added that people should avoid raw milk."
    )
    assert _speaker_of(body, "avoid raw milk")[0] == "Yoshihiro Kawaoka"


def test_a_resident_named_after_the_word_resident_is_a_person():
    body = (
        "Resident Carmen Vidal, 71, said she had left with only her cat. Fire chief Daniel Ortega said crews had "
        'saved the village. "I have never seen anything like this," the 71-year-old said.'
    )
    assert _speaker_of(body, "only her cat") == ("Carmen Vidal", "named")
    assert _speaker_of(body, "never seen anything")[0] == "Carmen Vidal"


# What someone told an audience, without 'that'.


def test_told_an_audience_a_clause_without_that():
    assert _speaker_of("Carter told the court he had acted in self-defence.", "self-defence") is not None
    assert _speaker_of("The mayor told the meeting the budget was balanced.", "budget was balanced") is not None
    assert _speaker_of("She told the court she loved.", "loved") is None  # the court is what she loved


# '..., figures show.' when the parser reads 'show' as a noun.


def test_figures_with_a_source_phrase_show():
    body = "Hundreds of flights were cancelled, data from the airport operator show."
    assert _speaker_of(body, "flights were cancelled") == ("airport operator", "document")
    body = "House prices have risen 18 percent in five years, figures compiled by the land registry show."
    assert _speaker_of(body, "House prices")[0] == "land registry"
    body = "Police recorded 37 collisions in five years, figures obtained by the Echo show."
    assert _speaker_of(body, "37 collisions") == ("figures", "document")  # the Echo obtained them, not made them
    assert not analyze_text(body).unsourced_claims


def test_a_noun_show_is_no_source():
    body = "The band played for two hours, a video of the show."
    assert not analyze_text(body).attributions


# 'Words, researchers said.' when the parser read no clause before the comma.


def test_words_before_the_comma_the_parser_did_not_read_as_a_clause():
    body = "A new vaccine cut infections by 77 percent, researchers reported on Thursday."
    assert _speaker_of(body, "77 percent") == ("researchers", "anonymous")
    body = "A new malaria vaccine cut infections by 77 percent in young children, researchers reported on Thursday."
    assert _speaker_of(body, "young children") == ("researchers", "anonymous")


def test_a_time_before_the_comma_is_no_statement():
    body = "Last week, researchers reported a rise."
    assert _speaker_of(body, "Last week") is None


# Given names written with accents are the given names of the (accentless) list.


def test_accented_given_names():
    from quizgame.content.analysis.first_names import is_first_name

    assert all(is_first_name(w) for w in ("José", "Lucía", "Tomás"))
    body = 'Lucía Fernández runs a mobile library. "We depend on donations," she said.'
    assert _speaker_of(body, "donations") == ("Lucía Fernández", "named")


# A Q&A interview in Global Voices' form: '**Name (XY):** answer', then '**XY:**'; questions closed in bold.


def test_an_interview_labelled_with_initials_in_brackets():
    body = (
        "Samuel Mensah coaches a rugby team of teenagers in a refugee camp. Global Voices talked to him.\n\n"
        "**Global Voices (GV): Why rugby?**\n\n"
        "**Samuel Mensah (SM):** Because it needs no expensive equipment, only a ball and a field.\n\n"
        "**GV: How do the players train?**\n\n"
        "**SM:** Three evenings a week, after school. In the dry season the field is hard as stone.\n"
    )
    answers = {a.quote: a.speaker for a in analyze_text(body).attributions if a.direct}
    assert any("no expensive equipment" in q for q in answers)
    assert any("Three evenings a week" in q for q in answers)
    assert set(answers.values()) == {"Samuel Mensah"}
    assert not any("Why rugby" in q for q in answers)


def test_records_closing_a_sentence_are_its_source_when_the_parser_makes_them_a_compound():
    found = analyze_text("The club was fined 5,000 pounds last year, court records show.")
    assert [(a.speaker, a.speaker_kind, a.quote) for a in found.attributions] == [
        ("court records", "document", "The club was fined 5,000 pounds last year")
    ]
    assert found.unsourced_claims == []
