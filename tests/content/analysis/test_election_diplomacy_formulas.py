"""Election, international and diplomatic formulas in invented sentences (issue 13: the analysis must hold on news
nobody tuned it on). Each case recurred in at least two invented reports or probe variants and follows from the
grammar or a common wire formula."""

from __future__ import annotations

import pytest

from tests.content.analysis.helpers import analyze_text


def _attributions(body: str) -> list[tuple[str, str, str]]:
    return [(a.speaker, a.cue, a.quote) for a in analyze_text(body).attributions]


def _by_cue(body: str, cue: str):
    return next(a for a in analyze_text(body).attributions if a.cue == cue)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Foreign Secretary David Lammy told MPs that the detention of Shirin Karimi was "arbitrary and '
            'unacceptable" and called for her immediate release.',
            "David Lammy",
        ),
        (
            'Opposition senator Flávio Bolsonaro said the row had "humiliated Brazil before the world" and called '
            "for Lula to apologise.",
            "Flávio Bolsonaro",
        ),
        ("Candidate Kwame Mensah said the tally was wrong and vowed to go to court.", "Kwame Mensah"),
    ],
)
def test_a_verb_of_saying_joined_to_a_reported_clause_about_a_thing_is_the_speakers(body: str, speaker: str) -> None:
    # a detention, a row or a tally calls for nothing: the second verb is the reporting subject's own statement
    second = [a for a in analyze_text(body).attributions if a.cue in ("called", "vowed")]
    assert [a.speaker for a in second] == [speaker]
    first = next(a for a in analyze_text(body).attributions if a.cue not in ("called", "vowed"))
    assert " and called" not in first.quote and " and vowed" not in first.quote


def test_a_person_in_the_reported_clause_keeps_the_second_verb() -> None:
    # 'she said he denied it and called it a lie': he denied and called, as before
    assert not any(
        a.speaker == "Ama Owusu" and a.cue == "called"
        for a in analyze_text("Ama Owusu said the minister denied it and called it a lie.").attributions
    )


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        (
            "Lula's chief foreign policy adviser, Celso Amorim, told the newspaper O Globo that the president "
            "would not apologise.",
            "O Globo",
        ),
        ("The trade minister told the news agency Antara that exports would rise this year.", "Antara"),
        (
            "Polling expert Sir Malcolm Reeve of the University of Strathclyde told the BBC that the swing to "
            "Labour was smaller than national polls had suggested.",
            "BBC",
        ),
    ],
)
def test_whom_one_tells_is_not_what_one_says(body: str, outlet: str) -> None:
    told = next(a for a in analyze_text(body).attributions if a.cue.startswith("told"))
    assert told.quote.startswith("that ")
    claims = [s.claim for s in analyze_text(body).secondhand]
    assert claims and all(outlet not in c for c in claims)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Ministry spokesperson Randhir Jaiswal said the talks were useful. A State Department spokesperson "
            'said Washington "encourages direct dialogue".',
            "A State Department spokesperson",
        ),
        (
            "Police spokesman John Mwangi said 12 people were arrested. A Pentagon spokesman said the suspects "
            "would be handed over.",
            "A Pentagon spokesman",
        ),
    ],
)
def test_an_indefinite_role_noun_brings_in_someone_new(body: str, speaker: str) -> None:
    assert analyze_text(body).attributions[-1].speaker == speaker


def test_an_indefinite_role_noun_may_be_named_later() -> None:
    body = (
        "An Ethiopian government spokesman said the attack never happened. Spokesman Zemedkun Tekle called the "
        "report false."
    )
    assert analyze_text(body).attributions[0].speaker == "Zemedkun Tekle"


@pytest.mark.parametrize(
    "body",
    [
        "BRASÍLIA — Brazil recalled its ambassador to Israel for consultations on Monday.",
        "Niger recalled its ambassadors from three neighbouring countries.",
        "Toyota recalled 1.2 million vehicles over faulty airbags.",
    ],
)
def test_recalling_an_envoy_or_goods_is_an_act(body: str) -> None:
    assert not analyze_text(body).attributions
    assert analyze_text(body).unsourced_claims


def test_recalling_a_memory_still_speaks() -> None:
    assert "recalled" in [
        a.cue for a in analyze_text("Mensah recalled the day the soldiers came to his village.").attributions
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Former Indian high commissioner to Pakistan Ajay Bisaria told the Hindustan Times that the move was welcome.",
        "Former ambassador to Pakistan Ajay Bisaria said the move was welcome.",
    ],
)
def test_a_name_after_the_place_an_office_is_posted_to_is_the_holder(body: str) -> None:
    only = analyze_text(body).attributions[0]
    assert (only.speaker, only.speaker_kind) == ("Ajay Bisaria", "named")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The election supervisory agency Bawaslu said it had received 87 reports of violations.", "Bawaslu"),
        ("The rights group KontraS said the general's record was poor.", "KontraS"),
    ],
)
def test_a_name_beside_a_noun_for_a_body_is_the_bodys(body: str, speaker: str) -> None:
    # the small model tags such names as people
    only = analyze_text(body).attributions[0]
    assert (only.speaker, only.speaker_kind) == (speaker, "organization")


def test_a_title_beside_a_name_still_gives_the_person() -> None:
    only = analyze_text("Police spokesman John Mwangi said 12 people were arrested.").attributions[0]
    assert (only.speaker, only.speaker_kind) == ("John Mwangi", "named")
