from quizgame.content.kinds.common import (
    clip,
    in_quotation,
    nested,
    once,
    question_id,
    seeded_order,
    window,
    with_controls,
    words,
)
from quizgame.content.question_files import QuestionRecord


def test_words_are_trimmed_of_punctuation_and_keep_their_offsets():
    body = 'He said: "a cop free zone." Then—'
    found = words(body, 0, len(body))
    assert [w.text for w in found] == ["He", "said", "a", "cop", "free", "zone", "Then"]
    assert all(body[w.start : w.end] == w.text for w in found)


def test_in_quotation_follows_mixed_straight_and_curly_marks_within_a_paragraph():
    body = '“Yes, I have faith," Best said. "No,” she said.\nNext'
    assert in_quotation(body, body.index("faith"))
    assert not in_quotation(body, body.index("Best"))
    assert in_quotation(body, body.index("No"))
    assert not in_quotation(body, body.index("Next"))


def test_a_window_keeps_a_few_words_either_side():
    body = "one two three four five six seven"
    at = body.index("four")
    assert window(body, 0, len(body), at, at + 4, reach=1) == "… three four five …"


def test_clip_drops_outer_marks_and_cuts_at_a_word():
    assert clip('"We are a city."', 200) == "We are a city."
    # a quotation then the reporter's tag: the quoted words alone, never one mark left (reading10)
    assert clip('"We are a city," she said', 200) == "We are a city"
    assert clip("word " * 40, 20).endswith(" …")


def test_ids_depend_on_the_subject_only_and_shuffles_on_the_seed_only():
    assert question_id("who_said", "a", "x") == question_id("who_said", "a", "x") != question_id("who_said", "b", "x")
    assert seeded_order(range(10), "q-1") == seeded_order(range(10), "q-1")


def _record(qid: str, control: bool) -> QuestionRecord:
    return QuestionRecord(qid, "who_said", "attribution", "p", ["a", "b"], [0], "e", None, ["s"], control=control)


def test_about_one_control_is_kept_for_three_regular_questions():
    regular = [_record(f"q-r{i}", False) for i in range(6)]
    controls = [_record(f"q-c{i}", True) for i in range(5)]
    kept = with_controls(regular, controls)
    assert [q.id for q in kept if q.control] == ["q-c0", "q-c1"]
    assert with_controls([], controls) == []
    assert len(with_controls(regular[:1], controls)) == 2


def test_evidence_is_trimmed_to_one_paragraph_and_stops_before_an_inline_promo():
    from quizgame.content.analysis.model import ArticleAnalysis, Promo
    from quizgame.content.articles import parse_article
    from quizgame.content.kinds.common import Coverage, evidence

    body = '"\n\nShe said it was fine. (RELATED: Read more)\n\nNext.'
    article = parse_article(
        "---\noutlet: O\nheadline: H\npublished: 2024-01-01\nurl: https://e.org\n---\n" + body, "story.md"
    )
    promo_at = body.index("(RELATED")
    item = Coverage(article, ArticleAnalysis("story", promos=[Promo("(RELATED: Read more)", promo_at, promo_at + 20)]))
    proof = evidence(item, 0, body.index("Next"))
    assert proof.text == "She said it was fine."
    assert body[proof.start : proof.end] == proof.text


def test_keys_take_the_positions_in_turn_and_fixed_options_stay_last():
    from quizgame.content.kinds.common import spread_keys

    questions = [_record(f"q{n}", False) for n in range(8)]
    questions = [q.__class__(**{**q.__dict__, "choices": ["a", "b", "c", "None"], "answer": [0]}) for q in questions]
    spread = spread_keys(questions, 1, "slug")
    positions = [q.answer[0] for q in spread]
    counts = [positions.count(n) for n in range(3)]
    assert max(counts) - min(counts) <= 1
    assert all(q.choices[q.answer[0]] == "a" and q.choices[-1] == "None" for q in spread)


def test_a_prompt_quotation_drops_the_dateline_it_was_filed_under():
    from quizgame.content.kinds.common import clip

    assert clip("WASHINGTON, D.C. — “The Voice of America is saddened,” the director said.").startswith(
        "The Voice of America"
    )


def test_a_passage_in_our_quotation_marks_takes_single_ones_when_its_own_pair_up_or_touch_ours():
    """Students read '""I'm standing ...""' in feedback (issue 16: 9)."""
    assert nested('"I\'m standing right here," Best said.') == "'I'm standing right here,' Best said."
    assert nested('“Yes, I have faith in the mayor," Best said.') == "‘Yes, I have faith in the mayor,' Best said."
    assert nested('what she called "one of the toughest times."') == "what she called 'one of the toughest times.'"
    # A sentence cut from a longer quotation keeps its odd marks: made single, they would read as apostrophes.
    assert (
        nested('things," one protester said, for "as long as it takes.')
        == 'things," one protester said, for "as long as it takes.'
    )
    assert nested("No quotation here.") == "No quotation here."


def test_evidence_on_a_blockquote_line_leaves_out_the_marker():
    """'> ' is markup: an excerpt or explanation quoting the evidence must not show it."""
    from quizgame.content.analysis.model import ArticleAnalysis
    from quizgame.content.kinds.common import Coverage, evidence

    body = "Smith commented:\n\n> Of course, he has been down before."
    item = Coverage(type("A", (), {"slug": "s", "body": body})(), ArticleAnalysis("s"))
    start = body.index(">")
    proof = evidence(item, start, len(body))
    assert proof.text == "Of course, he has been down before." and body[proof.start : proof.end] == proof.text


def test_evidence_leaves_out_the_mark_that_opens_the_next_sentence():
    from quizgame.content.analysis.model import ArticleAnalysis
    from quizgame.content.kinds.common import Coverage, evidence

    body = '"It is a prelude to a crackdown," he said. "We will see."'
    item = Coverage(type("A", (), {"slug": "s", "body": body})(), ArticleAnalysis("s"))
    proof = evidence(item, 0, body.index("We"))
    assert proof.text == '"It is a prelude to a crackdown," he said.' and body[proof.start : proof.end] == proof.text


def test_a_check_is_run_once_per_name_and_arguments_within_a_run():
    calls = []

    def is_person(name, body, institutions=frozenset()):
        calls.append(name)
        return name not in institutions

    checks, source = {}, object()
    assert once(checks, is_person, source, "Ann Lee", "Ann Lee", "body", frozenset())
    assert once(checks, is_person, source, "Ann Lee", "Ann Lee", "body", frozenset())
    # another article asking, with its own institutions, gets its own answer
    assert not once(checks, is_person, source, "Ann Lee", "Ann Lee", "body", frozenset({"Ann Lee"}))
    assert calls == ["Ann Lee", "Ann Lee"]
