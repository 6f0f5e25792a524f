"""What a self-paced page shows of a question is read as one row: the same text, article and
stored answer as the ORM objects hold."""

from __future__ import annotations

from sqlalchemy import event

from quizgame.extensions import db
from quizgame.game.fast_path.question_rows import read_shown
from quizgame.game.live.questions import question_passages, tap_tokens
from tests.factories import make_answer, make_question


def test_a_question_is_shown_with_its_article_as_the_orm_holds_them(answering):
    _, _, questions = answering
    for question in questions:
        shown, stored, key = read_shown(db.session.connection(), question.id)
        assert stored is None and key is None
        assert (shown.id, shown.kind, shown.prompt, shown.choices) == (
            question.id,
            question.kind,
            question.prompt,
            question.choices,
        )
        assert (shown.multi_answer, shown.passage_before_answer) == (
            question.multi_answer,
            question.passage_before_answer,
        )
        assert shown.passages == question_passages(question, answered=False)
        assert shown.tokens == tap_tokens(question)
        article = question.evidence_article
        assert article is not None, "the demo questions quote their article"
        assert [(a.outlet, a.headline, a.body) for a in shown.articles] == [
            (article.outlet, article.headline, article.body)
        ]


def test_the_open_question_carries_no_key(answering):
    """Before the answer nothing returned holds the key, the explanation or the evidence sentence."""
    _, _, questions = answering
    for question in questions:
        shown, _, key = read_shown(db.session.connection(), question.id)
        assert key is None
        assert not {"correct", "explanation", "evidence_text"} & set(vars(shown))


def test_a_question_without_an_article_or_an_unknown_id(app_ctx):
    make_question("plain-1")
    shown, _, _ = read_shown(db.session.connection(), "plain-1")
    assert shown.articles == [] and shown.passages == [] and shown.prompt == "Prompt of plain-1?"
    assert read_shown(db.session.connection(), "no-such-question") is None


def test_the_stored_answer_and_the_key_come_with_its_question_only(answering):
    _, player, questions = answering
    first = make_answer(player, questions[0], [0], response_ms=4_000)
    shown, stored, key = read_shown(db.session.connection(), questions[0].id, first.id)
    assert (stored.chosen, stored.correct, stored.credit, stored.points, stored.response_ms) == (
        first.chosen,
        first.correct,
        first.credit,
        first.points,
        4_000,
    )
    question = questions[0]
    assert (key.correct, key.explanation, key.evidence_text) == (
        question.correct,
        question.explanation,
        question.evidence_text,
    )
    assert shown.passages == question_passages(question, answered=True)  # the evidence marked
    assert read_shown(db.session.connection(), questions[1].id, first.id)[1:] == (None, None)  # not its answer


def test_a_question_and_its_answer_are_one_statement(answering):
    _, player, questions = answering
    answer_id = make_answer(player, questions[0], [1], response_ms=2_000).id
    question_id = questions[0].id  # read before listening: the commit expired it
    connection = db.session.connection()
    statements = []
    event.listen(connection, "before_cursor_execute", lambda *args: statements.append(args[2]))
    read_shown(connection, question_id, answer_id)
    assert len(statements) == 1
