"""Quotations and set-apart speech tied to the right cue and speaker: specifications with made-up sentences."""

from quizgame.content.analysis.layout import mask_link_marks
from tests.content.analysis.helpers import analyze_text


def pairs(body: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.quote) for a in analyze_text(body).attributions]


def test_a_language_mark_after_a_link_does_not_break_the_sentence_it_stands_in():
    body = (
        "Tomas Ferreira (@tferreira) regrets [es] that the council cannot fund the fair, but asks for it to be "
        "held in his town:\n\n"
        "> It is a pity that the council cannot pay for a fair like this, but I hope they bring it to Braga."
    )
    speakers = {speaker for speaker, _ in pairs(body)}
    assert speakers == {"Tomas Ferreira"}


def test_link_marks_are_blanked_for_the_parser_but_not_inside_quotations():
    text = 'She writes [pt] that "[he] left early" in a report [pdf].'
    masked = mask_link_marks(text)
    assert len(masked) == len(text)
    assert "[pt]" not in masked and "[pdf]" not in masked
    assert '"[he] left early"' in masked


def test_the_published_sentence_keeps_its_link_mark():
    body = "The Blue Lantern [es], a bookshop in Vigo, closed on May 3 after forty years."
    analysis = analyze_text(body)
    assert [claim.text for claim in analysis.unsourced_claims] == [body]
    assert analysis.sentences[0].text == body


def test_a_relative_clause_inside_the_quoted_words_does_not_make_them_someone_elses():
    body = (
        "Union leader Maria Odell called the closure of the plant, "
        "\u201ca blow to the workers of this valley, who have kept it running for forty years.\u201d"
    )
    found = pairs(body)
    assert [speaker for speaker, _ in found] == ["Maria Odell"]
    assert "a blow to the workers of this valley" in found[0][1]


def test_an_introduction_with_quoted_words_is_a_statement_besides_the_blockquote_below():
    body = (
        'The critic Lena Varga describes the new mayor as a man "feared and admired in equal measure":\n\n'
        "> He has never lost an argument in this town, and he never will."
    )
    found = pairs(body)
    assert ("Lena Varga", "He has never lost an argument in this town, and he never will.") in found
    assert any(speaker == "Lena Varga" and "feared and admired in equal measure" in quote for speaker, quote in found)


def test_a_photo_caption_between_an_introduction_and_its_blockquote_is_passed_over():
    body = (
        "Teacher and blogger Ana Lopes reacted in a note published on her blog on April 2:\n\n"
        "A school in Porto. Photo by J. Silva on Flickr (CC BY 2.0)\n\n"
        "> The children of this town deserve better schools, and they deserve them now."
    )
    assert pairs(body) == [
        ("Ana Lopes", "The children of this town deserve better schools, and they deserve them now.")
    ]


def test_a_participle_hung_on_the_reported_clause_belongs_to_the_reporting_speaker():
    body = (
        'The Harbour Times concurred that the vote was a "historic" one, saying:\n\n'
        "> This election showed that the people of the island are ready to govern themselves."
    )
    found = pairs(body)
    assert ("Harbour Times", "This election showed that the people of the island are ready to govern themselves.") in (
        found
    )
    assert not any(speaker == "the vote" for speaker, _ in found)


def test_a_participle_after_a_reported_person_is_left_to_the_parse():
    body = "Mayor Tom Berg said that the councillor Jan Holm left early, saying he was tired."
    assert ("Jan Holm", "he was tired") in pairs(body)


def test_a_subject_inside_what_an_introduction_says_is_not_the_blockquotes_speaker():
    body = (
        "A citylife.net editorial predicts that the Green Party will be able to hold on to Westfield, "
        "as it has done for over 20 years:\n\n"
        "> The Labour Party thus faces a hard task in Westfield this spring."
    )
    assert not any(speaker == "Green Party" for speaker, _ in pairs(body))


def test_a_quotation_split_by_its_cue_gives_two_direct_quotations_of_one_speaker():
    body = '"We will rebuild the bridge," Mayor Ana Ruiz said, "and we will do it before winter."'
    analysis = analyze_text(body)
    assert [(a.speaker, a.quote, a.direct) for a in analysis.attributions] == [
        ("Ana Ruiz", "We will rebuild the bridge", True),
        ("Ana Ruiz", "and we will do it before winter.", True),
    ]


def test_a_name_the_parser_gives_to_an_aside_is_the_subject_of_the_verb_after_it():
    body = "Economist Jane Holt, writing in the Farm Review, argued that the tax would hurt small farms."
    assert pairs(body) == [("Jane Holt", "that the tax would hurt small farms")]


def test_a_quotation_right_after_its_speaker_addresses_someone_is_theirs():
    body = 'Police chief Mark Stone spoke to reporters on Tuesday. "We have arrested three men and expect more."'
    [attribution] = analyze_text(body).attributions
    assert (attribution.speaker, attribution.direct) == ("Mark Stone", True)
    assert attribution.confidence < 1.0


def test_a_quotation_after_a_sentence_about_someone_else_is_not_given_to_them():
    body = 'Police arrested Mark Stone on Tuesday. "We have nothing to hide and will prove it in court."'
    assert pairs(body) == []


def test_a_quotation_over_several_paragraphs_takes_the_cue_of_its_last_paragraph():
    body = (
        "Fire chief Tom Webb described the scene.\n\n"
        '"The first crews arrived within minutes and found the roof already gone. Nobody could get inside.\n\n'
        '"We pulled two people out through a window," he said.'
    )
    found = [(a.speaker, a.quote) for a in analyze_text(body).attributions if a.direct]
    assert [speaker for speaker, _ in found] == ["Tom Webb", "Tom Webb"]
    assert found[0][1].startswith("The first crews arrived within minutes")


def test_an_update_label_before_a_quotation_is_not_part_of_what_was_said():
    body = 'Update (May 3): "We have found the missing hikers and all of them are safe," the park service said.'
    [attribution] = analyze_text(body).attributions
    assert (attribution.speaker, attribution.direct) == ("the park service", True)
    assert attribution.quote == "We have found the missing hikers and all of them are safe"


def test_a_statement_or_a_reaction_from_someone_before_a_colon_is_theirs():
    reaction = 'The reaction from the opposition was swift: "This budget punishes the poor and rewards the rich."'
    statement = 'The statement from the city council was short: "The mayor has our full confidence."'
    assert [speaker for speaker, _ in pairs(reaction)] == ["the opposition"]
    [attribution] = analyze_text(statement).attributions
    assert attribution.speaker.endswith("city council")
    assert attribution.speaker_kind == "document"


def test_a_quotation_woven_into_the_sentence_after_a_quoting_statement_continues_its_speaker():
    body = (
        'With "the helmet, I wanted to go for looks over comfort," Nadia Reyes told the Gazette. '
        'The suit "is very warm, so I have to drink a lot of water and stay calm" all day.'
    )
    speakers = {a.speaker for a in analyze_text(body).attributions if a.direct}
    quotes = [a.quote for a in analyze_text(body).attributions]
    assert speakers == {"Nadia Reyes"}
    assert any(q.startswith("is very warm") for q in quotes)


def test_a_cue_in_a_clause_modifying_a_source_phrases_content_does_not_take_its_quotation():
    body = (
        "According to prosecutor Jim Bash, the letter if written by the suspect could strengthen the case: "
        '"The key factor here is intent. That is met here."'
    )
    speakers = {speaker for speaker, quote in pairs(body) if quote.startswith("The key factor")}
    assert speakers == {"Jim Bash"}


def test_a_participle_naming_the_author_of_a_text_still_introduces_its_words():
    body = 'The report, written by the council: "We waited for months and nobody told us why."'
    assert pairs(body) == [("the council", "We waited for months and nobody told us why.")]


def test_a_source_phrase_states_the_clause_before_a_colon_and_the_quotation_after_it():
    body = (
        "According to prosecutor Jim Bash, the letter if written by the suspect could strengthen the case: "
        '"The key factor here is intent. That is met here."'
    )
    found = pairs(body)
    assert ("Jim Bash", "The key factor here is intent. That is met here.") in found
    assert ("Jim Bash", "the letter if written by the suspect could strengthen the case") in found
