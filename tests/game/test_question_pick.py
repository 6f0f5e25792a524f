"""A default room's pick: varied across kinds, never two items keyed on one sentence, keys spread,
about one control in five."""

import random
from collections import Counter

import pytest

from quizgame.game.question_pick import Traits, pick_varied, traits_of


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


WAYS = ("named", "group", "nobody")


def test_keys_are_spread_over_the_classrooms_rooms_not_only_within_each():
    """Rooms of one or two attribution items cannot balance themselves; a room that knows what the
    classroom's earlier rooms asked takes the way they asked least, so over a term no way is the safe guess."""
    rooms: list[list[Traits]] = []
    for n in range(12):  # each article offers every way, on its own sentences
        pool = [Traits("attribution_type", (n, 10 * w, 10 * w + 9), False, way) for w, way in enumerate(WAYS)]
        earlier = [t for room in rooms for t in room]
        rooms.append(pick_varied(pool, 1, lambda t: t, random.Random(n), earlier))
    asked = Counter(t.key for room in rooms for t in room)
    assert asked == Counter({way: 4 for way in WAYS})


def test_an_option_that_short_questions_lack_counts_at_chance_for_them():
    """'Always option 5' on a four-option question is a guess among four (chance): its gain is counted
    only on the questions that have an option 5, so the picker spreads keys per number of options."""
    four = traits_of("who_said", None, True, ["A", "B", "C", "D"], [3])
    five = traits_of("who_said", None, True, ["A", "B", "C", "D", "E"], [4])
    assert dict(four.gains) == pytest.approx(
        {"option 1": -0.25, "option 2": -0.25, "option 3": -0.25, "option 4": 0.75}
    )
    assert dict(five.gains)["option 5"] == pytest.approx(0.8) and "option 5" not in dict(four.gains)
    ways = traits_of("attribution_type", None, False, ["To a person", "A source", "A group", "Nobody"], [3])
    assert ways.key == "Nobody" and dict(ways.gains)["Nobody"] == pytest.approx(0.75)


def test_of_two_items_the_one_keyed_on_the_option_used_least_over_chance_is_taken():
    earlier = [traits_of("who_said", ("x", n, n + 1), True, list("ABCDE"), [4]) for n in range(3)]
    pool = [
        traits_of("who_said", ("a", 0, 9), True, list("ABCDE"), [4]),
        traits_of("who_said", ("a", 10, 19), True, list("ABCDE"), [1]),
    ]
    for seed in range(10):
        assert pick_varied(pool, 1, lambda t: t, random.Random(seed), earlier)[0].key == "option 2"


def test_a_kinds_second_item_goes_to_another_kind_when_it_would_tilt_the_classrooms_keys():
    """One item of every kind first (variety); after that, an item that would make one way the safe
    guess over the classroom gives its place to another kind's item, unless nothing else is left."""
    earlier = [Traits("attribution_type", ("x", n, n + 1), False, WAYS[n % 3]) for n in range(6)]
    named = [Traits("attribution_type", ("a", n, n + 1), False, "named") for n in (0, 10)]
    others = [Traits("unsourced_claim", ("a", n, n + 1), False, f"option {n // 10}") for n in (20, 30, 40)]
    for seed in range(10):
        room = pick_varied(named + others, 3, lambda t: t, random.Random(seed), earlier)
        assert Counter(t.kind for t in room) == {"attribution_type": 1, "unsourced_claim": 2}, seed
    assert len(pick_varied(named, 2, lambda t: t, random.Random(0), earlier)) == 2  # nothing else: a full room


def test_each_kind_gets_a_control_in_five_over_the_classroom_even_when_its_control_key_is_one_fixed_option():
    """'No loaded word' is the one fixed option of tap-the-word, so its control loads that option more
    than any regular item loads a word: rooms never took it (issue 14 item 3). Over a classroom each
    kind's fifth item with no control before it is a control, where the pool has one."""
    words = [f"w{n}" for n in range(20)] + ["No loaded word"]

    def tap(article: str, n: int, control: bool = False) -> Traits:
        return traits_of("loaded_word", (article, n * 10, n * 10 + 9), control, words, [20 if control else n % 20])

    pool = [tap("b", n) for n in range(3)] + [tap("b", 9, control=True)]
    pool += [Traits("unsourced_claim", ("a", n * 10, n * 10 + 9), n < 3, f"option {n % 3}") for n in range(12)]
    earlier = [tap("c", n) for n in range(4)]
    for seed in range(5):
        room = pick_varied(pool, 6, lambda t: t, random.Random(seed), earlier)
        assert pool[3] in room, seed
        # a classroom that has not yet asked four of the kind keeps its regular items
        room = pick_varied(pool, 6, lambda t: t, random.Random(seed))
        assert pool[3] not in room, seed
