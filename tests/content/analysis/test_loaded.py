from tests.content.analysis.helpers import analyze_text


def terms(body: str) -> list[tuple[str, str]]:
    return [(t.term, t.neutral) for t in analyze_text(body).loaded_terms]


def test_charged_phrases_in_the_reporters_voice_with_neutral_alternatives():
    body = "Armed groups seized control of the neighborhood as rioting engulfed the city. Trump lambasted the mayor."
    found = analyze_text(body).loaded_terms
    assert [(t.term, t.neutral) for t in found] == [
        ("seized control", "took over"),
        ("rioting engulfed the city", "spread through"),
        ("lambasted", "criticized"),
    ]
    assert all(t.reason and t.sentence for t in found)
    assert body[found[0].start : found[0].end] == "seized control"


def test_context_decides_police_seizing_drugs_or_flames_engulfing_a_house_is_not_loaded():
    assert terms("Police seized drugs and cash. Flames engulfed the house.") == []


def test_judging_verbs_of_saying_count_only_as_verbs_of_saying():
    assert terms("Nolette claimed the protesters were armed.") == [("claimed", "said")]
    assert terms("The insurer paid the claims.") == []


def test_charged_words_inside_quotations_are_the_speakers_not_the_reporters():
    body = '"These ugly thugs seized control of the city," the president wrote.'
    assert terms(body) == []


def test_plain_reporting_has_no_loaded_terms():
    assert terms("The council met on Tuesday and approved the budget by seven votes to two.") == []


def test_claimed_victory_and_claimed_responsibility_are_idioms_not_judgements():
    assert terms("Both candidates claimed victory. The group had claimed to have carried out the attack.") == []
