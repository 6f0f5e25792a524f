"""Tap-the-word units give nothing away: grouping words into one tap follows rules blind to the key
(lexicon phrases, proper names), so "tap the longest multi-word unit" is no better than a guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgame.content.articles import read_articles
from quizgame.content.audit.run import read_gold_folder
from quizgame.content.generation import analyse, default_analyzer, plan
from quizgame.content.question_files import QuestionRecord, read_question_files
from quizgame.game.scoring import grade
from quizgame.game.tap_words import NO_LOADED_WORD, as_units, key_blind_units, sentence_tokens

ROOT = Path(__file__).resolve().parents[2]
MAX_SHORTCUT_GAIN = 0.10
MIN_ITEMS = 10


def _curated() -> list[QuestionRecord]:
    articles = {a.slug: a for a in read_articles(ROOT / "content" / "articles")}
    files = read_question_files(ROOT / "content" / "questions", articles)
    return [q for f in files for q in f.questions if q.kind == "loaded_word" and q.status == "approved"]


def _generated_for_gold() -> list[QuestionRecord]:
    articles = [article for article, _ in read_gold_folder(ROOT / "tests" / "data" / "gold")]
    made = [q for _, _, questions in plan(articles, analyse(articles, default_analyzer)).values() for q in questions]
    return [q for q in made if q.kind == "loaded_word" and q.evidence is not None]


def _options(question: QuestionRecord) -> list[tuple[int, ...]] | None:
    """What one tap can choose: each unit of the sentence, and "No loaded word" where offered."""
    tokens = sentence_tokens(question.evidence.text, question.choices, question.answer)
    if tokens is None:
        return None
    units = [t.indexes for t in tokens if t.indexes]
    if question.choices[-1] == NO_LOADED_WORD:
        units.append((len(question.choices) - 1,))
    return units


def _credit(options: list[tuple[int, ...]], key: list[int]) -> float:
    return sum(grade(o, key) for o in options) / len(options)


def shortcut_and_chance(questions: list[QuestionRecord]) -> tuple[float, float, int]:
    """Mean credit of tapping the longest multi-word unit (a guess when there is none; ties shared
    evenly), mean credit of a single random tap, and the number of items measured."""
    shortcut = chance = 0.0
    measured = 0
    for question in questions:
        options = _options(question)
        if options is None:
            continue
        longest = max(len(o) for o in options)
        shortcut += _credit([o for o in options if len(o) == longest] if longest > 1 else options, question.answer)
        chance += _credit(options, question.answer)
        measured += 1
    assert measured, "no tap-the-word item to measure"
    return shortcut / measured, chance / measured, measured


def _sole_multiword_key(question: QuestionRecord) -> bool:
    options = _options(question) or []
    multi = [o for o in options if len(o) > 1]
    return len(multi) == 1 and set(multi[0]) <= set(question.answer)


@pytest.mark.parametrize("source", ["curated", "generated for gold"])
def test_tapping_the_longest_unit_does_not_beat_a_guess(source):
    questions = _curated() if source == "curated" else _generated_for_gold()
    shortcut, chance, measured = shortcut_and_chance(questions)
    if measured >= MIN_ITEMS:
        assert shortcut - chance <= MAX_SHORTCUT_GAIN, (source, measured, round(shortcut, 3), round(chance, 3))
    else:  # too few to judge a share: then no item may have its key as the only multi-word unit
        assert not [q.id for q in questions if _sole_multiword_key(q)]


def test_units_are_found_without_the_key():
    words = "Police Chief Carmen Best said protesters came under fire near the East Precinct".split()
    assert key_blind_units(words) == [(0, 1, 2, 3), (6, 7, 8), (11, 12)]


def test_a_key_blind_unit_straddling_the_key_is_left_as_words():
    sentence = "Officers faced police brutality claims."
    choices = ["Officers", "faced", "police", "brutality", "claims", NO_LOADED_WORD]
    tokens = sentence_tokens(sentence, choices, [3])
    assert [t.indexes for t in tokens if t.indexes] == [(0,), (1,), (2,), (3,), (4,)]
    grouped = sentence_tokens(sentence, choices, [1])
    assert (2, 3) in [t.indexes for t in grouped]


def test_a_keyed_run_the_rules_do_not_know_is_tapped_word_by_word():
    sentence = "police abandoned Monday night as rioting engulfed the city."
    choices = ["police", "abandoned", "Monday", "night", "as", "rioting", "engulfed", "the", "city", NO_LOADED_WORD]
    tokens = sentence_tokens(sentence, choices, [1, 5, 6])
    assert [t.indexes for t in tokens if len(t.indexes) > 1] == []


def test_a_wrong_unit_of_several_words_is_one_wrong_pick_and_a_keyed_phrase_one_right_pick():
    choices = ["Durkan", "fired", "back", "at", "Seattle", "Police", "Chief", "Carmen", "Best", NO_LOADED_WORD]
    key = [1, 2]
    assert grade(*as_units("loaded_word", choices, [1, 2], key)) == 1.0
    # one right unit and one wrong unit of five words: the wrong tap cancels the right one, no more
    assert as_units("loaded_word", choices, [1, 2, 4, 5, 6, 7, 8], key) == ([1, 4], [1])
    assert as_units("who_said", choices, [5, 6], key) == ([5, 6], key), "other kinds pick choices, not units"


def test_the_play_page_and_the_generator_group_units_with_one_module_and_one_lexicon_reader():
    """The grouping lives beside the lexicon in quizgame.content; the play page re-exports it."""
    from quizgame.content import tap_units
    from quizgame.content.lexicon_files import loaded_term_entries
    from quizgame.game import tap_words

    assert tap_words.key_blind_units is tap_units.key_blind_units
    assert ("come", "under", "fire") in tap_units.lexicon_phrases()
    assert any(str(t["term"]) == "come under fire" for t in loaded_term_entries())


def test_quoted_words_keep_their_quotation_marks_in_the_tap_strip():
    """The reporter's words and a quoted post must not look the same: marks and punctuation are shown
    between the tappable words, in both modes (one function builds the strip)."""
    sentence = 'The mayor called the protest a "summer of love," and critics scoffed.'
    choices = ["The", "mayor", "called", "the", "protest", "a", "summer", "of", "love", "and", "critics", "scoffed"]
    tokens = sentence_tokens(sentence, [*choices, NO_LOADED_WORD], [11])
    assert tokens is not None
    assert "".join(t.text for t in tokens) == sentence
    shown = "".join(f"[{t.text}]" if t.indexes else t.text for t in tokens)
    assert '[a] "[summer]' in shown and '[love]," [and]' in shown and "[scoffed]." in shown
