"""Every approved question can be answered from the screen: the passage it shows holds the words its
key depends on, and a "who said it" passage never holds its answer (quizgame.game.passage)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizgame.content.articles import read_articles
from quizgame.content.question_files import QuestionRecord, read_question_files
from quizgame.content.question_kinds import kind_of
from quizgame.game.passage import BLANK, Passage, Piece, Source, comparison_subject, question_passage, shown_passages
from quizgame.game.tap_words import sentence_tokens

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = {a.slug: a for a in read_articles(ROOT / "content" / "articles")}
APPROVED = [
    q
    for f in read_question_files(ROOT / "content" / "questions", ARTICLES)
    for q in f.questions
    if q.status == "approved"
]
CUE = "(said|says|told|added|wrote|insisted|stressed|claimed)"
# A speaker named beside a reporting verb: "Best said", "said Raz Simone", "the mayor said".
NAMED_CUE = re.compile(rf"\b[A-Z][a-z]+,?\s+(\w+\s+)?{CUE}\b|\b{CUE}\s+[A-Z][a-z]+|\bthe (mayor|president)\s+{CUE}")
NOT_A_NAME = {"The", "One", "A", "An", "President", "Mayor", "Chief", "Seattle's", "Sen."}


def _source(slug: str) -> Source:
    article = ARTICLES[slug]
    return Source(article.outlet, article.headline, article.body)


def _shown(question: QuestionRecord, answered: bool) -> list[Passage]:
    evidence = question.evidence
    assert evidence is not None, f"{question.id} has no evidence to show"
    compared = [_source(slug) for slug in question.articles] if question.kind == "outlet_compare" else []
    return shown_passages(
        question.kind,
        question.prompt,
        _source(evidence.article),
        evidence.start,
        evidence.end,
        compared,
        answered,
    )


def _text(passages: list[Passage]) -> str:
    return "\n\n".join(p.text for p in passages)


def _key(question: QuestionRecord) -> list[str]:
    return [question.choices[i] for i in question.answer]


def _quoted_in_prompt(prompt: str) -> str:
    found = re.search(r'"(.+)"', prompt)
    assert found, prompt
    return found.group(1).rstrip("…").strip()


def _name_words(answer: str) -> list[str]:
    """The words of a person's name in a choice ("Jenny Durkan, Seattle's mayor" -> Jenny, Durkan)."""
    return [w for w in answer.split(",")[0].split() if w[:1].isupper() and w not in NOT_A_NAME]


def _flat(text: str) -> str:
    """Quotation marks as one kind, so a prompt's straight quotes match the article's curly ones."""
    return re.sub(r"[“”]", '"', re.sub(r"[‘’]", "'", text))


def test_there_are_approved_questions_of_every_kind_the_screen_must_carry():
    assert {"who_said", "attribution_type", "loaded_word", "outlet_compare", "whose_words"} <= {
        q.kind for q in APPROVED
    }


WHO_SAID = [q for q in APPROVED if q.kind == "who_said"]


@pytest.mark.parametrize("question", WHO_SAID, ids=[q.id for q in WHO_SAID])
def test_a_who_said_passage_shows_the_quotation_without_its_speaker(question):
    before = _text(_shown(question, answered=False))
    assert _flat(_quoted_in_prompt(question.prompt)) in _flat(before)
    for answer in _key(question):
        for word in _name_words(answer):
            assert word not in before, f"{question.id}: '{word}' gives the answer away"
    assert not NAMED_CUE.search(before), f"{question.id}: the cue is still there: {before}"
    after = _shown(question, answered=True)
    assert question.evidence.text in _text(after)
    assert any(piece.marked for p in after for para in p.paragraphs for piece in para)


NEEDS_ATTRIBUTION = [q for q in APPROVED if q.kind == "attribution_type"]
ATTRIBUTION_WORDS = {
    "To a named person": NAMED_CUE,
    "To another news outlet": re.compile(r"according to|reported|told (KOMO|ABC|CNN)|News"),
    "To a social-media post": re.compile(r"tweet|Twitter|post|wrote"),
    "It is not attributed at all": re.compile(r"."),
    "To an anonymous source": re.compile(r"source|official|reportedly|\bone \w+ told|unnamed"),
}


@pytest.mark.parametrize("question", NEEDS_ATTRIBUTION, ids=[q.id for q in NEEDS_ATTRIBUTION])
def test_an_attribution_passage_shows_the_evidence_with_its_attribution(question):
    before = _text(_shown(question, answered=False))
    assert question.evidence.text in before
    for answer in _key(question):
        if answer in ATTRIBUTION_WORDS:
            assert ATTRIBUTION_WORDS[answer].search(before), (
                f"{question.id}: nothing on screen shows '{answer}': {before}"
            )


WHOSE_WORDS = [q for q in APPROVED if q.kind == "whose_words"]


@pytest.mark.parametrize("question", WHOSE_WORDS, ids=[q.id for q in WHOSE_WORDS])
def test_a_whose_words_passage_shows_the_sentence_and_the_speaker_it_keys(question):
    before = _text(_shown(question, answered=False))
    assert question.evidence.text in before
    for answer in _key(question):
        if answer != "The reporter's":
            surname = _name_words(answer.removesuffix("'s").removesuffix("’s"))[-1]
            assert surname in before, f"{question.id}: {surname} is not on screen"


TAPS = [q for q in APPROVED if q.kind == "loaded_word"]


@pytest.mark.parametrize("question", TAPS, ids=[q.id for q in TAPS])
def test_a_tap_sentence_is_the_evidence_as_printed_with_every_keyed_word_tappable(question):
    tokens = sentence_tokens(question.evidence.text, question.choices, question.answer)
    assert tokens is not None
    assert "".join(t.text for t in tokens) == question.evidence.text  # punctuation and quotation marks kept
    tappable = {i for t in tokens for i in t.indexes}
    assert {i for i in question.answer if question.choices[i] != "No loaded word"} <= tappable
    context = _text(_shown(question, answered=False))
    assert not context or question.evidence.text in context


COMPARISONS = [q for q in APPROVED if q.kind == "outlet_compare"]


@pytest.mark.parametrize("question", COMPARISONS, ids=[q.id for q in COMPARISONS])
def test_a_comparison_shows_each_outlets_passage_with_what_the_key_depends_on(question):
    passages = _shown(question, answered=False)
    assert [p.outlet for p in passages] == [ARTICLES[slug].outlet for slug in question.articles]
    subject = comparison_subject(question.prompt)
    assert subject
    for answer in _key(question):
        if answer == "None of them":
            continue
        (passage,) = [p for p in passages if p.outlet == answer]
        paragraphs = passage.text.split("\n\n")
        assert any(subject.lower() in p.lower() or question.evidence.text in p for p in paragraphs), (
            question.id,
            answer,
        )
        if "quoted" in question.prompt:
            assert any(re.search(r'["“”]', p) for p in paragraphs), (question.id, answer)


HIDDEN_FIRST = [q for q in APPROVED if not kind_of(q.kind).passage_first and not kind_of(q.kind).compares_outlets]


@pytest.mark.parametrize("question", HIDDEN_FIRST, ids=[q.id for q in HIDDEN_FIRST])
def test_a_passage_that_would_give_the_answer_away_is_shown_only_with_the_result(question):
    assert _shown(question, answered=False) == []
    assert question.evidence.text in _text(_shown(question, answered=True))


REST = [q for q in APPROVED if q.kind == "neutral_rewrite"]


@pytest.mark.parametrize("question", REST, ids=[q.id for q in REST])
def test_a_rewrite_question_shows_its_sentence_in_its_paragraph(question):
    assert question.evidence.text in _text(_shown(question, answered=False))


def test_a_pronoun_cue_brings_in_the_paragraph_that_names_the_speaker():
    body = 'Mayor Ada Lee spoke on Monday.\n\n"We will rebuild," she said. "Soon."\n\nOther news.'
    start = body.index('"We')
    passage = question_passage("attribution_type", Source("O", "H", body), start, start + 17, answered=False)
    assert passage.text == 'Mayor Ada Lee spoke on Monday.\n\n"We will rebuild," she said. "Soon."'


def test_who_said_blanks_the_speaker_and_cue_but_keeps_every_quotation_of_its_sentence():
    body = '“Yes, I have faith in the mayor," Best said, "I’m standing right next to her."'
    passage = question_passage("who_said", Source("O", "H", body), 0, len(body), answered=False)
    assert passage.text == f'“Yes, I have faith in the mayor," {BLANK} "I’m standing right next to her."'


def test_who_said_shows_only_the_quotations_of_its_sentence_never_another_speakers():
    """A teacher's reading: the passage strung the president's words and the minister's tweet together,
    all blanked, so the screen said one person wrote them all."""
    body = (
        'The president said it was an "appalling tragedy" while the minister tweeted "I want to express my '
        'sympathy". The president also wrote "May God protect their parents."'
    )
    start = body.index("The president also")
    passage = question_passage("who_said", Source("O", "H", body), start, len(body), answered=False)
    assert passage.text == f'{BLANK} "May God protect their parents."'
    answered = question_passage("who_said", Source("O", "H", body), start, len(body), answered=True)
    assert "minister tweeted" in answered.text  # the whole paragraph comes with the feedback


def test_a_blockquote_comes_with_the_line_that_introduces_it_and_without_its_markers():
    body = "Results came in.\n\nLarry Smith at Bahama Pundit commented:\n\n> Of course, he has been down before.\n>\n> But not again.\n\nEnd."
    source = Source("O", "H", body)
    start = body.index("Of course")
    passage = question_passage("attribution_type", source, start, start + 34, answered=False)
    assert (
        passage.text
        == "Larry Smith at Bahama Pundit commented:\n\nOf course, he has been down before.\n\nBut not again."
    )
    answered = question_passage("attribution_type", source, start, start + 34, answered=True)
    assert ">" not in answered.text and any(
        p.marked and p.text.startswith("Of course") for para in answered.paragraphs for p in para
    )


def test_who_said_shows_a_blockquote_whole_but_not_the_line_naming_its_speaker():
    body = "Larry Smith at Bahama Pundit commented:\n\n> Of course, he has been down before."
    start = body.index("Of course")
    passage = question_passage("who_said", Source("O", "H", body), start, len(body), answered=False)
    assert passage.text == "Of course, he has been down before."


def test_the_evidence_is_marked_in_its_paragraph_at_the_start_and_the_end_of_the_body():
    body = 'First paragraph.\n\nSecond with the "evidence" & more.\n\nThird.'
    source = Source("O", "H", body)
    start = body.index('"evidence"')
    (middle,) = question_passage("attribution_type", source, start, start + 10, answered=True).paragraphs
    assert [(p.text, p.marked) for p in middle] == [
        ("Second with the ", False),
        ('"evidence"', True),
        (" & more.", False),
    ]
    assert question_passage("attribution_type", source, 0, 5, answered=True).paragraphs == (
        (Piece("First", True), Piece(" paragraph.")),
    )
    end = len(body)
    assert question_passage("attribution_type", source, end - 6, end, answered=True).paragraphs == (
        (Piece("Third.", True),),
    )


def test_offsets_that_no_longer_match_the_text_are_found_again_or_nothing_is_shown():
    source = Source("O", "H", "New first line.\n\nThe mayor said it.")
    moved = shown_passages("attribution_type", "?", source, 0, 18, [], False, evidence_text="The mayor said it.")
    assert [p.text for p in moved] == ["The mayor said it."]
    assert shown_passages("attribution_type", "?", source, 0, 5, [], False, evidence_text="Gone.") == []


def test_who_said_shows_an_interview_answer_without_its_speakers_label():
    """reading4: an interview's answer has no quotation marks, and the passage came out empty."""
    body = (
        "((WN)) Why were the test cases added?\n\n"
        "((Philipp Hagemeister)) I'm not sure why. They can be removed trivially. I'm no longer involved."
    )
    start = body.index("I'm not sure")
    end = body.index(" I'm no longer")
    passage = question_passage("who_said", Source("O", "H", body), start, end, answered=False)
    assert passage.text == f"{BLANK} I'm not sure why. They can be removed trivially. {BLANK}"
    assert "Hagemeister" not in passage.text


def test_a_tap_passage_marks_the_sentence_to_tap_in_its_paragraph():
    """reading4: a passage of two sentences over a tap strip of one: which one is the strip?"""
    body = "The mayor spoke on Monday. Critics slammed the plan as a disaster.\n\nNext paragraph."
    start, end = body.index("Critics"), body.index("disaster.") + len("disaster.")
    before = question_passage("loaded_word", Source("O", "H", body), start, end, answered=False)
    assert before.text == "The mayor spoke on Monday. Critics slammed the plan as a disaster."
    assert [p.text for p in before.paragraphs[0] if p.marked] == ["Critics slammed the plan as a disaster."]


def test_a_rewrite_of_this_sentence_shows_the_sentence_alone_and_its_paragraph_after_the_answer():
    """A teacher's reading: "Which rewrite of this sentence ..." over a whole paragraph of six sentences
    left the student to guess which sentence was meant."""
    body = 'The mayor spoke first. She also claimed that the bridge was safe. "We checked," she said.\n\nNext.'
    start = body.index("She also")
    end = body.index(' "We')
    source = Source("O", "H", body)
    before = question_passage("neutral_rewrite", source, start, end, answered=False)
    assert before.text == "She also claimed that the bridge was safe."
    after = question_passage("neutral_rewrite", source, start, end, answered=True)
    assert after.text.startswith("The mayor spoke first.") and any(
        p.marked and p.text == "She also claimed that the bridge was safe." for para in after.paragraphs for p in para
    )
