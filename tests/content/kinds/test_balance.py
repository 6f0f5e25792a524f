"""Key balancing over a corpus: what no single article's generator can see."""

from __future__ import annotations

from collections import Counter

from quizgame.content.kinds import attribution_type
from quizgame.content.kinds.balance import balance_corpus
from quizgame.content.kinds.common import make_question
from quizgame.content.question_files import Evidence


def item(kind: str, n: int, choices: list[str], key: int):
    proof = Evidence(f"article-{n}", 0, 10, "Some text.")
    return make_question(
        kind,
        f"{kind}-{n}",
        "Which?",
        choices,
        [key],
        "Because.",
        proof,
        articles=[f"article-{n}"],
        difficulty=1,
        control=False,
    )


def test_keys_that_every_article_puts_first_are_spread_over_the_positions_across_the_corpus():
    questions = [item("who_said", n, ["Ann Lee", "Bo Tan", "Cy Ro", "None of them"], 0) for n in range(12)]
    balanced = balance_corpus(questions)
    positions = Counter(q.answer[0] for q in balanced)
    assert positions == {0: 4, 1: 4, 2: 4}
    for before, after in zip(questions, balanced, strict=True):
        assert after.choices[after.answer[0]] == before.choices[before.answer[0]]
        assert after.choices[-1] == "None of them"


def test_a_fixed_option_keeps_its_place():
    questions = [item("whose_words", n, ["The reporter's", "Ann Lee's", "Bo Tan's"], 0) for n in range(4)]
    assert balance_corpus(questions) == questions


def test_no_way_of_attributing_keeps_more_than_a_third_of_the_keys():
    choices = list(attribution_type.CHOICES)
    questions = [item("attribution_type", n, choices, attribution_type.BODY) for n in range(9)]
    questions += [item("attribution_type", 10 + n, choices, attribution_type.NAMED) for n in range(8)]
    questions += [item("attribution_type", 20 + n, choices, attribution_type.NONE) for n in range(6)]
    kept = Counter(q.answer[0] for q in balance_corpus(questions))
    assert max(kept.values()) <= 0.34 * sum(kept.values())
    assert sum(kept.values()) == 18


def test_a_corpus_with_two_ways_keeps_as_many_of_each_as_of_the_rarer():
    choices = list(attribution_type.CHOICES)
    questions = [item("attribution_type", n, choices, attribution_type.NAMED) for n in range(9)]
    questions += [item("attribution_type", 10 + n, choices, attribution_type.NONE) for n in range(3)]
    kept = Counter(q.answer[0] for q in balance_corpus(questions))
    assert kept == {attribution_type.NAMED: 3, attribution_type.NONE: 3}


def test_an_import_of_a_few_items_keeps_them_all_for_the_room_picker_to_spread():
    # three "a person the article names" and one "Nobody" from one article: too few for "always the
    # commonest way" to mean anything, and dropping them would leave the import without the kind
    choices = list(attribution_type.CHOICES)
    questions = [item("attribution_type", n, choices, attribution_type.NAMED) for n in range(3)]
    questions.append(item("attribution_type", 9, choices, attribution_type.NONE))
    assert balance_corpus(questions) == questions


def test_tap_the_word_controls_are_kept_to_one_item_in_seven_over_a_corpus():
    """ "Always tap No loaded word" scores the share of controls (chance is about one word in twenty)."""
    import dataclasses

    from quizgame.content.kinds.balance import balance_corpus
    from quizgame.content.question_files import QuestionRecord

    def tap(n: int, control: bool) -> QuestionRecord:
        return QuestionRecord(
            id=f"q-{n:010d}",
            kind="loaded_word",
            skill="loaded_language",
            prompt="p",
            choices=["a", "b", "No loaded word"],
            answer=[2] if control else [0],
            explanation="e",
            evidence=None,
            articles=["x"],
            control=control,
        )

    made = [tap(n, False) for n in range(12)] + [tap(100 + n, True) for n in range(4)]
    kept = balance_corpus(made)
    assert sum(q.control for q in kept) == 2 and sum(not q.control for q in kept) == 12
    assert sum(q.control for q in balance_corpus([tap(1, False), tap(2, True)])) == 1  # one, whenever any
    assert dataclasses.replace(made[0]) in kept


def test_none_of_them_keys_are_kept_to_one_options_share_over_a_corpus():
    """ "Always None of them" scores the share of items keyed on it: with five options, one in five,
    however many one-promo articles each bring a control of their own."""
    lines = ["Line one here.", "Line two here.", "Line three here.", "Line four here.", "None of them: all four"]
    regular = [item("not_reporting", n, lines, n % 4) for n in range(8)]
    controls = [item("not_reporting", 100 + n, lines, 4) for n in range(5)]
    kept = balance_corpus(regular + controls)
    assert sum(q.answer == [4] for q in kept) == 2 and len(kept) == 10  # 8 / (5 - 1) = 2
    assert sum(q.answer == [4] for q in balance_corpus(regular[:1] + controls)) == 1  # one, whenever any
