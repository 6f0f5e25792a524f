"""Fuzzing every form and JSON endpoint with Hypothesis: whatever arrives, the app answers without a
server error, and a request it refuses leaves every table exactly as it was (no partial writes).

The requests come from the owner of everything in the test world (signed-in teacher holding a
player cookie), so they reach the deepest code. Limits are off here (tests/web/common/test_abuse_limits.py
covers them) so that every example gets past them.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from quizgame.extensions import db
from tests.web.conftest import url_for_world

ROOM_FIELDS = (
    "title",
    "articles",
    "skills",
    "difficulties",
    "count",
    "seconds_per_question",
    "mode",
    "scoring",
    "leaderboard",
    "shuffle_questions",
    "shuffle_choices",
    "show_explanations",
    "late_join",
    "own_questions",
)
# Every endpoint that takes a POST, with the field names its form knows.
FORM_FIELDS: dict[str, tuple[str, ...]] = {
    "auth.signup": ("name", "email", "password", "confirm"),
    "auth.login": ("email", "password"),
    "auth.logout": (),
    "auth.forgot_password": ("email",),
    "auth.new_password": ("password", "confirm"),
    "teacher.create_classroom": ("name",),
    "teacher.rename_classroom": ("name",),
    "teacher.archive_classroom": (),
    "teacher.restore_classroom": (),
    "teacher.add_to_roster": ("names",),
    "teacher.remove_from_roster": (),
    "teacher.upload_roster": ("file",),
    "teacher.import_roster": ("csv_text", "name", "first", "last", "email", "school_id"),
    "teacher.new_room": ROOM_FIELDS,
    "teacher.edit_room": ROOM_FIELDS,
    "teacher.copy_room": (),
    "teacher.delete_room": (),
    "teacher.open_room": (),
    "teacher.close_room": (),
    "teacher.remove_player": ("delete_answers", "close_to_new_players", "back"),
    "teacher.rejoin_code": (),
    "teacher.open_to_new_players": (),
    "play.join": ("code", "nickname", "roster_student", "k"),
    "play.rejoin": ("code", "rejoin_code"),
    "play.question": ("choice",),
    "curate.import_article": ("outlet", "headline", "published", "url", "text", "text_format", "file"),
    "curate.import_advance": (),
    "curate.decide": (),
    "curate.edit": ("prompt", "choices", "answers", "explanation", "difficulty"),
    "curate.import_": ("file",),
    "curate.import_questions_file": ("file", "format", "skill"),
    "live.control": ("version",),
    "live.remove_player": (),
    "live.answer": ("position", "choice"),
}
FILE_FIELDS = {"file"}
# Every endpoint that answers JSON to a GET, with the URL parameter fuzzed and its values.
JSON_PARAMETERS: dict[str, tuple[str, Any]] = {
    "reports.student_leaderboard": ("code", st.text(min_size=1, max_size=40)),
    "live.student_json": ("code", st.text(min_size=1, max_size=40)),
    "live.presenter_json": ("room_id", st.integers(min_value=0, max_value=2**62)),
}
ACCEPTED = {302, 303}  # a form that did something sends the browser on; a refused one changed nothing

edge_values = st.sampled_from(
    [
        "",
        " ",
        "0",
        "-1",
        "1",
        "3",
        "5",
        "50",
        "51",
        "600",
        "601",
        "99999999999999999999",
        "1e3",
        "NaN",
        "y",
        "on",
        "true",
        "live",
        "speed",
        "hidden",
        "self_paced",
        "attribution",
        "Ada",
        "Sam",
        "owner@example.org",
        "a" * 101,
        "x" * 5000,
        "<script>alert(1)</script>",
        '=HYPERLINK("http://x")',
        "\x00",
        "a\x00b",
        "\u202e",
        "😀",
        "Ａｄａ",
        "\r\n",
        "Ada\nBen\nAda",
    ]
)
values = st.one_of(edge_values, st.text(max_size=40), st.integers().map(str))
uploads = st.tuples(
    st.one_of(st.binary(max_size=300), st.sampled_from([b"", b"PK\x03\x04junk", b"\xff\xfe\x00", b"<p>Hi</p>"])),
    st.sampled_from(["set.zip", "article.txt", "article.md", "page.html", "x.exe", "", "../../etc/passwd"]),
).map(lambda upload: (io.BytesIO(upload[0]), upload[1]))


def forms(fields: tuple[str, ...]):  # type: ignore[no-untyped-def]
    """Form data: some of the fields (and a stray one), each with one or more values; files for file fields."""
    names = st.sampled_from(fields + ("unexpected",))
    return st.dictionaries(names, st.lists(values, min_size=1, max_size=3), max_size=len(fields) + 1).flatmap(
        lambda form: st.fixed_dictionaries(
            {name: (uploads if name in FILE_FIELDS else st.just(value)) for name, value in form.items()}
        )
    )


def row_counts() -> dict[str, int]:
    """Every table's count, read in one statement (a statement per table was most of this file's time)."""
    tables = db.metadata.sorted_tables
    counts = db.session.execute(
        select(*(select(func.count()).select_from(table).scalar_subquery() for table in tables))
    ).one()
    return {table.name: count for table, count in zip(tables, counts, strict=True)}


@pytest.fixture
def app_config():
    return {"RATELIMIT_ENABLED": False}


def test_every_form_and_json_endpoint_is_fuzzed(app):
    posts = {rule.endpoint for rule in app.url_map.iter_rules() if "POST" in rule.methods}
    assert posts == set(FORM_FIELDS), (
        f"add fuzzing for {sorted(posts - set(FORM_FIELDS))}; drop {sorted(set(FORM_FIELDS) - posts)}"
    )
    json_routes = {rule.endpoint for rule in app.url_map.iter_rules() if rule.rule.endswith((".json", "/state"))}
    assert json_routes == set(JSON_PARAMETERS)


def _prepared(app, world, endpoint):  # type: ignore[no-untyped-def]
    """The owner's client, with the first self-paced question delivered and the live game started and
    shown, so that answers reach the scoring."""
    client = world.clients["owner"]
    client.get(url_for_world(app, world, "play.question"))
    client.post(url_for_world(app, world, "live.control", action="start"))
    # Showing the live question records its delivery; done here, so a refused answer's reply (which
    # shows the question again) writes nothing new.
    client.get(url_for_world(app, world, "live.student_json"))
    return client, url_for_world(app, world, endpoint)


# Refusals this test found writing rows, marked here until fixed. (A refused live answer used to
# leave a delivery row behind; live answers now write their delivery and answer only once taken.)
KNOWN_PARTIAL_WRITES: dict[str, str] = {}


@pytest.mark.parametrize(
    "endpoint",
    [
        pytest.param(e, marks=pytest.mark.xfail(reason=KNOWN_PARTIAL_WRITES[e], strict=False))
        if e in KNOWN_PARTIAL_WRITES
        else e
        for e in sorted(FORM_FIELDS)
    ],
)
def test_forms_never_fail_and_refusals_write_nothing(app, world, endpoint):
    client, url = _prepared(app, world, endpoint)

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(form=forms(FORM_FIELDS[endpoint]), as_json=st.booleans())
    def post(form: dict[str, list[str]], as_json: bool) -> None:
        with app.app_context():
            before = row_counts()
        headers = {"Accept": "application/json"} if as_json else {}
        with client.post(url, data=form, headers=headers) as response:
            status = response.status_code
            # A JSON 200 is an answer taken (the live game); a page shown with 200 is a form refused.
            accepted = status in ACCEPTED or (status == 200 and response.is_json)
        assert status < 500, f"{endpoint} {form!r} -> {status}"
        if not accepted:
            with app.app_context():
                assert row_counts() == before, f"{endpoint} refused {form!r} with {status} but wrote rows"

    post()


@pytest.mark.parametrize("endpoint", sorted(JSON_PARAMETERS))
def test_json_endpoints_never_fail_and_always_answer_json(app, world, endpoint):
    client, _ = _prepared(app, world, endpoint)

    name, strategy = JSON_PARAMETERS[endpoint]
    if name == "code":
        strategy = st.one_of(edge_values, strategy)

    @settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(value=strategy, query=forms(("since", "version", "page")))
    def get(value: Any, query: dict[str, list[str]]) -> None:
        with app.app_context():
            before = row_counts()
        url = url_for_world(app, world, endpoint, **{name: value})
        with client.get(url, query_string=query) as response:
            assert response.status_code < 500, f"{url} -> {response.status_code}"
            if response.status_code in (200, 403):  # the view answered (not routing: 404, 308)
                assert response.is_json
        with app.app_context():
            assert row_counts() == before

    get()
