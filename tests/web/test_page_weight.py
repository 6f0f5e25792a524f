"""A student's pages load fast on a school network and leak nothing: each page with every asset it
pulls in (CSS, scripts, images, fonts, whatever the browser fetches) weighs at most 60 KB, and every
request goes to the page's own origin."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.factories import make_classroom, make_question, make_room, make_teacher

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("backend", ["sqlite"], indirect=True)]

BUDGET_BYTES = 60 * 1000


@pytest.fixture
def code(app) -> str:
    with app.app_context():
        questions = [make_question(f"weight-{n}") for n in range(10)]
        return make_room(make_classroom(make_teacher()), questions).code


class Recorder:
    """Every request the page makes and the size of every body it receives."""

    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        self.urls: list[str] = []
        self.sizes: dict[str, int] = {}
        page.on("request", lambda request: self.urls.append(request.url))
        page.on("response", self._received)

    def _received(self, response) -> None:  # type: ignore[no-untyped-def]
        if 300 <= response.status < 400:
            return
        self.sizes[response.url] = len(response.body())

    def reset(self) -> None:
        self.urls.clear()
        self.sizes.clear()


def cold_load(chromium, storage_state, url: str) -> Recorder:  # type: ignore[no-untyped-def]
    """Load `url` in a fresh browser context (an empty cache) with the student's cookies."""
    context = chromium.new_context(storage_state=storage_state)
    try:
        page = context.new_page()
        recorder = Recorder(page)
        page.goto(url, wait_until="networkidle")
        return recorder
    finally:
        context.close()


def assert_light_and_local(recorder: Recorder, origin: str) -> None:
    foreign = [url for url in recorder.urls if not url.startswith("data:") and _origin(url) != origin]
    assert foreign == [], f"requests outside {origin}: {foreign}"
    total = sum(recorder.sizes.values())
    assert total <= BUDGET_BYTES, f"{total} bytes > {BUDGET_BYTES}: {recorder.sizes}"
    assert recorder.sizes, "nothing was loaded"


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def test_the_play_pages_with_their_assets_stay_under_60_kb_and_on_their_own_origin(served, chromium, code):
    server = served()
    origin = _origin(server.url())
    context = chromium.new_context()
    page = context.new_page()
    page.goto(server.url(f"/join?code={code}"))
    page.fill("input[name=nickname]", "Sam")
    page.click("button[type=submit]")
    page.wait_for_url("**/q/1")
    student = context.storage_state()
    context.close()

    join_page = cold_load(chromium, None, server.url(f"/join?code={code}"))
    assert_light_and_local(join_page, origin)
    question_page = cold_load(chromium, student, server.url(f"/play/{code}/q/1"))
    assert any("/static/js/" in url for url in question_page.urls), "the play page's script was not loaded"
    assert any("/static/css/" in url for url in question_page.urls), "the play page's style sheet was not loaded"
    assert_light_and_local(question_page, origin)
    done_page = cold_load(chromium, student, server.url(f"/play/{code}/done"))
    assert_light_and_local(done_page, origin)
