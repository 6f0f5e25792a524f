"""Loaded language found beyond the word list: a charged adjective's family, figures of force read from the parse,
and verbs of attack used for criticism (made-up sentences)."""

from quizgame.content.analysis.families import adverbs, family_rules, nouns
from quizgame.content.analysis.lexicon import TermRule, load_lexicon
from tests.content.analysis.helpers import analyze_text


def terms(body: str) -> list[str]:
    return [t.term for t in analyze_text(body).loaded_terms]


def test_a_charged_adjective_lends_its_judgement_to_its_adverb_and_noun():
    assert list(adverbs("ruthless")) == ["ruthlessly"]
    assert list(adverbs("terrible")) == ["terribly"]
    assert list(adverbs("tragic")) == ["tragically"]
    assert list(nouns("brutal")) == ["brutality"]
    assert list(nouns("ruthless")) == ["ruthlessness"]
    assert terms("The army ruthlessly cleared the villages on Tuesday.") == ["ruthlessly"]
    assert terms("Residents described the ruthlessness of the raids.") == []  # the residents' word, paraphrased
    assert terms("The ruthlessness of the raids left the valley empty.") == ["ruthlessness"]


def test_a_family_member_is_reported_below_the_key_band_and_never_inside_quotation_marks():
    found = analyze_text("The army ruthlessly cleared the villages on Tuesday.").loaded_terms
    assert found[0].confidence < 0.7
    assert terms('"They ruthlessly cleared the villages," a farmer said.') == []


def test_only_adjectives_charged_wherever_they_stand_have_a_family():
    bounded = TermRule(
        term="deadly", neutral="-", reason="-", lemmas=("deadly",), pos=frozenset({"ADJ"}), heads=frozenset({"group"})
    )
    free = TermRule(term="cruel", neutral="-", reason="-", lemmas=("cruel",), pos=frozenset({"ADJ"}))
    assert [r.term for r in family_rules([bounded, free])] == ["cruelly"]
    listed = {r.term for r in load_lexicon().terms}
    assert not listed & {r.term for r in load_lexicon().family_terms}  # the lexicon's own entry wins


def test_a_war_against_what_is_not_an_army_is_a_figure():
    assert terms("The government released funds for its war against independent news websites.") == ["war against"]
    assert terms("Parliament voted to declare war against Iraq in 1991.") == []


def test_a_disaster_of_what_it_is_not_made_of_is_a_figure():
    assert terms("The party has suffered an epidemic of resignations since March.") == ["epidemic of"]
    assert terms("The region suffered an epidemic of cholera in March.") == []
    assert terms("Militants fired a barrage of rockets at the town.") == []


def test_a_wave_of_a_feeling_or_an_attitude_is_a_figure_a_wave_of_events_is_not():
    assert terms("The attacks prompted a new wave of racism against migrants.") == ["wave of"]
    assert terms("The standoff threatens to spark a new wave of violence.") == []
    assert terms("A wave of arrests followed the protest.") == []


def test_a_medium_on_fire_is_a_figure_a_building_on_fire_is_not():
    assert terms("Now, social media sites and blogs are on fire ahead of his visit.") == ["on fire"]
    assert terms("The office building was on fire when firefighters arrived.") == []


def test_a_violent_act_done_to_an_institution_is_a_figure_done_to_a_person_it_is_not():
    assert terms("The new budget guts the welfare state, the opposition says.") == []  # the opposition's words
    assert terms("The regional government is amputating the welfare state with each budget.") == ["amputating"]
    assert terms("The kidnappers gagged the hostages and left.") == []


def test_verbs_of_attack_are_criticism_when_people_aim_them_at_people_or_their_decisions():
    assert terms("Opposition leaders hammered the minister over the budget.") == ["hammered"]
    assert terms("The senator tore into the plan on Monday.") == ["tore into"]
    assert terms("A storm hammered the coast overnight.") == []
    assert terms("He slammed the door and left.") == []


def test_a_war_on_crime_or_drugs_is_the_name_of_an_armed_campaign():
    assert terms("Thousands have died in the government's war against organized crime.") == []
    assert terms("Thousands have died in the government's war on drugs.") == []


def test_a_crowd_that_clashed_with_police_fought_them_while_a_dispute_with_a_government_is_a_figure():
    assert terms("Protesters clashed with police outside parliament and threw bottles.") == []
    assert terms("City officials clashed with the governor over the budget.") == ["clashed"]


def test_a_rulers_grip_on_what_is_no_object_is_a_figure():
    assert terms("Comics flourished only when the generals relaxed their grip on the press.") == ["grip"]
    assert terms("Engineers are trying to get a grip on the situation.") == []
    assert terms("She lost her grip on the rope.") == []


def test_one_lexicon_entry_covers_a_word_as_adjective_and_as_verb():
    assert [r.term for r in load_lexicon().terms].count("neglected") == 1
    assert terms("Residents of the neglected district voted on Sunday.") == ["neglected"]
    assert terms("The council neglected the district for years.") == ["neglected"]
