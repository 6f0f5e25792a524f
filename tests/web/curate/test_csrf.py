"""The curation forms and the progress endpoint refuse a request without the CSRF token."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from quizgame.extensions import db
from quizgame.models import ImportJob
from tests.curation_samples import save_sample
from tests.factories import log_in, make_teacher


@pytest.fixture
def app_config() -> dict[str, object]:
    return {"WTF_CSRF_ENABLED": True}


def _token(client, url: str) -> str:  # type: ignore[no-untyped-def]
    page = client.get(url).get_data(as_text=True)
    return re.search(r'<meta name="csrf-token" content="([^"]+)"', page).group(1)  # type: ignore[union-attr]


def test_the_progress_endpoint_needs_the_token_in_its_header(client, app_ctx):
    teacher = make_teacher()
    save_sample(teacher.id)
    log_in(client, teacher)
    job = db.session.scalars(select(ImportJob)).one()
    url = f"/curate/imports/{job.id}/advance"
    assert client.post(url, headers={"Accept": "application/json"}).status_code == 400
    token = _token(client, f"/curate/imports/{job.id}")
    response = client.post(url, headers={"Accept": "application/json", "X-CSRFToken": token})
    assert response.status_code == 200 and response.get_json()["done"] >= 1


def test_review_decisions_need_the_token(client, app_ctx):
    teacher = make_teacher()
    _, (who, _) = save_sample(teacher.id)
    log_in(client, teacher)
    assert client.post(f"/curate/questions/{who.id}/approve").status_code == 400
    db.session.refresh(who)
    assert who.status == "candidate"
