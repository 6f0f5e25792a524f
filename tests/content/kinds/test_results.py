"""A sports result is public record: a sentence that tells who won, the score or the medals needs no
source, and is never taught as one that does (reading3's rugby report, reading2's Warholm hurdles)."""

from __future__ import annotations

import pytest

from quizgame.content.kinds import gate
from quizgame.content.kinds.results import sports_result


@pytest.mark.parametrize(
    "sentence",
    [
        "Caloundra defeated Wynnum 45 points to 24 in their Round 4 Sunshine Coast Rugby Union match.",
        "The visitors would run away with the result in the end.",
        "Caloundra opened the game with two tries before Wynnum hit back with a couple of tries of their own.",
        "Yesterday, Karsten Warholm of Norway won the 400 metres hurdles final at the World Championships.",
        "The silver medal was won by Rai Benjamin from the United States, who finished the race in 47.66 seconds.",
        "Third place and the bronze medal went to Abderrahman Samba of Qatar with a time of 48.03 seconds.",
        "The home side scored three late goals.",
    ],
)
def test_a_result_or_how_a_match_went_is_record(sentence):
    assert sports_result(sentence)
    assert gate.account_case(sentence) == "record"


@pytest.mark.parametrize(
    "sentence",
    [
        "Between 10 to 15 people were hurt in the crash.",  # a range, not a score
        "As a result, the fire spread to the fourth floor.",
        "Caloundra half back Jarrod Kidston enjoyed the win.",  # a feeling pinned on him: a claim
        "He won the right to set the rules.",
        "Officials defeated the proposal.",  # no side named by a capital
    ],
)
def test_other_sentences_are_not_taken_for_a_result(sentence):
    assert not sports_result(sentence)
    assert gate.account_case(sentence) == "claim"
