"""Forms of reported speech found missing on fresh Wikinews reports annotated before the analyser ran on them
(styles10, issue 13), each also seen in another tuned article or checked here on invented sentences of other
shapes. The sentences are invented."""

from __future__ import annotations

import pytest

from tests.content.analysis.helpers import analyze_text, pairs


def _found(body: str) -> list[tuple[str, str, str]]:
    return [(a.speaker, a.quote, a.speaker_kind) for a in analyze_text(body).attributions]


# A verb that is a cue only with a quotation ('continued', 'demanded', 'asked') right after one it closes.


def test_a_quotation_closed_by_continued_and_a_speaker_is_that_speakers():
    body = (
        '"Nothing will change before spring," said Anna Berg, the head of the agency. '
        '"The budget is fixed," continued Berg. "We hope for more next year."'
    )
    found = pairs(body)
    assert ("Anna Berg", "The budget is fixed") in found
    assert any(s == "Anna Berg" and q.startswith("We hope for more") for s, q in found)


def test_continued_after_a_quotation_names_an_unnamed_speaker_too():
    body = 'The plan was announced on Monday.\n\n"All the money will go to schools," continued the governor.'
    assert ("the governor", "All the money will go to schools") in pairs(body)


def test_a_question_closed_by_asked_is_the_askers():
    body = 'The minister spoke for an hour. "Will the schools get the money?" asked a reporter.'
    assert any(s == "a reporter" and q.startswith("Will the schools") for s, q in pairs(body))


def test_a_quoted_title_before_continued_is_no_statement():
    assert pairs('"Silent Harbour" continued its run at the city theatre on Sunday.') == []


# 'There are reports that ...': someone unnamed reported it.


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "There are reports that the rebels have seized a second town near the border.",
            "the rebels have seized a second town near the border",
        ),
        (
            "There were conflicting reports as to whether the ferry had sunk in the harbour or at sea.",
            "the ferry had sunk in the harbour or at sea",
        ),
        (
            "By Friday there had been reports of soldiers looting shops in the old market.",
            "soldiers looting shops in the old market",
        ),
        (
            "There have been rumours that the coach will resign before the final.",
            "the coach will resign before the final",
        ),
    ],
)
def test_reports_said_to_exist_are_unnamed_sources(body, words):
    assert any(q == words and kind == "anonymous" for _, q, kind in _found(body))


@pytest.mark.parametrize(
    "body",
    [
        "There were no reports of injuries after the storm.",
        "There were reports of gunfire near the stadium.",
        "The report that the council published runs to 300 pages.",
    ],
)
def test_no_report_or_a_report_of_a_thing_says_nothing(body):
    assert _found(body) == []


# A view held by a party named beside it.


def test_a_belief_held_by_a_named_party_over_a_clause_is_theirs():
    body = "Despite a belief among investors that the bank will cut rates, the currency rose on Monday."
    assert any(s == "investors" and q == "the bank will cut rates" for s, q, _ in _found(body))


def test_a_belief_with_no_party_is_the_reporters_framing():
    assert _found("The belief that prices will fall is widespread in the region.") == []


# Expressing a worry or an objection: what it is about was said.


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        (
            "Senator Ana Ruiz expressed opposition to the sale of the port, and left the chamber.",
            "Ana Ruiz",
            "opposition to the sale of the port",
        ),
        (
            "Residents expressed concern about the new runway bringing noise to the valley.",
            "Residents",
            "concern about the new runway bringing noise",
        ),
    ],
)
def test_a_voiced_worry_or_objection_is_attributed(body, speaker, words):
    assert any(s == speaker and words in q for s, q, _ in _found(body))


@pytest.mark.parametrize(
    "body",
    [
        "The mayor expressed her support for the marchers on Saturday.",
        "The mayor expressed concern about the budget on Saturday.",
    ],
)
def test_expressed_support_or_a_worry_about_a_topic_is_a_deed_not_a_statement(body):
    assert _found(body) == []


# A 'they' opening a clause of reason stands for the party whose wish or act the clause explains.


def test_they_in_a_clause_of_reason_is_the_wanting_party_not_the_one_named_inside():
    body = (
        "The Farmers Union wants the ministry to withdraw the new rules, as they claim that the rules were never "
        "discussed with growers."
    )
    assert any(
        s.endswith("Farmers Union") and q.endswith("were never discussed with growers") for s, q, _ in _found(body)
    )


# 'X quotes Y saying ...' (no 'as'): Y said it, X passed it on (a nested source, as with 'quoted Y as saying').


@pytest.mark.parametrize(
    "body",
    [
        'The Associated Press quotes the aid minister saying, "There are no objections from the members."',
        "Reuters quoted the aid minister saying there were no objections from the members.",
    ],
)
def test_whoever_quotes_a_speaker_saying_is_a_source_beside_the_speaker(body):
    speakers = {s for s, q, _ in _found(body) if "no objections from the members" in q}
    assert len(speakers) == 2 and any(s.endswith("aid minister") for s in speakers)
    assert speakers & {"Associated Press", "Reuters"}
