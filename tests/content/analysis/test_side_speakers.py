"""A second speaker in a 'with' phrase hung on another cue speaks its own part: 'with A calling X "..." and B
calling Y "..."' gives B's words to B, and 'Reuters reported ..., with officials reporting N killed' gives the
figure to the officials; a clause the first cue reports, or one describing a noun in it, stays the first speaker's."""

from tests.content.analysis.helpers import pairs


def _speaker_of(body: str, words: str) -> set[str]:
    return {speaker for speaker, quote in pairs(body) if words in quote}


def test_the_second_of_two_coordinated_participles_in_a_with_phrase_is_its_own_subjects():
    # the parser hangs the second participle on the first (whose content then ran over it) for these names
    body = (
        "Republican Representatives attacked the impeachment inquiry, with Steve Scalise of Louisiana calling the "
        'investigation into Trump "Soviet-style" and Ross Spano of Florida calling the process "a blatant and '
        'obvious coup to unseat a sitting president of the United States".'
    )
    assert _speaker_of(body, "a blatant and obvious coup") == {"Ross Spano"}


def test_a_second_participle_the_parser_already_reads_apart_stays_its_subjects():
    body = (
        "Republican Representatives attacked the inquiry, with Tom Hale of Ohio calling the hearing "
        '"a disgrace" and Ana Ruiz of Texas calling the process "a blatant and obvious coup against the president".'
    )
    assert _speaker_of(body, "a blatant and obvious coup") == {"Ana Ruiz"}


def test_a_with_phrase_after_a_report_gives_its_figures_to_its_own_source():
    body = (
        "Reuters reported the attack the deadliest since an assault in Ghazni in August 2018, with officials "
        "reporting at the time 150 security forces, 95 civilians, and hundreds of fighters killed."
    )
    assert _speaker_of(body, "95 civilians") == {"officials"}


def test_a_relative_clause_inside_the_content_is_not_a_second_speaker():
    body = "The video shows a man being interrogated by members of the militia, who accuse him of espionage."
    assert "members" not in " ".join(_speaker_of(body, "being interrogated"))
