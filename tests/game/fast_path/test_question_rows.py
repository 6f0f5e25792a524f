"""What a self-paced page shows of a question is read as one row: the same text, article and
stored answer as the ORM objects hold."""

from __future__ import annotations

from sqlalchemy import event

from quizgame.extensions import db
from quizgame.game.fast_path.question_rows import read_shown
from tests.factories import make_answer, make_question


def test_a_question_is_shown_with_its_article_as_the_orm_holds_them(answering):
    _, _, questions = answering
    for question in questions:
        shown, stored = read_shown(db.session.connection(), question.id)
        assert stored is None
        assert (shown.id, shown.kind, shown.prompt, shown.choices, shown.correct, shown.explanation) == (
            question.id,
            question.kind,
            question.prompt,
            question.choices,
            question.correct,
            question.explanation,
        )
        assert (shown.excerpt, shown.evidence_text, shown.evidence_start, shown.evidence_end) == (
            question.excerpt,
            question.evidence_text,
            question.evidence_start,
            question.evidence_end,
        )
        assert (shown.multi_answer, shown.passage_before_answer) == (
            question.multi_answer,
            question.passage_before_answer,
        )
        article = question.evidence_article
        assert article is not None, "the demo questions quote their article"
        assert (shown.evidence_article.outlet, shown.evidence_article.headline, shown.evidence_article.body) == (
            article.outlet,
            article.headline,
            article.body,
        )


def test_a_question_without_an_article_or_an_unknown_id(app_ctx):
    make_question("plain-1")
    shown, _ = read_shown(db.session.connection(), "plain-1")
    assert shown.evidence_article is None and shown.prompt == "Prompt of plain-1?"
    assert read_shown(db.session.connection(), "no-such-question") is None


def test_the_stored_answer_comes_with_its_question_only(answering):
    _, player, questions = answering
    first = make_answer(player, questions[0], [0], response_ms=4_000)
    _, stored = read_shown(db.session.connection(), questions[0].id, first.id)
    assert (stored.chosen, stored.correct, stored.credit, stored.points, stored.response_ms) == (
        first.chosen,
        first.correct,
        first.credit,
        first.points,
        4_000,
    )
    assert read_shown(db.session.connection(), questions[1].id, first.id)[1] is None  # not this question's answer


def test_a_question_and_its_answer_are_one_statement(answering):
    _, player, questions = answering
    answer_id = make_answer(player, questions[0], [1], response_ms=2_000).id
    question_id = questions[0].id  # read before listening: the commit expired it
    connection = db.session.connection()
    statements = []
    event.listen(connection, "before_cursor_execute", lambda *args: statements.append(args[2]))
    read_shown(connection, question_id, answer_id)
    assert len(statements) == 1
