"""Outlets no list knows, by the form of their names where a source stands, and the outlet told that the parser
glued to what it was told (sentences from the tuning folders and the teachers' reading sets, names kept)."""

from quizgame.content.analysis.lexicon import load_lexicon
from tests.content.analysis.helpers import analyze_text


def outlets(body: str) -> list[tuple[str, str]]:
    return [(s.outlet, s.claim) for s in analyze_text(body).secondhand]


def test_a_title_with_a_capital_the_is_an_outlet_where_a_source_stands():
    # styles6 (The Verge), styles5 and devcorpus (The Atlantic): names the outlet list does not hold
    assert outlets("Ford started its investigation by hiring law firm Sidley Austin, according to The Verge.") == [
        ("Verge", "Ford started its investigation by hiring law firm Sidley Austin")
    ]
    assert outlets('Ford told The Verge, "Ford is fully cooperating with the government."')[0][0] == "Verge"
    body = "According to a recent report by The Pilot Weekly, the Watch Tower maintains a database of the accused."
    assert [o for o, _ in outlets(body)] == ["Pilot Weekly"]


def test_a_masthead_ending_is_an_outlet_where_a_source_stands():
    # devcorpus ('according to USA Today'), reading7 ('told the Associated Press'): the last word of a newsroom's name
    body = "Both companies have been in operation since the 1970s, according to the Samoa Observer."
    assert outlets(body) == [("Samoa Observer", "Both companies have been in operation since the 1970s")]
    body = "Yerkir Media reported that the shop had been attacked twice in one week."
    assert [o for o, _ in outlets(body)] == ["Yerkir Media"]


def test_a_title_or_a_masthead_ending_elsewhere_is_no_outlet():
    assert outlets("The Progressive Liberal Party will form the new government of The Bahamas, officials said.") == []
    assert outlets("Eva Glawischnig, the spokesperson for The Greens, said the comments were defamatory.") == []
    assert outlets("According to Air India Express, the plane skidded off the runway in heavy rain.") == []
    assert outlets("According to a report by The Citizen Lab, the spyware had been installed on the phones.") == []


def test_a_name_that_reported_a_clause_is_an_outlet_but_a_plural_noun_the_tagger_took_for_a_name_is_not():
    # devcorpus: 'NPR reported that, before she ended her campaign, ...' (with the outlet list emptied, also
    # 'Reuters ... reported', 'Associated Press reported', 'Xinhua reported' in three more articles)
    lexicon = load_lexicon()
    assert "kbc" not in lexicon.outlet_set
    body = "KBC reported that, before she ended her campaign, Klobuchar was leading in the polls in Minnesota."
    assert [o for o, _ in outlets(body)] == ["KBC"]
    body = "Millions of ibis birds have been found in tombs, and Egyptologists have reported they were sacrificed."
    assert outlets(body) == []


def test_an_outlet_told_that_the_parser_glued_to_what_it_was_told_is_the_one_told():
    # styles6 and reading7: no 'that' after the outlet's name, so the parse reads it as the clause's subject
    body = (
        "Council spokesperson Barend Leyts told Brussels-based media network EURACTIV safety procedure had been "
        "followed and only Macron and Matovič were known to have tested positive."
    )
    analysis = analyze_text(body)
    assert [(s.outlet, s.claim[:34]) for s in analysis.secondhand] == [
        ("EURACTIV", "safety procedure had been followed")
    ]
    assert analysis.attributions[0].quote.startswith("safety procedure")
    body = (
        "One activist on Sunday told Agence France-Presse arson has been used as a weapon to evict poor slum dwellers."
    )
    assert [(s.outlet, s.claim[:19]) for s in analyze_text(body).secondhand] == [
        ("Agence France-Presse", "arson has been used")
    ]


def test_a_statement_given_to_a_body_named_like_an_agency_is_no_outlets():
    # styles6: 'Ford voluntarily disclosed this matter to the U.S. Environmental Protection Agency'
    body = "Ford said it voluntarily disclosed this matter to the U.S. Environmental Protection Agency on February 18."
    assert outlets(body) == []
