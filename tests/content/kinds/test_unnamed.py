"""The unnamed-source shape (kinds/unnamed.py): a group of people the article describes by role and
never names, on the analysis's word and the parse's (reading4's cause 5)."""

from __future__ import annotations

from quizgame.content.kinds import unnamed
from tests.content.kinds.test_ways import _credited


def _bare(body: str, speaker: str, cue: str, quote: str, kind: str = "anonymous") -> bool:
    item, a = _credited(body, speaker, kind, cue, quote, 0.9)
    return unnamed.bare_role(item, a)


def test_a_role_in_the_plural_with_no_name_is_an_unnamed_source():
    assert _bare(
        "Union officials estimated that three-quarters of the schools were shut down.",
        "Union officials",
        "estimated",
        "that three-quarters of the schools were shut down",
    )
    assert _bare(
        "Some scholars have suggested Egyptians farmed the birds.",
        "Some scholars",
        "suggested",
        "Egyptians farmed the birds",
    )
    assert _bare(
        "Saudi officials subsequently said production had been disrupted.",
        "Saudi officials",
        "said",
        "production had been disrupted",
    )


def test_a_name_or_a_body_in_the_phrase_is_no_unnamed_source():
    # the body is named: "a group" would be defensible too
    assert not _bare("GMB officials said the suspension is intended.", "GMB officials", "said", "the suspension")
    assert not _bare(
        "Officials at the Grain Marketing Board said the maize was imported.",
        "Officials",
        "said",
        "the maize was imported",
    )


def test_a_group_pointed_back_to_or_someones_is_no_unnamed_source():
    assert not _bare("The officials said the passport was returned.", "The officials", "said", "the passport")
    assert not _bare("His critics say the government has failed.", "His critics", "say", "the government has failed")


def test_the_analysis_must_agree_and_the_words_must_be_a_statement():
    body = "Residents said the water was cut off."
    assert not _bare(body, "Residents", "said", "the water was cut off", kind="organization")
    assert not _bare(
        "Critics have accused the government of taking a weak stand.",
        "Critics",
        "accused",
        "accused the government of taking a weak stand",
    )


def test_an_unnamed_source_is_asked_on_top_of_the_other_ways():
    from quizgame.content.kinds import ways
    from quizgame.content.kinds.attribution_type import balanced

    named_and_none = [("a", 0, 1, ways.NAMED, "X", False), ("b", 2, 3, ways.NONE, "", False)]
    unnamed_ones = [("c", 4, 5, ways.UNNAMED, "officials", False), ("d", 6, 7, ways.UNNAMED, "witnesses", False)]
    before = balanced(named_and_none, "an-article")
    after = balanced(named_and_none + unnamed_ones, "an-article")
    assert [s for s in after if s[3] != ways.UNNAMED] == before  # the other ways keep what they kept
    assert [s[3] for s in after].count(ways.UNNAMED) == 1  # one per article
    assert [s[3] for s in balanced(unnamed_ones[:1] + named_and_none[1:], "x")] == [ways.UNNAMED]


def test_the_shape_keys_only_when_switched_on_and_is_measured_either_way():
    """KEY_BARE_ROLE is off (the frozen split's totals showed a wrong key with it); key_bands measures
    the shape with `bare_role=True` so that fresh gold can decide."""
    from quizgame.content.kinds import ways
    from quizgame.content.kinds.attribution_type import KEY_BARE_ROLE, statements

    body = "Saudi officials subsequently said oil production had been disrupted by the attack."
    item, _ = _credited(body, "Saudi officials", "anonymous", "said", "oil production had been disrupted by the attack")
    on = [s[3] for s in statements(item, bare_role=True)]
    assert on == [ways.UNNAMED]
    assert [s[3] for s in statements(item)] == ([ways.UNNAMED] if KEY_BARE_ROLE else [])
