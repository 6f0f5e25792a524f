"""Sets through the pages: download a zip, upload it; a broken set lists every error and adds nothing."""

from __future__ import annotations

import io
import zipfile

from flask import g
from sqlalchemy import func, select

from quizgame.extensions import db
from quizgame.models import Question
from tests.curation_samples import save_sample
from tests.factories import log_in, make_teacher


def test_an_exported_set_downloads_as_a_zip_and_imports_for_a_colleague(client, app_ctx):
    owner = make_teacher()
    article, (who, _) = save_sample(owner.id, approve_first=True)
    log_in(client, owner)
    response = client.get(f"/curate/sets/export?article={article.id}")
    assert response.mimetype == "application/zip" and "attachment" in response.headers["Content-Disposition"]
    colleague = make_teacher("colleague@example.org")
    log_in(client, colleague)
    g.pop("_login_user", None)  # the test's app context outlives requests; Flask-Login caches the user in g
    uploaded = client.post(
        "/curate/sets/import",
        data={"file": (io.BytesIO(response.data), "set.zip")},
        content_type="multipart/form-data",
        follow_redirects=True,
    )
    assert "Imported 1 new" in uploaded.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).where(Question.owner_id == colleague.id)) == 1


def test_a_broken_set_lists_each_error_with_its_place_and_imports_nothing(client, app_ctx):
    log_in(client, make_teacher())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("articles/a.md", "---\noutlet: X\n---\nText\n")
        archive.writestr("questions/a.yaml", "format: quizgame-questions/1\narticle: nowhere\nquestions: []\n")
    response = client.post(
        "/curate/sets/import",
        data={"file": (io.BytesIO(buffer.getvalue()), "mine.zip")},
        content_type="multipart/form-data",
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "Nothing was imported: the set has 2 problems." in page
    assert "<code>mine.zip/articles/a.md:2</code>" in page and "lacks the required field" in page
    assert "<code>mine.zip/questions/a.yaml:1</code>" in page and "article &#39;nowhere&#39;" in page
    assert db.session.scalar(select(func.count(Question.id))) == 0
