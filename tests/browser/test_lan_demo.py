"""`quizgame demo --lan`, the real command serving the real app on every interface: the join URL it
prints and the room page's link and QR code carry the machine's network address, and a "phone"
that opens that address joins the demo room."""

from __future__ import annotations

import io
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import segno

from quizgame.lan import lan_address

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("0.0.0.0", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def lan_demo(tmp_path):  # type: ignore[no-untyped-def]
    address = lan_address()
    if address is None:
        pytest.skip("this machine has no network address to serve on")
    port = _free_port()
    env = {
        **os.environ,
        "QUIZGAME_DATABASE_URL": f"sqlite:///{tmp_path}/demo.sqlite",
        "SECRET_KEY": "t",
        "QUIZGAME_CONTENT_DIR": str(ROOT / "content"),
        "PYTHONUNBUFFERED": "1",
    }
    command = [sys.executable, "-c", "from quizgame.cli import main; main()", "demo", "--lan", "--port", str(port)]
    process = subprocess.Popen(
        command, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        lines: list[str] = []
        assert process.stdout is not None
        while not any(line.startswith("Join URL:") for line in lines):
            line = process.stdout.readline()
            assert line, "".join(lines)
            lines.append(line)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://{address}:{port}/healthz", timeout=2).close()
                break
            except OSError:
                time.sleep(0.3)
        yield address, port, "".join(lines)
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def test_a_phone_joins_the_lan_demo_from_the_printed_link_and_the_qr_code(browser, lan_demo):
    address, port, output = lan_demo
    join_url = re.search(r"Join URL:\s+(\S+)", output).group(1)
    code = join_url.rsplit("=", 1)[1]
    assert join_url.startswith(f"http://{address}:{port}/join?code=")
    password = re.search(r"password:\s+(\S+)", output).group(1)

    # The teacher uses the laptop's own browser on the loopback address...
    teacher = browser.new_context().new_page()
    teacher.goto(f"http://127.0.0.1:{port}/teacher/login")
    teacher.get_by_label("E-mail").fill("demo@quizgame.local")
    teacher.get_by_label("Password").fill(password)
    teacher.get_by_role("button", name="Log in").click()
    teacher.get_by_role("link", name="Demo class").click()
    teacher.get_by_role("link", name=re.compile("CHAZ")).first.click()
    # ...yet the room page gives students the network address, as text and in the QR code.
    link = teacher.get_by_role("link", name=join_url)
    assert link.count() == 1
    # The link and the QR code add the key that lets a class join past the wrong-code limit (docs/limits.md).
    signed = link.get_attribute("href")
    assert re.fullmatch(re.escape(join_url) + r"&k=[\w-]{12}", signed), signed
    qr = teacher.request.get(f"http://127.0.0.1:{port}" + teacher.get_attribute("img.qr", "src"))
    expected = io.BytesIO()  # the same QR code made here from the link, byte for byte
    segno.make(signed, error="m").save(
        expected, kind="svg", scale=8, border=2, title=f"Join code {code}", xmldecl=False
    )
    assert qr.body() == expected.getvalue()

    phone = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True).new_page()
    phone.goto(join_url)
    phone.get_by_label("Nickname").fill("Phone One")
    phone.get_by_role("button", name="Join").click()
    phone.wait_for_url(re.compile(rf"^http://{re.escape(address)}:{port}/play/\w+/q/1$"))
