"""A source phrase opening its sentence ends at its comma: the source and the speaker after it stay apart
(specifications with made-up sentences)."""

from tests.content.analysis.helpers import analyze_text, speakers_by_cue


def test_the_source_of_according_to_is_not_the_speaker_named_after_its_comma():
    body = (
        "According to the Daily Courier, the city's finance director, Mark Olsen, said the budget must be cut "
        "by ten percent."
    )
    assert speakers_by_cue(body) == {"according to": "Daily Courier", "said": "Mark Olsen"}


def test_a_source_the_parser_read_as_the_subject_is_still_the_phrases_and_the_apposition_speaks():
    body = (
        "According to semi-official news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said "
        "the suspects must face charges."
    )
    found = speakers_by_cue(body)
    assert found["said"] == "Ali Alghasi Mehr"
    assert "ISNA" in found["according to"]


def test_a_name_after_the_comma_that_only_names_the_source_is_the_source():
    body = "According to the El Paso mayor, Dee Margo, during the weekend, police were investigating the post."
    assert speakers_by_cue(body) == {"according to": "Dee Margo"}


def test_two_source_phrases_side_by_side_each_source_their_own_figure():
    body = (
        "When the market finally opened, around 2,000 traders (according to the police, or more than 3,000 "
        "according to the union) filled the square."
    )
    by_speaker = {a.speaker: a.quote for a in analyze_text(body).attributions}
    assert by_speaker["the union"] == "more than 3,000"
    assert "around 2,000 traders" in by_speaker["the police"]


def test_the_apposition_that_speaks_starts_the_statement_past_the_source_phrase():
    """The opening phrase and the cue are matched by token position (spaCy gives a new Token object at every
    access, so an identity test never matched them and the statement began at the phrase's source)."""
    body = (
        "According to semi-official news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said "
        "the suspects must face charges."
    )
    said = next(a for a in analyze_text(body).attributions if a.cue == "said")
    assert body[said.start :].startswith("the prosecutor general of Tehran")
