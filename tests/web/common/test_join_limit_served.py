"""Finding 7, joins: the limit on wrong join codes per address let 63 through a limit of 60, then
refused the right code to the whole address, which in a school is every student behind one NAT.

Against gunicorn (two workers) on PostgreSQL: concurrent guesses stop exactly at the limit, and
while typing is locked for that address, the class still joins through its teacher's link or QR
code (which carries a key only the server can make) and a seated student still gets back in."""

from __future__ import annotations

import html
import re
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx

from tests.factories import PASSWORD, make_classroom, make_question, make_room, make_teacher
from tests.web.common.test_abuse_served import form_client, postgres_only, serve  # noqa: F401 - fixture

LIMIT = 10
NAT = "203.0.113.50"


def test_guessing_locks_out_typing_but_never_a_class_joining_by_its_teachers_link(app, database_url, postgres_only):  # noqa: F811
    with app.app_context():
        room = make_room(make_classroom(make_teacher("owner@example.org")), [make_question("nat-1")])
        code, room_id = room.code, room.id
    with serve(app, database_url, QUIZGAME_RATELIMIT_JOIN_CODE_FAILURES=f"{LIMIT} per 10 minutes") as server:
        teacher, token = form_client(server, "/teacher/login", "192.0.2.1")
        assert (
            teacher.post(
                "/teacher/login", data={"csrf_token": token, "email": "owner@example.org", "password": PASSWORD}
            ).status_code
            == 302
        )
        room_page = teacher.get(f"/teacher/rooms/{room_id}").text
        link = html.unescape(re.search(r'<p>Go to <a href="([^"]+)">', room_page).group(1))
        assert f"code={code}" in link and "&k=" in link

        guesses = [f"{n:06d}".translate(str.maketrans("0123456789", "ABCDEFGHJK")) for n in range(40)]
        start = threading.Barrier(len(guesses))

        def guess(wrong: str) -> int:
            with httpx.Client(base_url=server.base_url, headers={"X-Forwarded-For": NAT}, timeout=60) as client:
                start.wait()
                return client.get("/join", params={"code": wrong}).status_code

        with ThreadPoolExecutor(len(guesses)) as pool:
            statuses = list(pool.map(guess, guesses))
        assert statuses.count(404) == LIMIT and statuses.count(429) == len(guesses) - LIMIT, sorted(statuses)

        # Typing the right code from that address is refused like any guess (it must not tell)...
        typed = httpx.get(f"{server.base_url}/join", params={"code": code}, headers={"X-Forwarded-For": NAT})
        assert typed.status_code == 429
        # ...and a made-up key does not help.
        forged = httpx.get(
            f"{server.base_url}/join", params={"code": code, "k": "AAAAAAAAAAAA"}, headers={"X-Forwarded-For": NAT}
        )
        assert forged.status_code == 429

        def join_by_link(n: int) -> tuple[int, httpx.Client]:
            client, csrf = form_client(server, link.removeprefix(server.base_url), NAT)
            key = re.search(r'name="k" value="([^"]+)"', client.get(link.removeprefix(server.base_url)).text).group(1)
            sent = client.post("/join", data={"csrf_token": csrf, "code": code, "k": key, "nickname": f"Pupil {n}"})
            return sent.status_code, client

        with ThreadPoolExecutor(30) as pool:
            joined = list(pool.map(join_by_link, range(30)))
        assert [status for status, _ in joined] == [302] * 30
        # A seated student who types the code again (a closed tab) is let back in, not counted.
        _, seated = joined[0]
        back = seated.get("/join", params={"code": code})
        assert back.status_code == 302 and back.headers["Location"].endswith(f"/play/{code}")
        for _, client in joined:
            client.close()
        teacher.close()
