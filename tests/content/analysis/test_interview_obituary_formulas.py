"""Interviews, obituaries and analysis pieces, in invented text (issue 13: the analysis must hold on news nobody
tuned it on). Each case recurred in at least two invented articles."""

from __future__ import annotations

import pytest

from tests.content.analysis.helpers import analyze_text


def _unsourced(body: str) -> list[str]:
    return [c.text for c in analyze_text(body).unsourced_claims]


@pytest.mark.parametrize(
    "body",
    [
        "This story has been updated to correct the year Petrie moved to the United States.",
        "This article has been updated with comment from the club.",
        "This story has been updated to include a statement from the police.",
        "An earlier version of this story misstated the date of the concert.",
        "This interview has been edited for length and clarity.",
    ],
)
def test_an_editors_note_about_the_article_is_no_claim(body: str) -> None:
    # the subject is the text being read and the verb what the newsroom did to it: boilerplate, as a credit line
    assert _unsourced(body) == []


def test_a_report_the_article_is_about_still_makes_claims() -> None:
    body = "The club was fined twice last season. This report was corrected by the league in March after an appeal."
    assert any("corrected by the league" in c for c in _unsourced(body))


_WHITLOCK = (
    "Wikinews reporter Tom Ellery spoke with Dana Whitlock, a candidate for mayor of Brackenford.\n\n"
    "**Tom Ellery**: Why are you running?\n\n"
    "**Dana Whitlock**: Because the council has stopped listening to anyone.\n\n"
    "**Tom Ellery**: What would you do first?\n\n"
    "**Dana Whitlock**: I would reopen the night bus routes that were cut last year.\n\n"
)
_MARQUARDT = (
    "Conductor Ilse Marquardt told the paper she plans to programme all nine symphonies.\n\n"
    "Marquardt took over the orchestra in January.\n\n"
    "Q: Is that not a risk for a small orchestra?\n\n"
    "A: Of course it is a risk. But the musicians asked for it.\n\n"
    "Q: What did you learn from your predecessor?\n\n"
    "A: Patience. He taught me that a rehearsal is not a performance.\n\n"
)


@pytest.mark.parametrize(
    ("body", "after"),
    [
        (_WHITLOCK + "Whitlock, 47, is a former nurse who has lived in Brackenford for twenty years.", "former nurse"),
        (
            _MARQUARDT + "The orchestra's chief executive, Martin Oyelaran, said ticket sales had risen by 18 percent.",
            "ticket sales",
        ),
        (
            _WHITLOCK + "A study by the University of Brackenford found no sign of a fall in rents last year.",
            "University of Brackenford",
        ),
    ],
)
def test_the_reporters_paragraph_after_a_transcript_ends_the_last_answer(body: str, after: str) -> None:
    answers = [a for a in analyze_text(body).attributions if a.cue == "interview"]
    assert answers and all(after not in a.quote for a in answers)


def test_an_answer_going_on_in_the_first_person_stays_the_answer() -> None:
    body = _WHITLOCK + "My father said music was a trade like any other, and I still believe him today."
    answers = [a for a in analyze_text(body).attributions if a.cue == "interview"]
    assert any("My father said" in a.quote for a in answers)


def _speakers(body: str) -> list[tuple[str, str, str]]:
    return [(a.speaker, a.speaker_kind, a.cue) for a in analyze_text(body).attributions]


@pytest.mark.parametrize(
    "body",
    [
        'One supporter replied: "Say it louder, Leon." Another wrote: "Delete this before the FA sees it."',
        'A crowd gathered outside the court. One man shouted at the judge. Another said: "We will be back tomorrow."',
        'The clip has been viewed two million times. "Lovely," one user wrote. Another commented: "Give her a raise."',
        'Some residents welcomed the plan. Another added that the police had been "heavy-handed".',
    ],
)
def test_another_of_the_unnamed_speaks(body: str) -> None:
    # 'another' is one more of the people left unnamed, as 'others' and 'some' are
    assert ("Another", "anonymous") in [(s, k) for s, k, _ in _speakers(body)]


@pytest.mark.parametrize(
    "body",
    [
        '@RefereesUnion said the post was "unacceptable" and called for a longer ban.',
        "@CityWater said on Tuesday that supplies would be restored by Friday.",
        '@EastfieldTransport replied that it was "looking into the concerns raised".',
    ],
)
def test_a_handle_as_subject_speaks_on_social_media(body: str) -> None:
    kinds = [k for _, k, _ in _speakers(body)]
    assert kinds and set(kinds) == {"social_media"}


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Former students remembered him as a patient teacher who stayed late to help anyone.", "Former students"),
        ("Friends remembered her as a fearless negotiator with a quick wit.", "Friends"),
        ("Teammates remembered Okafor as the hardest worker in the squad.", "Teammates"),
    ],
)
def test_remembered_as_characterises_like_described_as(body: str, speaker: str) -> None:
    assert [s for s, _, _ in _speakers(body)] == [speaker]
    assert _unsourced(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "She is remembered as a champion of young musicians across the city.",
        "He remembered her as a shy girl who hid behind her mother.",
        "Residents remember the flood of 1953 well, and the town still marks it every year.",
    ],
)
def test_a_memory_or_the_passive_names_no_one_characterising(body: str) -> None:
    assert all(c != "remembered" and c != "remember" for _, _, c in _speakers(body))


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A 2022 study by the University of Calder found no measurable effect on local employment.", "Calder"),
        ("The audit found no evidence of fraud in the council's accounts.", "audit"),
        ("A review by the health department found no link between the vaccine and the illness.", "health department"),
    ],
)
def test_a_document_finding_none_of_something_states_it(body: str, speaker: str) -> None:
    found = _speakers(body)
    assert len(found) == 1 and speaker in found[0][0] and found[0][1] == "document"


def test_people_finding_nothing_is_the_reporters_account() -> None:
    body = "Police found no weapons in the car after the chase on Friday."
    assert _speakers(body) == []


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        ("In a 1998 interview with Jazz Monthly, Delacroix said she never planned to become famous.", "Jazz Monthly"),
        ("In a 2010 interview with Labour Weekly, Talbot said she had no regrets about the strike.", "Labour Weekly"),
    ],
)
def test_a_name_ending_in_monthly_or_weekly_is_a_periodical(body: str, outlet: str) -> None:
    assert [s.outlet for s in analyze_text(body).secondhand] == [outlet]
