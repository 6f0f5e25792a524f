"""One question per teaching point among an article's candidates (made-up articles and questions)."""

from __future__ import annotations

from collections import Counter

from quizgame.content.kinds import ARTICLE_GENERATORS, distinct, playable
from quizgame.content.kinds.common import make_question
from quizgame.content.kinds.teaching_points import one_per_teaching_point
from quizgame.content.question_files import Evidence
from tests.content.kinds.seed_analysis import seed_coverage

BODY = (
    "The minister claimed the budget was balanced. Critics slammed the plan on Monday.\n\n"
    "The council met in the town hall. Nobody else was there.\n\n"
    "Ana Lopez said the vote was rushed. Tom Reed said it was fair. Lopez said she would appeal.\n\n"
    "For more information contact the press office. For more about us visit our website.\n\n"
    "Listen to our podcast every weekday.\n\n"
    "The bridge will reopen in May.\n\n"
    "Follow us on social media for updates."
)


def q(kind: str, sentence: str, key: str = "x", *, control: bool = False, qid: str = ""):
    start = BODY.index(sentence)
    proof = Evidence("made-up", start, start + len(sentence), sentence)
    choices = [key, "other one", "another one"]
    return make_question(
        kind, qid or f"q-{kind}-{start}-{key}", "?", choices, [0], "why", proof,
        articles=["made-up"], difficulty=1, control=control,
    )  # fmt: skip


def kept(*questions):
    return [(k.kind, k.evidence.text[:12]) for k in one_per_teaching_point(list(questions), BODY)]


def test_a_loaded_word_is_taught_once_per_sentence_and_a_tie_goes_to_the_rarer_kind():
    tap = q("loaded_word", "The minister claimed the budget was balanced.")
    rewrite = q("neutral_rewrite", "The minister claimed the budget was balanced.")
    assert kept(tap, rewrite) == [("neutral_rewrite", "The minister")]


def test_the_kind_the_article_has_fewer_of_is_kept():
    rewrite_elsewhere = q("neutral_rewrite", "Critics slammed the plan on Monday.")
    tap = q("loaded_word", "The minister claimed the budget was balanced.")
    rewrite = q("neutral_rewrite", "The minister claimed the budget was balanced.")
    assert kept(rewrite_elsewhere, tap, rewrite) == [
        ("neutral_rewrite", "Critics slam"),
        ("loaded_word", "The minister"),
    ]


def test_no_source_is_taught_once_but_a_loaded_word_in_the_same_sentence_is_another_lesson():
    how = q("attribution_type", "The minister claimed the budget was balanced.", "Nobody: the reporter tells us")
    which = q("unsourced_claim", "The minister claimed the budget was balanced.")
    tap = q("loaded_word", "The minister claimed the budget was balanced.")
    assert sorted(kept(how, which, tap)) == [("loaded_word", "The minister"), ("unsourced_claim", "The minister")]


def test_a_question_that_teaches_is_kept_before_a_control_on_the_same_sentence():
    tap = q("loaded_word", "The council met in the town hall.", "met")
    rewrite = q("neutral_rewrite", "The council met in the town hall.", "None: already neutral", control=True)
    assert kept(tap, rewrite) == [("loaded_word", "The council ")]


def test_one_who_said_item_per_speaker_the_one_that_teaches_first():
    easy = q("who_said", "Ana Lopez said the vote was rushed.", "Ana Lopez", control=True)
    hard = q("who_said", "Lopez said she would appeal.", "Ana Lopez")
    other = q("who_said", "Tom Reed said it was fair.", "Tom Reed")
    assert kept(easy, hard, other) == [("who_said", "Lopez said s"), ("who_said", "Tom Reed sai")]


def test_housekeeping_lines_of_one_block_are_one_not_reporting_item():
    contact = q("not_reporting", "For more information contact the press office.")
    website = q("not_reporting", "For more about us visit our website.")
    podcast = q("not_reporting", "Listen to our podcast every weekday.")
    follow = q("not_reporting", "Follow us on social media for updates.")
    assert kept(contact, website, podcast, follow) == [
        ("not_reporting", "For more inf"),
        ("not_reporting", "Follow us on"),
    ]


def test_controls_listing_lines_of_the_article_share_no_point_with_the_line_they_start_from():
    listed = q("unsourced_claim", "The bridge will reopen in May.", "None of them", control=True)
    how = q("attribution_type", "The bridge will reopen in May.", "Nobody: the reporter tells us")
    assert len(kept(listed, how)) == 2


def test_on_the_seed_articles_every_kind_made_stays_and_no_lesson_repeats_on_a_sentence():
    coverage = seed_coverage()
    before, after = Counter(), Counter()
    for item in coverage:
        others = [c for c in coverage if c is not item]
        made = distinct([x for generate in ARTICLE_GENERATORS.values() for x in generate(item, others) if playable(x)])
        left = one_per_teaching_point(made, item.body)
        before.update(x.kind for x in made)
        after.update(x.kind for x in left)
        tapped = [(x.evidence.start, x.evidence.end) for x in left if x.kind in ("loaded_word", "neutral_rewrite")]
        assert len(tapped) == len(set(tapped))
        speakers = [x.choices[x.answer[0]] for x in left if x.kind == "who_said"]
        assert len(speakers) == len(set(speakers))
    assert set(after) == set(before)
    assert sum(after.values()) < sum(before.values())
