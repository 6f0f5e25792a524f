"""Chains of speakers in a news report: a person named once with a role and afterwards called by the role ('the
spokeswoman', 'the fire chief', 'the student'), then by a pronoun. Each later mention is the person named before."""

from tests.content.analysis.helpers import analyze_text


def speakers_of(body: str, words: str) -> list[str]:
    return [a.speaker for a in analyze_text(body).attributions if words in a.quote]


def test_a_pronoun_after_a_role_mention_is_the_role_holder_not_the_last_name():
    body = (
        "Fire chief Patrick Doyle said the blaze started in a kitchen.\n\n"
        "His neighbour, Tom Brennan, said he had warned the landlord about the wiring last year.\n\n"
        "The fire chief said an investigation was under way. He added that there was no sign of arson."
    )
    assert speakers_of(body, "no sign of arson") == ["Patrick Doyle"]


def test_a_pronoun_after_a_title_mention_skips_a_name_in_between():
    body = (
        "Governor Carl Mendes toured the flooded valley on Monday.\n\n"
        "Engineer Paul Rossi said the dam had held. Mayor Ivo Brandt thanked the volunteers.\n\n"
        "The governor praised the army for its work. But he warned that the river could rise again on Friday."
    )
    assert speakers_of(body, "the river could rise again") == ["Carl Mendes"]
