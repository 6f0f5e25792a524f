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
