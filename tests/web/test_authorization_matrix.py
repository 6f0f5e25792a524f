"""Who may reach what: every route of the app, for four visitors, with the status each one gets.

    anonymous      nobody signed in, no player cookie
    other student  a player who joined a room of another teacher
    other teacher  a signed-in teacher who owns nothing here
    owner          the teacher who owns the classroom and room, who is also holding the cookie of a
                   player in that room (so the student pages show what their rightful player sees)

The URLs name the owner's classroom, room, roster student and player. Requests without a form
carry an empty one (CSRF is off in tests; tests/web/test_csrf.py checks it separately).

The table must name every endpoint of app.url_map with exactly its methods: a new route fails
test_every_route_has_an_entry until someone decides here who may reach it.
"""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.web.conftest import VISITORS, url_for_world

# Statuses: 200 shown (an empty form re-rendered with its errors too), 302 sent elsewhere (to log
# in, to join, or on after a form), 400 form refused, 403 not a player of this room, 404 "no such
# thing" (what another teacher sees, so ids do not leak).
#
#  endpoint                              method     anonymous  other student  other teacher  owner
MATRIX: dict[str, dict[str, tuple[int, int, int, int]]] = {
    "home.index": {"GET": (200, 200, 200, 200)},
    "home.help_page": {"GET": (200, 200, 200, 200)},
    "home.healthz": {"GET": (200, 200, 200, 200)},
    "static": {"GET": (200, 200, 200, 200)},
    "auth.signup": {"GET": (200, 200, 200, 200), "POST": (200, 200, 200, 200)},
    "auth.login": {"GET": (200, 200, 200, 200), "POST": (200, 200, 200, 200)},
    "auth.logout": {"POST": (302, 302, 302, 302)},
    # No mail server in the tests: the page says who resets a password. The reset link's token is
    # its own key (an empty form is re-rendered with its errors).
    "auth.forgot_password": {"GET": (200, 200, 200, 200), "POST": (200, 200, 200, 200)},
    "auth.new_password": {"GET": (200, 200, 200, 200), "POST": (200, 200, 200, 200)},
    "teacher.dashboard": {"GET": (302, 302, 200, 200)},
    "teacher.create_classroom": {"POST": (302, 302, 400, 400)},
    "teacher.classroom": {"GET": (302, 302, 404, 200)},
    "teacher.rename_classroom": {"POST": (302, 302, 404, 400)},
    "teacher.archive_classroom": {"POST": (302, 302, 404, 302)},
    "teacher.restore_classroom": {"POST": (302, 302, 404, 302)},
    "teacher.add_to_roster": {"POST": (302, 302, 404, 400)},
    "teacher.remove_from_roster": {"POST": (302, 302, 404, 302)},
    "teacher.upload_roster": {"POST": (302, 302, 404, 302)},
    "teacher.import_roster": {"POST": (302, 302, 404, 302)},
    "teacher.new_room": {"GET": (302, 302, 404, 200), "POST": (302, 302, 404, 400)},
    "teacher.room": {"GET": (302, 302, 404, 200)},
    "teacher.edit_room": {"GET": (302, 302, 404, 200), "POST": (302, 302, 404, 302)},
    "teacher.copy_room": {"POST": (302, 302, 404, 302)},
    "teacher.delete_room": {"GET": (302, 302, 404, 200), "POST": (302, 302, 404, 302)},
    "teacher.room_qr": {"GET": (302, 302, 404, 200)},
    "teacher.room_players": {"GET": (302, 302, 404, 200)},
    "teacher.open_room": {"POST": (302, 302, 404, 302)},
    "teacher.close_room": {"POST": (302, 302, 404, 302)},
    "teacher.remove_player": {"GET": (302, 302, 404, 200), "POST": (302, 302, 404, 302)},
    "teacher.rejoin_code": {"POST": (302, 302, 404, 302)},
    "teacher.open_to_new_players": {"POST": (302, 302, 404, 302)},
    "reports.room_report": {"GET": (302, 302, 404, 200)},
    "reports.classroom_report": {"GET": (302, 302, 404, 200)},
    "reports.room_leaderboard_page": {"GET": (302, 302, 404, 200)},
    "reports.room_export": {"GET": (302, 302, 404, 200)},
    "reports.classroom_export": {"GET": (302, 302, 404, 200)},
    "gradebook.page": {"GET": (302, 302, 404, 200)},
    "gradebook.download": {"GET": (302, 302, 404, 200)},
    "play.join": {"GET": (200, 200, 200, 200), "POST": (200, 200, 200, 200)},
    "play.rejoin": {"POST": (404, 404, 404, 404)},
    "play.room": {"GET": (302, 302, 302, 302)},
    "play.question": {"GET": (302, 302, 302, 200), "POST": (302, 302, 302, 400)},
    "play.done": {"GET": (302, 302, 302, 200)},
    "reports.student_leaderboard": {"GET": (403, 403, 403, 200)},
    "curate.index": {"GET": (302, 302, 200, 200)},
    "curate.import_article": {"GET": (302, 302, 200, 200), "POST": (302, 302, 400, 400)},
    "curate.import_progress": {"GET": (302, 302, 404, 200)},
    "curate.import_advance": {"POST": (302, 302, 404, 302)},
    "curate.article": {"GET": (302, 302, 404, 200)},
    "curate.review": {"GET": (302, 302, 404, 200)},
    "curate.decide": {"POST": (302, 302, 404, 302)},
    "curate.edit": {"GET": (302, 302, 404, 200), "POST": (302, 302, 404, 400)},
    "curate.sets": {"GET": (302, 302, 200, 200)},
    "curate.export": {"GET": (302, 302, 302, 302)},
    "curate.import_": {"POST": (302, 302, 400, 400)},
    "curate.export_report": {"GET": (302, 302, 302, 302)},
    "curate.export_file": {"GET": (302, 302, 302, 302)},
    "curate.import_questions_file": {"POST": (302, 302, 400, 400)},
    "curate.own_questions": {"GET": (302, 302, 200, 200)},
    "live.present": {"GET": (302, 302, 404, 200)},
    "live.presenter_json": {"GET": (302, 302, 404, 200)},
    "live.presenter_events": {"GET": (302, 302, 404, 200)},
    "live.control": {"POST": (302, 302, 404, 302)},
    "live.confirm_end": {"GET": (302, 302, 404, 200)},
    "live.remove_player": {"POST": (302, 302, 404, 302)},
    "live.play": {"GET": (302, 302, 302, 200)},
    "live.student_json": {"GET": (404, 404, 404, 200)},
    "live.student_events": {"GET": (404, 404, 404, 200)},
    "live.answer": {"POST": (404, 404, 404, 302)},
}
IGNORED_METHODS = {"HEAD", "OPTIONS"}


def _routes(app: Flask) -> dict[str, set[str]]:
    routes: dict[str, set[str]] = {}
    for rule in app.url_map.iter_rules():
        routes.setdefault(rule.endpoint, set()).update(rule.methods - IGNORED_METHODS)
    return routes


def _status(client: FlaskClient, url: str, method: str) -> int:
    with client.open(url, method=method, data={}) as response:
        return response.status_code


def test_every_route_has_an_entry(app):
    routes = _routes(app)
    missing = {endpoint: sorted(methods) for endpoint, methods in routes.items() if endpoint not in MATRIX}
    assert not missing, f"routes without an entry in MATRIX (decide who may reach them): {missing}"
    stale = sorted(set(MATRIX) - set(routes))
    assert not stale, f"MATRIX entries for routes that no longer exist: {stale}"
    for endpoint, methods in routes.items():
        assert set(MATRIX[endpoint]) == methods, (
            f"{endpoint} answers {sorted(methods)}; MATRIX has {sorted(MATRIX[endpoint])}"
        )


@pytest.mark.parametrize("endpoint", sorted(MATRIX))
def test_each_visitor_gets_the_expected_status(app, world, endpoint):
    url = url_for_world(app, world, endpoint)
    # The owner goes last: what the others send must not have changed anything the owner sees.
    got = {
        method: tuple(_status(world.clients[visitor], url, method) for visitor in VISITORS)
        for method in MATRIX[endpoint]
    }
    assert got == MATRIX[endpoint], f"{url}: {got}"
