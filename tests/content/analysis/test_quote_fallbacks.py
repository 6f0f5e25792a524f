"""Quotations with no cue of their own: whose words they are, from around them (specifications with made-up
sentences)."""

from tests.content.analysis.helpers import pairs


def test_a_quotation_in_a_main_clause_with_its_own_subject_is_not_the_scene_setting_clauses_source():
    body = (
        'At the port, while signs read warnings to the visiting sailors (such as "Keep out of the docks"), '
        'the harbour stayed "closed to all boats, ferries and yachts".'
    )
    assert not any("closed to all boats" in quote for _, quote in pairs(body))


def test_a_quotation_after_a_quoted_statement_in_its_paragraph_continues_it():
    body = (
        'With "Abe, I wanted accuracy," Chapman told us about the costume. '
        'The costume "is very warm under the lights of the hall".'
    )
    assert ("Chapman", "is very warm under the lights of the hall") in pairs(body)
