"""Blockquotes ("> ...") are quotations: a tweet's handle or the introducing sentence names the speaker."""

import pytest

from quizgame.content.analysis.blockquotes import find_blocks
from tests.content.analysis.helpers import analyze_text


def test_a_blockquote_under_a_colon_is_the_introduced_speakers_words():
    body = (
        "Rain fell on the city all week.\n\n"
        "Activist Maria Lopez commented:\n\n"
        "> The council has ignored the flooding in our streets for three years.\n"
    )
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker == "Maria Lopez"
    assert attribution.speaker_kind == "named"
    assert attribution.direct is True
    assert attribution.quote == "The council has ignored the flooding in our streets for three years."
    assert 0.5 < attribution.confidence <= 1.0


def test_a_quoted_tweet_is_social_media_under_its_handle_without_the_handle_in_the_quote():
    body = (
        "Fans reacted to the news on Twitter:\n\n"
        "> @rainfan: The concert should never have been cancelled by the police.\n\n"
        "> @citywatch: The police made the right call for once, and everyone knows it.\n"
    )
    found = [(a.speaker, a.speaker_kind, a.quote) for a in analyze_text(body).attributions]
    assert found == [
        ("@rainfan", "social_media", "The concert should never have been cancelled by the police."),
        ("@citywatch", "social_media", "The police made the right call for once, and everyone knows it."),
    ]


def test_an_original_and_its_english_translation_are_one_attribution_in_english():
    body = (
        "Activist Ahmed Salem wrote:\n\n"
        "> @asalem: Los generales no hacen nada mientras mueren nuestros hijos en la frontera.\n\n"
        "> The generals do nothing while our sons die at the border.\n"
    )
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker == "@asalem"
    assert attribution.speaker_kind == "social_media"
    assert attribution.quote == "The generals do nothing while our sons die at the border."


def test_a_post_introduced_as_from_facebook_is_social_media():
    body = (
        "Opposition leader Tom Baker wrote on Facebook:\n\n"
        "> The new tax will hurt every family in this country and we will fight it.\n"
    )
    [attribution] = analyze_text(body).attributions
    assert (attribution.speaker, attribution.speaker_kind) == ("Tom Baker", "social_media")


def test_a_scene_before_a_blockquote_does_not_speak_it():
    body = (
        "The protesters walk past the town hall in silence.\n\n"
        "> Nothing will change until the mayor resigns from his office.\n"
    )
    assert analyze_text(body).attributions == []


def test_blockquote_lines_joined_without_a_blank_line_are_one_block():
    text = "Intro:\n\n> first line\n> second line\n\n> another block\n"
    blocks = find_blocks(text)
    assert [len(b.lines) for b in blocks] == [2, 1]
    assert text[blocks[0].lines[1][0] : blocks[0].lines[1][1]] == "second line"


def test_a_translation_without_a_handle_is_spoken_by_the_introduction_of_the_original():
    body = (
        "Activist Dan Levi commented:\n\n"
        "> Los generales no hacen nada mientras mueren nuestros hijos en la frontera.\n\n"
        "> The generals do nothing while our sons die at the border.\n"
    )
    [attribution] = analyze_text(body).attributions
    assert (attribution.speaker, attribution.quote) == (
        "Dan Levi",
        "The generals do nothing while our sons die at the border.",
    )


def test_the_introducing_cue_is_found_past_a_verbless_fragment_before_the_colon():
    body = (
        "Professor Anna Berg wrote on her blog about the role of the media (in Swedish).\n[sv]:\n\n"
        "> It is crucial to remind editors that the code of ethics forbids such headlines.\n"
    )
    speakers = [(a.speaker, a.quote[:13]) for a in analyze_text(body).attributions]
    assert ("Anna Berg", "It is crucial") in speakers


def test_a_retweet_inside_a_tweet_is_a_nested_source_with_its_own_words():
    body = (
        "Here are more reactions on Twitter:\n\n"
        "> @rainfan: The ban is embarrassing the whole country! RT @cityvoice: The council is being hypocritical about this.\n"
    )
    found = sorted((a.speaker, a.quote) for a in analyze_text(body).attributions)
    assert found == [
        ("@cityvoice", "The council is being hypocritical about this."),
        ("@rainfan", "The ban is embarrassing the whole country!"),
    ]


@pytest.mark.parametrize(
    "introduction",
    [
        "On his blog, John Harper reported on the angry comments posted by some readers after the match:",
        # a language tag cuts the sentence in two: the rest ("[fr] posted by ...") is not the introduction
        "On his blog, John Harper reported on the angry comments [fr] posted by some readers after the match:",
    ],
)
def test_a_cue_inside_a_modifier_of_the_introduction_does_not_speak_the_blockquote(introduction):
    body = introduction + "\n\n> The referee should never be allowed to work in this league again, everyone saw it.\n"
    speakers = [a.speaker for a in analyze_text(body).attributions if a.quote.startswith("The referee")]
    assert speakers == ["John Harper"]


def test_an_introduction_that_names_only_a_topic_is_not_a_statement_of_its_own():
    body = (
        "Activist Sam Okoro wrote about the case:\n\n"
        "> The story of this poor agent is the biggest scandal of the year in our country.\n"
    )
    found = [(a.speaker, a.quote[:9]) for a in analyze_text(body).attributions]
    assert found == [("Sam Okoro", "The story")]


def test_an_introduction_with_a_clause_keeps_its_own_statement():
    body = (
        "Analyst Rita Chan predicts that the party will hold the seat:\n\n"
        "> The governing party faces a daunting task in this district next month.\n"
    )
    quotes = [a.quote[:13] for a in analyze_text(body).attributions]
    assert "that the part" in quotes and "The governing" in quotes


def test_a_blockquote_with_no_introducing_cue_is_the_words_of_the_person_the_paragraph_is_about():
    body = (
        "Desi Moreno is one of the victims: she has not paid the mortgage for six months.\n\n"
        "> I cannot find a job and my husband earns too little to pay for the house.\n"
    )
    [attribution] = analyze_text(body).attributions
    assert attribution.speaker == "Desi Moreno"
    assert attribution.quote.startswith("I cannot find a job")
    assert attribution.confidence < 0.8


def test_a_blockquote_after_a_quoted_paragraph_continues_its_speaker_and_its_spanish_original_is_skipped():
    body = (
        'Maria Lopez has stood there for hours. "I am with them now," she explains.\n\n'
        "> Voy a casi todas las protestas, no por mí, sino por mis hijos.\n\n"
        "> I attend almost all the protests, not for me, but for my children.\n"
    )
    found = [(a.speaker, a.quote) for a in analyze_text(body).attributions]
    assert ("Maria Lopez", "I attend almost all the protests, not for me, but for my children.") in found
    assert not any(quote.startswith("Voy a") for _, quote in found)


@pytest.mark.parametrize(
    "inner",
    [
        "The volunteers hope to open a second library in the valley next spring.",
        "Many readers discovered that starting a garden is cheaper than they thought.",
        "The empty shelves show us that the reform has failed the poorest families.",
        "It was a hard winter, no one denies that, and the river froze twice.",
    ],
)
def test_a_verb_in_the_blockquoted_words_is_no_source_of_its_own(inner):
    body = f"Teacher Anna Berg wrote on her blog:\n\n> {inner}\n"
    found = [(a.speaker, a.quote) for a in analyze_text(body).attributions]
    assert found == [("Anna Berg", inner)]


def test_a_third_party_saying_something_inside_a_blockquote_is_a_nested_source():
    body = (
        "Teacher Anna Berg wrote on her blog:\n\n"
        "> The mayor said that the school would close in June. We do not believe him at all.\n"
    )
    speakers = {(a.speaker, a.direct) for a in analyze_text(body).attributions}
    assert ("Anna Berg", True) in speakers
    assert any(speaker != "Anna Berg" and not direct for speaker, direct in speakers)


@pytest.mark.parametrize(
    "intro",
    [
        "Others even think that the injury was a product of karma, like Maria Lopez (@marialopez):",
        "Some, like Maria Lopez, called for the mayor's resignation on the residents' Facebook group page:",
    ],
)
def test_a_crowd_with_one_person_named_as_its_example_introduces_that_persons_post(intro):
    # reading4's baseball post, styles5's Armenia post, styles4's Mexico post: the words under the line
    # are the named person's, not the crowd's ("Others", "Some").
    body = (
        "Fans reacted to the news all week.\n\n"
        f"{intro}\n\n"
        "> The council has ignored the flooding in our streets for three years and nobody cares.\n"
    )
    found = [a for a in analyze_text(body).attributions if a.direct]
    assert [a.speaker for a in found] == ["Maria Lopez"]


def test_a_source_quoted_inside_an_original_is_attributed_only_in_its_translation():
    """The Spanish original names a source and quotes it; only the English translation below is attributed."""
    body = (
        "The archbishop did not renew the licence of Father Gaston Garatea.\n\n"
        "The site later adds:\n\n"
        '> Indicó además que el P. Garatea ha tenido "un sinfín de pronunciamientos contrarios (a la doctrina '
        'católica) explícitamente aunque hoy quieran maquillarlo".\n'
        ">\n"
        '> "No sólo es lo último del matrimonio gay, que lo dijo y ahora pretende decir que se refería al contrato '
        'civil. En su momento dijo matrimonio gay, y es lo mismo."\n\n'
        '> [The source] also remarked that Father Garatea has made "countless statements against the doctrine".\n'
    )
    quotes = [a.quote for a in analyze_text(body).attributions]
    assert not any("sinfín" in q or "matrimonio" in q for q in quotes)
    assert any("countless statements against the doctrine" in q for q in quotes)
