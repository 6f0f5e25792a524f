"""A person's name modifying a group or a role noun: the group or the role speaks, typed as any description is
('the Ortiz campaign' an organization, 'Ortiz aides' anonymous people, one unnamed spokesperson the body behind
them); a name that is the head of its phrase ('Ortiz spokesman Dan Reyes') still speaks itself."""

import pytest

from tests.content.analysis.helpers import analyze_text

OPENING = "Governor Lena Ortiz toured a factory in Dayton on Monday. "

GROUPS = [
    pytest.param("The Ortiz campaign said it had raised $3 million.", "Ortiz campaign", "organization", id="campaign"),
    pytest.param("Ortiz aides said the tour would go on.", "Ortiz aides", "anonymous", id="aides"),
    pytest.param(
        "The Ortiz administration said the plant would reopen.",
        "Ortiz administration",
        "organization",
        id="administration",
    ),  # fmt: skip
    pytest.param("The Ortiz camp said the debate was rigged.", "Ortiz camp", "organization", id="camp"),
    pytest.param("Ortiz allies said the vote was fair.", "Ortiz allies", "anonymous", id="allies"),
    pytest.param("The Ortiz family said they were grateful.", "Ortiz family", "anonymous", id="family"),
    pytest.param(
        "Ortiz campaign officials said the bus had broken down.",
        "Ortiz campaign officials",
        "anonymous",
        id="compound-chain",
    ),  # fmt: skip
    pytest.param(
        "An Ortiz spokesman said the governor was resting.", "An Ortiz spokesman", "organization", id="one-spokesman"
    ),  # fmt: skip
    pytest.param("Ortiz's lawyers said the case had no merit.", "Ortiz's lawyers", "anonymous", id="possessive"),
    pytest.param("Ortiz's office said she would not comment.", "Ortiz's office", "organization", id="office"),
]


@pytest.mark.parametrize(("sentence", "speaker", "kind"), GROUPS)
def test_a_name_modifying_a_group_gives_the_group(sentence: str, speaker: str, kind: str) -> None:
    attribution = analyze_text(OPENING + sentence).attributions[-1]
    assert (attribution.speaker, attribution.speaker_kind) == (speaker, kind)


def test_a_name_at_the_head_of_its_phrase_still_speaks() -> None:
    attribution = analyze_text(OPENING + "Ortiz spokesman Dan Reyes said the tour would go on.").attributions[-1]
    assert (attribution.speaker, attribution.speaker_kind) == ("Dan Reyes", "named")


def test_the_person_alone_still_speaks() -> None:
    attribution = analyze_text(OPENING + "Ortiz said the plant would reopen.").attributions[-1]
    assert (attribution.speaker, attribution.speaker_kind) == ("Lena Ortiz", "named")


def test_it_after_the_campaign_is_the_campaign() -> None:
    body = OPENING + "The Ortiz campaign said it had raised $3 million. It added that most gifts were small."
    assert [(a.speaker, a.speaker_kind) for a in analyze_text(body).attributions] == [
        ("Ortiz campaign", "organization"),
        ("Ortiz campaign", "organization"),
    ]


def test_she_after_the_campaign_is_the_person_it_is_named_for() -> None:
    body = OPENING + "The Ortiz campaign said it had raised $3 million. She added that most gifts were small."
    assert analyze_text(body).attributions[-1].speaker == "Lena Ortiz"


def test_they_after_aides_are_the_aides() -> None:
    body = OPENING + "Ortiz aides said the tour would go on. They added that the bus had been fixed."
    assert analyze_text(body).attributions[-1].speaker == "Ortiz aides"
