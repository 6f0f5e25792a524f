"""Sets as files: export approved questions with their articles; import all or nothing."""

from __future__ import annotations

import io
import zipfile

import pytest
from sqlalchemy import delete, select

from quizgame.content.errors import ContentError, ContentErrors
from quizgame.content.review import set_status
from quizgame.content.sets import export_set, import_set, question_record
from quizgame.extensions import db
from quizgame.models import Article, ImportJob, Question, ReviewAction, StoredAnalysis, Teacher, question_articles
from tests.curation_samples import save_sample
from tests.factories import load_demo_content, make_teacher


def _empty_database() -> None:
    for table in (
        ReviewAction.__table__,
        question_articles,
        Question.__table__,
        StoredAnalysis.__table__,
        ImportJob.__table__,
        Article.__table__,
        Teacher.__table__,
    ):
        db.session.execute(delete(table))
    db.session.commit()


def _records(questions):  # type: ignore[no-untyped-def]
    return sorted((question_record(q) for q in questions), key=lambda r: r.id)


def test_a_set_exported_and_imported_into_an_empty_database_gives_the_same_questions(app_ctx):
    teacher = make_teacher()
    article, questions = save_sample(teacher.id)
    for question in questions:
        set_status(db.session, question, teacher.id, "approve")
    db.session.commit()
    load_demo_content()
    articles = list(db.session.scalars(select(Article).order_by(Article.id)))
    before = _records(db.session.scalars(select(Question).where(Question.status == "approved")))
    assert len(before) > len(questions)
    data = export_set(articles, teacher.id)

    _empty_database()
    newcomer = make_teacher("new@example.org")
    report = import_set(db.session, newcomer.id, data, "set.zip")
    db.session.commit()

    after = _records(db.session.scalars(select(Question)))
    assert len(after) == len(before)
    for old, new in zip(before, after, strict=True):
        for field in (
            "id",
            "kind",
            "skill",
            "prompt",
            "choices",
            "answer",
            "explanation",
            "evidence",
            "articles",
            "difficulty",
            "control",
            "status",
            "excerpt",
        ):
            assert getattr(new, field) == getattr(old, field), f"{old.id}: {field}"
    assert report.articles_added == len(articles) and report.questions_added == len(before)
    assert {q.owner_id for q in db.session.scalars(select(Question))} == {newcomer.id}


def test_only_approved_questions_are_exported(app_ctx):
    teacher = make_teacher()
    article, (who, tap) = save_sample(teacher.id, approve_first=True)
    with zipfile.ZipFile(io.BytesIO(export_set([article], teacher.id))) as archive:
        names = archive.namelist()
        questions = archive.read(f"questions/{article.slug}.yaml").decode()
    assert names == [f"articles/{article.slug}.md", f"questions/{article.slug}.yaml"]
    assert who.id in questions and tap.id not in questions


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def test_a_set_with_errors_reports_each_with_file_and_line_and_imports_nothing(app_ctx):
    teacher = make_teacher()
    article, (who, _) = save_sample(teacher.id, approve_first=True)
    with zipfile.ZipFile(io.BytesIO(export_set([article], teacher.id))) as archive:
        files = {name: archive.read(name).decode() for name in archive.namelist()}
    slug = article.slug
    good_yaml = files[f"questions/{slug}.yaml"]
    files[f"questions/{slug}.yaml"] = good_yaml.replace("kind: who_said", "kind: who_knows")
    files["questions/second.yaml"] = good_yaml.replace(who.id, "q-new-one").replace("difficulty: 1", "difficulty: 9")
    files["articles/broken.md"] = "no front matter here\n"
    _empty_database()
    teacher = make_teacher("new@example.org")

    with pytest.raises(ContentErrors) as raised:
        import_set(db.session, teacher.id, _zip(files), "shared.zip")
    places = {(e.path, e.line) for e in raised.value.errors}
    assert ("shared.zip/articles/broken.md", 1) in places
    assert ("shared.zip/questions/second.yaml", 4) in places
    assert (f"shared.zip/questions/{slug}.yaml", 4) in places
    messages = " ".join(e.message for e in raised.value.errors)
    assert "who_knows" in messages and "difficulty" in messages
    db.session.rollback()
    assert db.session.scalars(select(Question)).all() == [] and db.session.scalars(select(Article)).all() == []


def test_a_file_that_is_not_a_zip_is_refused_by_name(app_ctx):
    teacher = make_teacher()
    with pytest.raises(ContentError, match="not a zip"):
        import_set(db.session, teacher.id, b"hello", "notes.txt")


def test_importing_someone_elses_question_ids_gives_the_teacher_a_copy(app_ctx):
    owner, other = make_teacher("owner@example.org"), make_teacher("other@example.org")
    article, (who, _) = save_sample(owner.id, approve_first=True)
    import_set(db.session, other.id, export_set([article], owner.id), "set.zip")
    db.session.commit()
    copies = db.session.scalars(select(Question).where(Question.owner_id == other.id)).all()
    assert len(copies) == 1 and copies[0].id != who.id and copies[0].prompt == who.prompt
    assert copies[0].articles[0].owner_id == other.id and copies[0].articles[0].id != article.id
    assert db.session.get(Question, who.id).owner_id == owner.id
