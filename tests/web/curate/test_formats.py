"""Question sets for other tools through the curation pages: the report of what a format cannot hold
before the download, and a teacher's own questions imported from a file (a bad one adds nothing)."""

from __future__ import annotations

import io

from flask import g
from sqlalchemy import func, select

from quizgame.content.formats import kahoot
from quizgame.extensions import db
from quizgame.models import Question
from tests.curation_samples import save_sample
from tests.factories import log_in, make_teacher

AIKEN = b"Which source is named?\nA. The mayor\nB. A resident\nANSWER: A\n"


def test_the_export_page_says_what_kahoot_leaves_out_then_offers_the_file(client, app_ctx):
    owner = make_teacher()
    article, _ = save_sample(owner.id, approve_first=True)
    log_in(client, owner)
    chooser = client.get(f"/curate/sets/export?article={article.id}&format=kahoot")
    assert chooser.status_code == 302 and "/curate/sets/export-report" in chooser.headers["Location"]
    page = client.get(chooser.headers["Location"]).get_data(as_text=True)
    assert "question written" in page or "questions written" in page
    assert "the explanation is left out (Kahoot has no place for it)" in page
    download = client.get(f"/curate/sets/export-file?article={article.id}&format=kahoot")
    assert download.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert download.headers["Content-Disposition"].endswith('.xlsx"')
    questions, _ = kahoot.read(download.data)
    assert len(questions) == 1


def test_qti_download_is_a_zip_and_an_export_without_articles_goes_back(client, app_ctx):
    owner = make_teacher()
    article, _ = save_sample(owner.id, approve_first=True)
    log_in(client, owner)
    assert client.get(f"/curate/sets/export-file?article={article.id}&format=qti").mimetype == "application/zip"
    assert client.get("/curate/sets/export-report?format=qti").status_code == 302
    assert client.get(f"/curate/sets/export-report?format=pdf&article={article.id}").status_code == 302


def test_an_imported_file_becomes_own_candidates_shown_as_not_tied_to_an_article(client, app_ctx):
    teacher = make_teacher()
    log_in(client, teacher)
    response = client.post(
        "/curate/questions/import",
        content_type="multipart/form-data",
        follow_redirects=True,
        data={"format": "aiken", "skill": "sourcing", "file": (io.BytesIO(AIKEN), "mine.txt")},
    )
    page = response.get_data(as_text=True)
    assert "Imported 1 question as candidates." in page
    assert "your own question, from Aiken, not tied to an article" in page
    question = db.session.scalar(select(Question))
    assert (question.owner_id, question.origin, question.articles) == (teacher.id, "aiken", [])
    other = make_teacher("other@example.org")
    log_in(client, other)
    g.pop("_login_user", None)  # the test's app context outlives requests; Flask-Login caches the user in g
    assert "Which source is named?" not in client.get("/curate/own-questions").get_data(as_text=True)
    assert client.post(f"/curate/questions/{question.id}/approve").status_code == 404


def test_a_bad_file_lists_its_lines_and_imports_nothing(client, app_ctx):
    log_in(client, make_teacher())
    bad = AIKEN + b"\nSecond?\nA. yes\nB. no\nANSWER: E\n"
    response = client.post(
        "/curate/questions/import",
        content_type="multipart/form-data",
        data={"format": "aiken", "skill": "sourcing", "file": (io.BytesIO(bad), "mine.txt")},
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Nothing was imported" in page and "line 9: ANSWER E is not one of the options" in page
    assert db.session.scalar(select(func.count()).select_from(Question)) == 0
