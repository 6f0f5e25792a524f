"""A default room's pick: varied across kinds, never two items keyed on one sentence, keys spread,
about one control in five."""

import random
from collections import Counter

from quizgame.game.question_pick import Traits, pick_varied


def pool() -> list[Traits]:
    items = []
    for n in range(12):  # many attribution items, most keyed "not attributed", on sentences 0..11
        items.append(Traits("attribution_type", ("a", n * 10, n * 10 + 9), n == 11, "named" if n > 8 else "none"))
    for n in range(6):  # unsourced-claim items keyed on the same sentences as the first six above
        items.append(Traits("unsourced_claim", ("a", n * 10, n * 10 + 9), n == 5, f"option {n % 3}"))
    items += [
        Traits("loaded_word", ("a", 200 + n, 201 + n), n == 0, "No loaded word" if n == 0 else "option 2")
        for n in range(3)
    ]
    return items


def picked(count: int = 10, seed: int = 1) -> list[Traits]:
    return pick_varied(pool(), count, lambda t: t, random.Random(seed))


def test_every_kind_in_the_pool_is_asked_and_no_kind_crowds_the_room():
    room = picked()
    kinds = Counter(t.kind for t in room)
    assert set(kinds) == {"attribution_type", "unsourced_claim", "loaded_word"}
    assert kinds["loaded_word"] == 3 and kinds["attribution_type"] <= 5


def test_no_sentence_keys_two_items_of_one_room():
    for seed in range(20):
        room = picked(seed=seed)
        spans = [t.sentence for t in room]
        assert all(not (a[1] < b[2] and b[1] < a[2]) for i, a in enumerate(spans) for b in spans[i + 1 :]), seed


def test_keys_of_a_kind_are_spread_and_about_one_item_in_five_is_a_control():
    room = picked()
    keys = Counter(t.key for t in room if t.kind == "attribution_type")
    assert set(keys) == {"named", "none"} and max(keys.values()) - min(keys.values()) <= 2
    assert sum(t.control for t in room) >= len(room) // 5


def test_a_small_pool_is_taken_whole_minus_duplicates():
    room = picked(count=50)
    assert len(room) == 12 + 3  # each of the six unsourced items shares a sentence with an attribution item
