"""A teacher's own questions from Kahoot, GIFT and Aiken files: candidates tied to no article, marked
by their origin, played and reported like the others; and question sets exported from the database
and from the command line."""

from __future__ import annotations

import pytest
from flask import current_app
from sqlalchemy import func, select

from quizgame.content.formats import FormatErrors, gift, kahoot
from quizgame.content.portable import OWN_KIND, approved_questions, export_questions, import_questions, portable
from quizgame.extensions import db
from quizgame.game.report_rows import report_rows
from quizgame.game.reports import build_report
from quizgame.game.rooms import QuestionFilter, has_own_questions, select_questions
from quizgame.models import Article, Question, Room
from tests.factories import (
    load_demo_content,
    log_in,
    make_answer,
    make_classroom,
    make_player,
    make_room,
    make_teacher,
    play_as,
)

GIFT = b"::a::Which source is named? {=The mayor ~A resident ####Named by office.}\n\nIs a rumour a source? {F}\n"


def question_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Question))


def test_imported_questions_are_candidates_of_their_teacher_tied_to_no_article(app_ctx):
    teacher = make_teacher()
    report = import_questions(db.session, teacher.id, "gift", GIFT, "sourcing")
    db.session.commit()
    assert (report.added, report.already_here) == (2, 0)
    questions = db.session.scalars(select(Question).order_by(Question.prompt)).all()
    assert [(q.kind, q.origin, q.status, q.owner_id, q.skill, q.articles) for q in questions] == [
        (OWN_KIND, "gift", "candidate", teacher.id, "sourcing", [])
    ] * 2
    assert questions[1].choices == ["The mayor", "A resident"] and questions[1].explanation == "Named by office."
    again = import_questions(db.session, teacher.id, "gift", GIFT, "sourcing")
    assert (again.added, again.already_here) == (0, 2)


def test_a_bad_file_imports_nothing(app_ctx):
    teacher = make_teacher()
    before = question_count()
    try:
        import_questions(db.session, teacher.id, "gift", GIFT + b"\nShort {=only}\n", "sourcing")
    except FormatErrors as refused:
        assert [str(e) for e in refused.errors] == [
            "line 5: a short-answer question (only = answers) has no quizgame equivalent"
        ]
    else:
        raise AssertionError("the file was accepted")
    db.session.rollback()
    assert question_count() == before


def test_own_questions_once_approved_are_played_and_reported_like_the_others(app_ctx):
    teacher = make_teacher()
    import_questions(db.session, teacher.id, "gift", GIFT, "sourcing")
    for question in db.session.scalars(select(Question)):
        question.status = "approved"
    db.session.commit()
    picked = select_questions(db.session, teacher.id, QuestionFilter(count=10))
    assert len(picked) == 2 and all(q.kind == OWN_KIND for q in picked)
    room = make_room(make_classroom(teacher), picked, scoring="accuracy")
    player = make_player(room, "Ada")
    for question in picked:
        make_answer(player, question, question.correct, 1000)
    report = build_report(report_rows(db.session, room_id=room.id))
    assert [item.question.kind for item in report.questions] == [OWN_KIND, OWN_KIND]
    assert report.students[0].correct == 2
    # The student's page says the question is the teacher's own, about no article.
    player_client = current_app.test_client()
    fresh = make_player(room, "Ben")
    play_as(player_client, fresh)
    page = player_client.get(f"/play/{room.code}/q/1").get_data(as_text=True)
    assert "Your teacher's own question: it is not about an article." in page
    # Another teacher cannot draw on them.
    assert select_questions(db.session, make_teacher("b@example.org").id, QuestionFilter(count=10)) == []


def test_a_room_can_draw_on_own_questions_beside_or_instead_of_articles(app_ctx, client):
    teacher = make_teacher()
    load_demo_content()
    article = db.session.scalars(select(Article).order_by(Article.slug)).first()
    assert not has_own_questions(db.session, teacher.id)
    import_questions(db.session, teacher.id, "gift", GIFT, "sourcing")
    for question in db.session.scalars(select(Question).where(Question.kind == OWN_KIND)):
        question.status = "approved"
    db.session.commit()
    assert has_own_questions(db.session, teacher.id)
    only_own = select_questions(db.session, teacher.id, QuestionFilter(own_questions=True, count=50))
    assert sorted(q.kind for q in only_own) == [OWN_KIND, OWN_KIND]
    both = select_questions(
        db.session, teacher.id, QuestionFilter(article_ids=[article.id], own_questions=True, count=1000)
    )
    article_only = select_questions(db.session, teacher.id, QuestionFilter(article_ids=[article.id], count=1000))
    own = [q for q in both if q.kind == OWN_KIND]
    assert len(own) == 2
    # The article's side is picked as it would be alone (varied, one item per sentence), beside the own questions.
    assert all(article in q.articles for q in both if q.kind != OWN_KIND)
    assert len(both) == len(article_only) + 2
    classroom = make_classroom(teacher)
    log_in(client, teacher)
    assert "Your own questions (imported from Kahoot" in client.get(
        f"/teacher/classrooms/{classroom.id}/rooms/new"
    ).get_data(as_text=True)
    created = client.post(
        f"/teacher/classrooms/{classroom.id}/rooms/new",
        data={
            "title": "Mine",
            "own_questions": "y",
            "count": "10",
            "seconds_per_question": "60",
            "mode": "self_paced",
            "scoring": "accuracy",
            "leaderboard": "end",
        },
    )
    assert created.status_code == 302
    room = db.session.scalar(select(Room).where(Room.title == "Mine"))
    assert sorted(rq.question.kind for rq in room.room_questions) == [OWN_KIND, OWN_KIND]


def test_export_of_the_demo_articles_in_every_format_reports_what_it_left_out(app_ctx):
    load_demo_content()
    articles = db.session.scalars(select(Article).order_by(Article.slug)).all()
    questions = approved_questions(articles)
    assert questions and all(q.status == "approved" for q in questions)
    for name in ("kahoot", "gift", "aiken", "qti"):
        _, notes = export_questions(name, questions)
        # Every question is either written or named with the reason it is not.
        assert notes.written + len(notes.skipped) == len(questions), name
    data, notes = export_questions("kahoot", questions)
    back, _ = kahoot.read(data)
    left_out = {ident for ident, _ in notes.skipped}
    fits = [portable(q) for q in questions if q.id not in left_out]
    assert [(q.prompt, q.choices, q.correct) for q in fits] == [(b.prompt, b.choices, b.correct) for b in back]
    assert len(gift.read(export_questions("gift", questions)[0])[0]) == len(questions)


def test_content_export_command_writes_the_file_and_its_report(runner, app, tmp_path):
    with app.app_context():
        load_demo_content()
        slug = db.session.scalars(select(Article.slug).order_by(Article.slug)).first()
    result = runner.invoke(args=["content", "export", "--format", "aiken", "--article", slug, str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = tmp_path / "quizgame-questions.aiken.txt"
    report = (tmp_path / "quizgame-questions.aiken.txt.report.txt").read_text()
    assert written.exists() and report in result.output
    assert report.splitlines()[0].endswith("written.")
    missing = runner.invoke(args=["content", "export", "--format", "qti", "--article", "no-such-slug", str(tmp_path)])
    assert missing.exit_code == 2 and "no-such-slug" in missing.output


def _kahoot_with_prompt(prompt: str) -> bytes:
    import io

    from openpyxl import load_workbook

    data, _ = kahoot.write([gift.read(GIFT)[0][0]])
    book = load_workbook(io.BytesIO(data))
    sheet = book.worksheets[0]
    question_cell = next(c for row in sheet.iter_rows() for c in row if c.value == "Which source is named?")
    question_cell.value = prompt
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


LONG = "x" * 5_000  # past CONTENT_LIMITS.field_chars (4,000), like a set's fields
OVERLONG_FILES = {
    "gift question": ("gift", f"{LONG}? {{=The mayor ~A resident}}\n".encode(), "question 1: the question is longer"),
    "gift answer": ("gift", f"Who? {{={'y' * 600} ~A resident}}\n".encode(), "question 1: an answer is longer"),
    "gift explanation": (
        "gift",
        f"Who? {{=The mayor ~A resident ####{LONG}}}\n".encode(),
        "question 1: the explanation is longer",
    ),
    "aiken question": ("aiken", f"{LONG}?\nA. yes\nB. no\nANSWER: A\n".encode(), "question 1: the question is longer"),
    "aiken answer": ("aiken", f"Who?\nA. {'y' * 600}\nB. no\nANSWER: A\n".encode(), "question 1: an answer is longer"),
    "kahoot question": ("kahoot", _kahoot_with_prompt(LONG), "the question is longer than 120 characters"),
}


@pytest.mark.parametrize("case", sorted(OVERLONG_FILES))
def test_own_questions_in_any_format_are_held_to_the_field_caps_of_a_set(app_ctx, case):
    """Finding 2 (the rest of 'cap every field'): Aiken and GIFT files were not under the caps a
    question set's fields are; a 5,000-character prompt was stored as it came."""
    format_name, data, message = OVERLONG_FILES[case]
    with pytest.raises(FormatErrors) as refused:
        import_questions(db.session, make_teacher().id, format_name, data, "sourcing")
    assert message in str(refused.value)
    db.session.rollback()
    assert question_count() == 0
