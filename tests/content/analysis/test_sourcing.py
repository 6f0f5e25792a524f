from tests.content.analysis.helpers import analyze_text


def test_claims_taken_from_other_outlets_are_secondhand():
    body = (
        "Armed groups seized control of the neighborhood, according to the City-Journal.\n\n"
        "The zone has no police, KOMO News reported Thursday morning.\n\n"
        "Deanna Nolette told KOMO that police were not answering calls."
    )
    outlets = [s.outlet for s in analyze_text(body).secondhand]
    assert outlets == ["City-Journal", "KOMO News", "KOMO"]


def test_the_articles_own_outlet_is_not_secondhand():
    body = "Jim Fuda told ABC News that he had never seen this."
    assert analyze_text(body, outlet="ABC News").secondhand == []


def test_a_checkable_claim_with_no_source_is_unsourced_and_an_attributed_one_is_not():
    body = (
        "There are currently 14,000 complaints against Seattle police.\n\n"
        "The police chief said there were 300 officers on duty."
    )
    claims = [c.text for c in analyze_text(body).unsourced_claims]
    assert claims == ["There are currently 14,000 complaints against Seattle police."]


def test_quotations_and_questions_are_not_unsourced_claims():
    body = '"We will stay for as long as it takes," one protester said.\n\nWho runs the zone?'
    assert analyze_text(body).unsourced_claims == []


def test_a_credit_line_naming_agencies_is_sourced_and_an_unexplained_silence_is_not():
    body = (
        "The government has not commented on the situation.\n\n"
        "Some information for this report was provided by AFP, AP and Reuters."
    )
    assert [c.text for c in analyze_text(body).unsourced_claims] == ["The government has not commented on the situation."]


def test_the_outlets_initials_are_the_outlet_itself():
    body = "Information ministry sources told VOA that the soldiers drove back to their base."
    assert analyze_text(body, outlet="Voice of America").secondhand == []
