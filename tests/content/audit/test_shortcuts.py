"""Shortcut players answer without reading for meaning; their expected accuracy is the share of keys
among the options they would pick between."""

from quizgame.content.audit import shortcuts
from quizgame.content.question_files import QuestionRecord

NONE = "None of them: each one names its source"


def record(
    choices: list[str], answer: list[int], kind: str = "unsourced_claim", prompt: str = "Which claim?", qid: str = "q"
) -> QuestionRecord:
    return QuestionRecord(
        id=qid,
        kind=kind,
        skill="sourcing",
        prompt=prompt,
        choices=choices,
        answer=answer,
        explanation="",
        evidence=None,
        articles=[],
    )


def test_the_cue_player_picks_the_only_sentence_without_a_cue_word_or_none_when_all_have_one():
    q = record(
        [
            "The mayor said the zone would close.",
            "Police arrested four people on Monday.",
            "According to KOMO the area is calm now.",
            NONE,
        ],
        [1],
    )
    assert shortcuts.only_cueless(q) == [1]
    assert shortcuts.accuracy(q, shortcuts.only_cueless(q)) == 1.0
    all_cued = record(["The mayor said the zone would close.", "According to KOMO the area is calm now.", NONE], [2])
    assert shortcuts.only_cueless(all_cued) == [2] == shortcuts.none_when_all_cued(all_cued)


def test_a_player_that_cannot_apply_guesses_and_scores_chance():
    q = record(["Jenny Durkan", "Carmen Best", "The article does not say"], [0], kind="who_said")
    assert shortcuts.accuracy(q, shortcuts.only_cueless(q)) == shortcuts.chance(q) == 1 / 3


def test_the_most_frequent_key_player_always_answers_the_kinds_commonest_key():
    fixed = ["To a person it names", "It is not attributed at all"]
    questions = [record(fixed, [1], kind="attribution_type", qid=str(n)) for n in range(3)] + [
        record(fixed, [0], kind="attribution_type", qid="x")
    ]
    play = shortcuts.most_frequent_key(shortcuts.key_distribution(questions))
    assert [shortcuts.accuracy(q, play(q)) for q in questions] == [1.0, 1.0, 1.0, 0.0]


def test_longest_option_prompt_words_and_first_adjective():
    q = record(
        ["Jenny Durkan", "Carmen Best, the police chief", "The article does not say"],
        [0],
        kind="who_said",
        prompt='Who said "Durkan must go"?',
    )
    assert shortcuts.longest(q) == [1]
    assert shortcuts.repeats_prompt(q) == [0]
    tap = record(["The", "violent", "rioting", "spread", "No loaded word"], [2], kind="loaded_word", qid="t")
    assert shortcuts.first_adjective({"t": [False, True, False, False, False]})(tap) == [1]


def test_options_with_a_fixed_wording_are_counted_by_wording_and_the_rest_by_position():
    q = record(["The mayor said it.", "Police arrested four.", NONE], [2])
    assert shortcuts.option_labels(q) == ["option 1", "option 2", NONE]
