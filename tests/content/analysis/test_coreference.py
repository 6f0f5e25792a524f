"""Pronouns, titles and descriptions resolved to the people the article introduces, with a confidence."""

from tests.content.analysis.helpers import analyze_text


def speakers(body: str) -> list[str]:
    return [a.speaker for a in analyze_text(body).attributions]


def test_she_skips_a_man_and_finds_the_woman_named_before():
    body = "Ms. Ann Lee met Mr. Tom Fox on Monday.\n\nShe said the talks had gone well."
    assert speakers(body) == ["Ann Lee"]


def test_gender_comes_from_the_pronouns_used_of_a_person_alone():
    body = (
        "Alison Kock has studied orcas in False Bay for years. "
        "Neil Hammerschlag led the study with his students. These orcas, she suggested, specialize in hunting sharks."
    )
    assert speakers(body) == ["Alison Kock"]


def test_a_pronoun_prefers_the_main_clause_subject_to_a_name_in_a_relative_clause():
    body = (
        "Robert Mugabe agreed to a deal in which Morgan Tsvangirai became prime minister. "
        '"Only God who appointed me will remove me," he declared.'
    )
    assert speakers(body) == ["Robert Mugabe"]


def test_they_takes_the_last_plural_subject():
    body = (
        "An assembly of foreign ministers in Cairo denounced the agreement on Wednesday. "
        "They concluded that the agreement is void."
    )
    assert "foreign ministers" in speakers(body)[-1]


def test_an_unnamed_title_holder_is_a_person_not_an_organisation():
    [attribution] = analyze_text("One MP said the bill would pass.").attributions
    assert attribution.speaker_kind == "anonymous"


def test_speaker_strings_have_no_surrounding_whitespace():
    body = "Intro line\n\nThe ministry said the talks would continue."
    assert all(s == s.strip() for s in speakers(body))


def test_confidence_orders_a_named_speaker_above_a_pronoun_and_a_belief():
    body = (
        "Seattle Mayor Jenny Durkan said the zone would close.\n\n"
        "Police chief Carmen Best met residents on Friday. She said the precinct would reopen.\n\n"
        "Officials believe the protest will end soon."
    )
    by_quote = {a.quote: a.confidence for a in analyze_text(body).attributions}
    named = by_quote["the zone would close"]
    pronoun = by_quote["the precinct would reopen"]
    belief = by_quote["the protest will end soon"]
    assert named == 1.0
    assert 0 < pronoun < named and 0 < belief < named
    assert all(0.0 <= c <= 1.0 for c in by_quote.values())
