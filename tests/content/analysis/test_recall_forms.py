"""Reported speech in forms the rules did not see (issue 13: recall on unseen text). Each form was missed on the
tuned folders and on invented reports of different shapes; the sentences here are invented."""

from __future__ import annotations

import pytest

from tests.content.analysis.helpers import pairs


def _quotes(body: str) -> list[str]:
    return [quote for _, quote in pairs(body)]


@pytest.mark.parametrize(
    ("body", "before", "after"),
    [
        (
            "The bridge would be closed for two weeks, the mayor said, to allow engineers to inspect it.",
            "The bridge would be closed for two weeks",
            "to allow engineers to inspect it",
        ),
        (
            "Crews were fighting 40 fires at the same time, Kefalogiannis told Skai television, and every request "
            "had been answered.",
            "Crews were fighting 40 fires",
            "every request had been answered",
        ),
        (
            "Orders will keep the factory busy for years, the director said, and the loan will be repaid on time.",
            "Orders will keep the factory busy",
            "the loan will be repaid on time",
        ),
        (
            "The vote was peaceful, observers said, but turnout was low.",
            "The vote was peaceful",
            "turnout was low",
        ),
    ],
)
def test_a_cue_set_off_inside_the_statement_reports_both_sides(body: str, before: str, after: str) -> None:
    # the parser hangs the part after the cue on the cue or on the clause before it; both sides were said
    assert any(before in quote and after in quote for quote in _quotes(body))


@pytest.mark.parametrize(
    "body",
    [
        "After the meeting ended, the minister said, the two sides would meet again in May.",
        "Police brandished weapons, villagers told an investigator for the rights group, which held a forum, "
        "last week.",
    ],
)
def test_a_clause_that_is_no_content_stays_out(body: str) -> None:
    # a subordinate clause before the cue is the reporter's; the cue's own object may run on past a comma
    quotes = _quotes(body)
    assert not any("After the meeting" in q for q in quotes)
    assert not any("which held a forum" in q for q in quotes)


@pytest.mark.parametrize(
    ("body", "second"),
    [
        (
            "A WHO spokesperson said on Thursday that 19 countries had begun using it, and that supplies were no "
            "longer a problem.",
            "supplies were no longer a problem",
        ),
        (
            "The governor told reporters that the dam was safe, but that the spillway would be inspected.",
            "the spillway would be inspected",
        ),
    ],
)
def test_a_second_that_clause_after_a_comma_is_said_too(body: str, second: str) -> None:
    assert any(second in quote for quote in _quotes(body))


@pytest.mark.parametrize(
    ("body", "content", "speaker"),
    [
        ("It was reported that the minister had resigned on Sunday.", "the minister had resigned", "unnamed reports"),
        ("It was reported he was in a coma at the time of his death.", "he was in a coma", "unnamed reports"),
        ("It has been widely argued that the new law will hurt small farmers.", "the new law will hurt", "unnamed"),
        ("It was later claimed that the ballots had been counted twice.", "the ballots had been counted", "unnamed"),
    ],
)
def test_an_impersonal_passive_of_saying_reports_an_unnamed_source(body: str, content: str, speaker: str) -> None:
    assert any(content in quote and speaker in who for who, quote in pairs(body))


@pytest.mark.parametrize(
    "body",
    [
        "It is believed that the fire started in the kitchen.",
        "It should be noted that the ban on imported films dates from 1965.",
        "The driver was reported to be in a stable condition on Monday.",
    ],
)
def test_beliefs_asides_and_hedges_are_no_impersonal_statement(body: str) -> None:
    # a belief, the reporter's aside with a modal and a hedge with no clause stay the reporter's (gold conventions)
    assert not any(who.startswith("unnamed") for who, _ in pairs(body))


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'On Monday, Foreign Minister Ana Duarte speaking to a think tank in Lisbon called the deal "null and void".',
            "Ana Duarte",
        ),
        ('Opposition leader Raila Odinga addressing supporters in Kisumu described the vote as "a sham".', "Odinga"),
    ],
)
def test_a_participle_phrase_after_the_speaker_does_not_hide_the_speaker(body: str, speaker: str) -> None:
    # with no commas around 'speaking to ...' the parser makes the participle the subject's verb
    assert any(speaker in who for who, _ in pairs(body))


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("The union expressed concern that factories would lay off workers.", "factories would lay off workers"),
        ("Residents raised fears that the river would flood again.", "the river would flood again"),
        ("The ministry voiced hope that talks would resume before the summer.", "talks would resume"),
    ],
)
def test_a_view_voiced_with_its_clause_states_the_clause(body: str, content: str) -> None:
    assert any(content in quote for quote in _quotes(body))


def test_a_view_voiced_about_a_topic_states_nothing() -> None:
    assert _quotes("Residents expressed concern about the noise from the new stadium.") == []


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            "The study, led by scientists in Oxford, followed 1,200 children. It found that a booster dose cut "
            "severe cases by two thirds.",
            "study",
            "a booster dose cut severe cases",
        ),
        (
            "The mine's operator, Serra Verde Mineração, said it would appeal. It also said the mine employed 1,200 "
            "people.",
            "Serra Verde",
            "the mine employed 1,200 people",
        ),
    ],
)
def test_it_stands_for_a_document_or_a_named_body_before(body: str, speaker: str, content: str) -> None:
    # 'it' took only an organisation noun or an ORG entity; a study, or an operator named beside its noun, speaks
    assert any(speaker in who and content in quote for who, quote in pairs(body))


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            "The talks followed a warning from the African Union that the two countries risked a new war.",
            "African Union",
            "the two countries risked a new war",
        ),
        (
            "Markets rose after a promise from the central bank that rates would stay low.",
            "central bank",
            "rates would stay low",
        ),
        (
            "Datoo's view is that the booster should be given before each rainy season.",
            "Datoo",
            "the booster should be given",
        ),
        (
            "The ministry's position was that the border had never been closed.",
            "ministry",
            "the border had never been closed",
        ),
    ],
)
def test_a_noun_of_saying_tells_its_owner_and_what_was_said(body: str, speaker: str, content: str) -> None:
    # the owner stands after 'from'/'by', or the copula gives the view its clause
    assert any(speaker in who and content in quote for who, quote in pairs(body))


def test_a_problem_or_a_hope_with_no_owner_is_no_statement() -> None:
    assert pairs("The problem is that the road floods every winter.") == []


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        ("Opposition leader Sam Rainsy dismissed claims that the party had split.", "Rainsy", "the party had split"),
        (
            "The ministry rejected allegations that soldiers had fired on protesters.",
            "ministry",
            "soldiers had fired on protesters",
        ),
    ],
)
def test_claims_dismissed_are_the_dismissers_statement(body: str, speaker: str, content: str) -> None:
    # styles4's convention ('dismissed claims that there is a relationship between ...'): the denier's entry
    assert any(speaker in who and content in quote for who, quote in pairs(body))


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        (
            "The electoral commission met on Sunday. Its conclusion was that the register was incomplete.",
            "electoral commission",
            "the register was incomplete",
        ),
        (
            "Opposition parties met on Sunday. Their position is that the vote must be held again.",
            "Opposition parties",
            "the vote must be held again",
        ),
        ("The union met on Friday. Its warning that jobs would go was ignored.", "union", "jobs would go"),
    ],
)
def test_its_and_their_name_the_owner_of_what_is_said(body: str, speaker: str, content: str) -> None:
    # 'his'/'her' owners were resolved; 'its'/'their' were left unresolved and the statement called unsourced
    assert any(speaker in who and content in quote for who, quote in pairs(body))
