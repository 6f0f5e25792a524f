"""A body the article names, speaking by a verb of saying in its sentence's main clause, keys "a group,
a paper or outlet" (reading3: Calicut's "According to the National Disaster Response Force, ..." and
Navalny's "the German government said ..." had left both reports with one way and no item)."""

from __future__ import annotations

import dataclasses

from quizgame.content.kinds import ways
from quizgame.content.kinds.attribution_type import balanced, statements
from tests.content.kinds.test_ways import _credited

BODY_SAYS = "On Wednesday, the German government said the opposition leader was poisoned with a nerve agent."


def test_a_named_body_saying_something_keys_a_group():
    item, a = _credited(
        BODY_SAYS, "German government", "organization", "said", "the opposition leader was poisoned with a nerve agent"
    )
    assert ways.sure_body(item, a)
    assert [(s[3], s[4]) for s in statements(item)] == [(ways.BODY, "German government")]


def test_a_day_opening_the_sentence_is_no_person_beside_the_body():
    assert not ways.frame_names_person("On Wednesday, the   said  .", [])
    assert ways.frame_names_person("Angela Merkel, the   said  .", [])


def test_people_under_a_body_like_name_are_no_body():
    body = "Associates of Navalny alleged he drank tea laced with poison."
    item, a = _credited(body, "Associates of Navalny", "organization", "alleged", "he drank tea laced with poison")
    assert not ways.sure_body(item, a)


def test_a_body_that_only_dates_another_event_keys_nothing():
    body = "Protests have been taking place since Tuesday after the government announced new lockdown measures."
    item, a = _credited(body, "government", "organization", "announced", "new lockdown measures")
    assert not ways.sure_body(item, dataclasses.replace(a, sentence_start=0))


def test_a_body_below_the_band_or_without_a_verb_of_saying_keys_nothing():
    item, a = _credited(
        BODY_SAYS,
        "German government",
        "organization",
        "said",
        "the opposition leader was poisoned with a nerve agent",
        0.75,
    )
    assert not ways.sure_body(item, a)
    body = "The Chinese government has shown a remarkable expertise in hiding the facts."
    item, a = _credited(
        body, "Chinese government", "organization", "shown", "a remarkable expertise in hiding the facts"
    )
    assert not ways.sure_body(item, a)


def test_every_way_an_article_has_is_asked_as_often_as_its_rarest():
    found = [
        ("a", 0, 1, ways.NAMED, "X", False),
        ("b", 2, 3, ways.NAMED, "Y", False),
        ("c", 4, 5, ways.BODY, "Z", False),
        ("d", 6, 7, ways.BODY, "Z", False),
        ("e", 8, 9, ways.NONE, "", False),
        ("f", 10, 11, ways.NONE, "", False),
    ]
    kept = balanced(found, "an-article")
    assert sorted(s[3] for s in kept) == [ways.NAMED, ways.NAMED, ways.BODY, ways.BODY, ways.NONE, ways.NONE]
