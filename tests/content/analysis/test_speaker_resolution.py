"""Speakers resolved across sentences: whom a pronoun continues, and of what kind a name is."""

from tests.content.analysis.helpers import analyze_text


def speaker_of(body: str, quote: str) -> tuple[str, str]:
    [attribution] = [a for a in analyze_text(body).attributions if quote in a.quote]
    return attribution.speaker, attribution.speaker_kind


def test_a_name_mentioned_inside_a_quotation_is_not_the_antecedent_of_the_narrations_pronoun():
    body = (
        "Dana Kerr told reporters about her costume. "
        'The suit "is hot. It is really hard to stay calm when Chris Hale walks in". '
        "With all the excitement, she said that she gets tired quickly."
    )
    assert speaker_of(body, "she gets tired quickly") == ("Dana Kerr", "named")


def test_a_they_that_speaks_continues_the_last_party_that_spoke_not_people_who_acted_in_between():
    body = (
        "Health officials in the region claimed the outbreak was over. "
        "Doctors Ann Lee and Tom Fox visited the ward on Monday. "
        "They also stated that no new cases were found."
    )
    assert speaker_of(body, "no new cases were found")[0] == "Health officials"


def test_a_they_that_speaks_takes_an_assembly_that_spoke_a_few_sentences_before():
    body = (
        "An assembly of foreign ministers in Cairo denounced the agreement on Wednesday. "
        "The talks lasted six hours. "
        "Minister Ann Lee and her three counterparts met the press afterwards. "
        "They concluded that the agreement is void."
    )
    speaker, kind = speaker_of(body, "the agreement is void")
    assert "assembly of foreign ministers" in speaker and kind == "organization"


def test_an_indefinite_pronoun_is_an_unnamed_source_with_the_phrase_that_says_who():
    body = "Some in the diplomatic community have suggested a unity government could end the crisis."
    assert speaker_of(body, "a unity government could end the crisis") == (
        "Some in the diplomatic community",
        "anonymous",
    )
