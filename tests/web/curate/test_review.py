"""The annotated article and the review of candidates, through the pages."""

from __future__ import annotations

from sqlalchemy import select

from quizgame.extensions import db
from quizgame.models import ReviewAction
from tests.curation_samples import save_sample
from tests.factories import log_in, make_teacher


def _setup(client):  # type: ignore[no-untyped-def]
    teacher = make_teacher()
    article, questions = save_sample(teacher.id)
    log_in(client, teacher)
    return teacher, article, questions


def test_the_annotated_article_escapes_its_text_and_offers_every_layer(client, app_ctx):
    _, article, _ = _setup(client)
    page = client.get(f"/curate/articles/{article.id}").get_data(as_text=True)
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    for layer in ("attributions", "secondhand", "unsourced", "loaded", "promos"):
        assert f'data-layer="{layer}" aria-pressed="true"' in page
        assert f"show-{layer}" in page
    assert 'role="tooltip"' in page and 'tabindex="0"' in page and "Ana Lopez (named" in page
    assert "js/curate-layers.js" in page


def test_layers_can_be_chosen_without_javascript(client, app_ctx):
    _, article, _ = _setup(client)
    page = client.get(f"/curate/articles/{article.id}?layer=loaded").get_data(as_text=True)
    assert 'class="article-body show-loaded"' in page
    assert 'data-layer="attributions" aria-pressed="false"' in page


def test_candidates_are_listed_with_their_evidence_highlighted(client, app_ctx):
    _, article, (who, _) = _setup(client)
    page = client.get(f"/curate/articles/{article.id}/questions").get_data(as_text=True)
    assert who.prompt.replace('"', "&#34;") in page
    assert '<mark class="mark mark-evidence" data-layer="evidence">&#34;We are pleased' in page


def test_approving_through_the_page_records_the_action(client, app_ctx):
    teacher, article, (who, _) = _setup(client)
    response = client.post(f"/curate/questions/{who.id}/approve")
    assert response.status_code == 302 and response.location.endswith(
        f"/curate/articles/{article.id}/questions#q-{who.id}"
    )
    db.session.refresh(who)
    assert who.status == "approved"
    action = db.session.scalars(select(ReviewAction)).one()
    assert (action.teacher_id, action.action) == (teacher.id, "approve")


def test_an_invalid_edit_re_renders_with_every_message_and_saves_nothing(client, app_ctx):
    _, _, (who, _) = _setup(client)
    form = client.get(f"/curate/questions/{who.id}/edit").get_data(as_text=True)
    assert "Ana Lopez\nTom Reyes\nThe reporter" in form
    response = client.post(
        f"/curate/questions/{who.id}/edit",
        data={
            "prompt": "Who said it?",
            "choices": "Ana Lopez\nAna Lopez\nTom Reyes",
            "answers": "Ana Lopez\nTom Reyes",
            "explanation": "",
            "difficulty": "1",
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "The choices must be distinct." in page
    assert "exactly one choice must be correct" in page
    assert "The explanation is required." in page
    db.session.refresh(who)
    assert who.prompt != "Who said it?" and db.session.scalars(select(ReviewAction)).all() == []


def test_a_tap_the_word_edit_must_name_a_word_of_the_sentence(client, app_ctx):
    _, _, (_, tap) = _setup(client)
    page = client.post(
        f"/curate/questions/{tap.id}/edit",
        data={
            "prompt": tap.prompt,
            "choices": "\n".join(tap.choices),
            "answers": "praised",
            "explanation": tap.explanation,
            "difficulty": "2",
        },
    ).get_data(as_text=True)
    assert "“praised” is not a word of the sentence." in page


def test_a_valid_edit_is_saved_with_its_diff(client, app_ctx):
    teacher, _, (who, _) = _setup(client)
    response = client.post(
        f"/curate/questions/{who.id}/edit",
        data={
            "prompt": "Who is pleased?",
            "choices": "\n".join(who.choices),
            "answers": "Ana Lopez",
            "explanation": who.explanation,
            "difficulty": "1",
        },
    )
    assert response.status_code == 302
    action = db.session.scalars(select(ReviewAction)).one()
    assert action.action == "edit" and action.teacher_id == teacher.id
    assert action.changes == {"prompt": {"from": 'Who said "We are pleased with the work"?', "to": "Who is pleased?"}}


def test_each_review_decision_is_confirmed_in_a_sentence(client, app_ctx):
    _, article, (who, _) = _setup(client)
    said = {}
    for action in ("approve", "reject", "reset"):
        client.post(f"/curate/questions/{who.id}/{action}")
        said[action] = client.get(f"/curate/articles/{article.id}/questions").get_data(as_text=True)
    assert "Question approved: rooms can now use it." in said["approve"]
    assert "Question rejected: no room will use it." in said["reject"]
    assert "Question back among the candidates, waiting for review." in said["reset"]
    assert not any("Question candidate." in page for page in said.values())


def test_a_sensitive_story_is_flagged_on_its_article_and_question_pages_and_others_are_not(client, app_ctx):
    """A teacher reading the candidates of a story about five dead teenagers: flag it, block nothing."""
    from tests.curation_samples import BODY

    _, plain, _ = _setup(client)
    for page in (f"/curate/articles/{plain.id}", f"/curate/articles/{plain.id}/questions"):
        assert "Sensitive story" not in client.get(page).get_data(as_text=True)
    plain.body = BODY + "\nThe engineer's son took his own life last year, and the bridge is named after him.\n"
    db.session.commit()
    for page in (f"/curate/articles/{plain.id}", f"/curate/articles/{plain.id}/questions"):
        text = client.get(page).get_data(as_text=True)
        assert 'role="note">Sensitive story (suicide)' in text, page
    # flagged, not blocked: its candidates are listed for review as any others
    assert "q-who-" in client.get(f"/curate/articles/{plain.id}/questions").get_data(as_text=True)
