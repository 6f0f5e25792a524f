"""The kind of each speaker (named, anonymous, organization, outlet, document, social_media), as the gold
README defines them: answer keys of kind attribution_type are built from it."""

import pytest

from tests.content.analysis.helpers import analyze_text


def kinds(body: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.speaker_kind) for a in analyze_text(body).attributions]


@pytest.mark.parametrize("body", [
    "Some reports suggest that the fire was set deliberately.",
    "Initial reports indicate that the driver fled.",
    "Another report confirms that he asked for asylum.",
    "According to the reports, two women were injured.",
])
def test_reports_no_one_is_named_as_making_are_an_unnamed_source(body):
    [(_, kind)] = kinds(body)
    assert kind == "anonymous"


@pytest.mark.parametrize("body", [
    "The report said that he asked for asylum.",
    "Police statistics show that crime rose last year.",   # a plural the tagger lemmatises to 'statistic'
    "According to her memoirs, she was happy in Paris.",
])
def test_a_definite_report_statistics_and_memoirs_are_documents(body):
    [(_, kind)] = kinds(body)
    assert kind == "document"


def test_a_website_named_by_its_address_is_an_outlet():
    [(speaker, kind)] = kinds("Foo.com reported that five men were killed.")
    assert (speaker, kind) == ("Foo.com", "outlet")


def test_a_news_agency_is_an_outlet_not_an_organisation():
    [(_, kind)] = kinds("State-owned news agency Tarn reported that the ministry issued warrants.")
    assert kind == "outlet"


def test_an_assemblywoman_with_a_name_is_a_named_person():
    [(speaker, kind)] = kinds("Newly elected Assemblywoman Selma Torvin said the vote was historic.")
    assert (speaker, kind) == ("Selma Torvin", "named")
