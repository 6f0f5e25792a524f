"""Nested sources: each source in a chain is credited (the gold conventions: two entries), specifications with
made-up sentences."""

from tests.content.analysis.helpers import pairs


def test_reports_citing_sources_credit_the_reports_and_the_sources_they_cite():
    body = "Reports citing sources within the party have indicated the senator was urged to quit."
    found = pairs(body)
    assert ("Reports", "the senator was urged to quit") in found
    assert any(speaker.startswith("sources") and quote == "the senator was urged to quit" for speaker, quote in found)


def test_a_statement_relayed_by_according_to_is_the_speakers_and_the_relays():
    body = "Mayor Ana Ruiz has expressed she is not interested in running again, according to Reuters."
    found = pairs(body)
    assert ("Ana Ruiz", "she is not interested in running again") in found
    assert any(speaker == "Reuters" and "not interested in running again" in quote for speaker, quote in found)


def test_an_object_relayed_by_according_to_is_no_statement_of_the_speaker():
    body = "Mayor Ana Ruiz has expressed concern about the budget, according to Reuters."
    assert [speaker for speaker, _ in pairs(body)] == ["Reuters"]


def test_whoever_quoted_a_speaker_as_saying_is_a_source_too():
    body = "Reuters quoted a police spokesman as saying that three men were arrested."
    speakers = {speaker for speaker, quote in pairs(body) if "three men were arrested" in quote}
    assert speakers == {"Reuters", "a police spokesman"}
