"""Importing an article through the form: validation, extraction, dedupe and stepwise progress."""

from __future__ import annotations

import io

from sqlalchemy import select

from quizgame.extensions import db
from quizgame.models import Article, ImportJob
from tests.content.test_importing import PAGE
from tests.curation_samples import BODY
from tests.factories import log_in, make_teacher

FIELDS = {
    "outlet": "Riverside Daily",
    "headline": "Bridge reopens",
    "published": "2026-11-20",
    "url": "https://example.org/bridge",
    "text_format": "text",
}


def _teacher(client):  # type: ignore[no-untyped-def]
    teacher = make_teacher()
    log_in(client, teacher)
    return teacher


def test_curation_needs_a_signed_in_teacher(client, app_ctx):
    assert client.get("/curate/import").status_code in (302, 401)


def test_missing_fields_re_render_with_messages_and_keep_the_text(client, app_ctx):
    _teacher(client)
    response = client.post(
        "/curate/import",
        data={
            "outlet": "",
            "headline": "H",
            "published": "20 Nov",
            "url": "not a url",
            "text": "Keep <b>this</b> text.",
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "This field is required." in page and "Give the date, YYYY-MM-DD." in page
    assert "Give the article&#39;s full web address." in page
    assert "Keep &lt;b&gt;this&lt;/b&gt; text." in page
    assert db.session.scalars(select(Article)).all() == []


def test_text_or_file_but_not_neither(client, app_ctx):
    _teacher(client)
    page = client.post("/curate/import", data=FIELDS).get_data(as_text=True)
    assert "Paste the article or upload a file (one of the two)." in page


def test_an_uploaded_html_page_is_saved_without_its_page_chrome(client, app_ctx):
    teacher = _teacher(client)
    data = {**FIELDS, "file": (io.BytesIO(PAGE.encode()), "bridge.html")}
    response = client.post("/curate/import", data=data, content_type="multipart/form-data")
    assert response.status_code == 302 and "/curate/imports/" in response.location
    article = db.session.scalars(select(Article)).one()
    assert article.owner_id == teacher.id and "Ana Lopez" in article.body and "mattress" not in article.body
    assert db.session.scalars(select(ImportJob)).one().article_id == article.id


def test_a_file_of_another_type_is_refused(client, app_ctx):
    _teacher(client)
    data = {**FIELDS, "file": (io.BytesIO(b"%PDF"), "bridge.pdf")}
    page = client.post("/curate/import", data=data, content_type="multipart/form-data").get_data(as_text=True)
    assert "Upload a .txt, .md or .html file." in page


def test_the_same_article_twice_links_to_the_first_import(client, app_ctx):
    _teacher(client)
    client.post("/curate/import", data={**FIELDS, "text": BODY})
    again = client.post(
        "/curate/import",
        data={**FIELDS, "headline": "Other", "text": BODY.replace("\n", "\r\n")},
        follow_redirects=True,
    )
    article = db.session.scalars(select(Article)).one()
    assert again.request.path == f"/curate/articles/{article.id}"
    assert "already in quizgame" in again.get_data(as_text=True)


def test_progress_advances_step_by_step_through_the_json_endpoint(client, app_ctx):
    _teacher(client)
    location = client.post("/curate/import", data={**FIELDS, "text": BODY}).location
    job = db.session.scalars(select(ImportJob)).one()
    page = client.get(location).get_data(as_text=True)
    assert 'role="status"' in page and "js/curate-import.js" in page
    state = client.post(f"/curate/imports/{job.id}/advance", headers={"Accept": "application/json"}).get_json()
    assert set(state) >= {"stage", "done", "total", "percent", "finished", "next"}
    assert state["finished"] or state["done"] == 1


def test_a_failed_step_shows_its_traceback_folded_except_in_production(client, app, app_ctx):
    _teacher(client)
    location = client.post("/curate/import", data={**FIELDS, "text": BODY}).location
    job = db.session.scalars(select(ImportJob)).one()
    job.stage, job.error = "failed", "This article could not be analysed."
    job.traceback = "Traceback (most recent call last):\n  File \"x.py\", line 1\nKeyError: 'broken'"
    db.session.commit()
    page = client.get(location).get_data(as_text=True)
    assert "<details" in page and "Details for whoever runs this site" in page and "KeyError: &#39;broken&#39;" in page
    app.config["QUIZGAME_PRODUCTION"] = True
    page = client.get(location).get_data(as_text=True)
    assert "KeyError" not in page and f"import job {job.id}" in page
