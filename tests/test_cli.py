"""The quizgame command: content load and demo, as a person would run them."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from sqlalchemy import func, select
from werkzeug.security import check_password_hash

from quizgame.content.question_kinds import GENERATED_KINDS
from quizgame.demo import DEMO_PER_KIND
from quizgame.extensions import db
from quizgame.models import Article, Room, Teacher
from tests.factories import make_teacher

CONTENT = Path(__file__).resolve().parent.parent / "content"


def test_content_load_twice_reports_nothing_new(runner, app):
    first = runner.invoke(args=["content", "load"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(args=["content", "load"])
    assert "articles: 0 added, 0 updated; questions: 0 added, 0 updated" in second.output


def test_content_load_of_a_broken_file_exits_2_naming_file_and_line(runner, app, tmp_path):
    broken = tmp_path / "content"
    shutil.copytree(CONTENT, broken)
    target = sorted((broken / "questions").glob("*.yaml"))[0]
    target.write_text(target.read_text(encoding="utf-8") + "- id: [\n", encoding="utf-8")
    result = runner.invoke(args=["content", "load", "--dir", str(broken)])
    assert result.exit_code == 2
    assert f"{target}:" in result.output
    assert "database is unchanged" in result.output
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Article)) == 0


def test_demo_without_serving_sets_up_a_teacher_and_a_playable_room(runner, app):
    result = runner.invoke(args=["demo", "--no-serve"])
    assert result.exit_code == 0, result.output
    assert "demo@quizgame.local" in result.output
    with app.app_context():
        room = db.session.scalars(select(Room)).one()
        assert f"/join?code={room.code}" in result.output
        kinds = [rq.question.kind for rq in room.room_questions]
        assert set(kinds) == set(GENERATED_KINDS), "the demo shows every kind of question"
        assert all(kinds.count(kind) <= DEMO_PER_KIND for kind in GENERATED_KINDS)
        assert any(rq.question.control for rq in room.room_questions), "and a control item"
        assert all(rq.question.status == "approved" for rq in room.room_questions)
        assert db.session.scalar(select(func.count()).select_from(Teacher)) == 1
    again = runner.invoke(args=["demo", "--no-serve"])
    assert again.exit_code == 0
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Room)) == 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_readme_run_command_serves_the_home_page(tmp_path):
    """`quizgame demo` from a fresh directory: prints a login and a join URL, then serves `/`."""
    port = _free_port()
    env = {
        **os.environ,
        "QUIZGAME_DATABASE_URL": f"sqlite:///{tmp_path}/demo.sqlite",
        "SECRET_KEY": "t",
        "QUIZGAME_CONTENT_DIR": str(CONTENT),
    }
    command = [sys.executable, "-c", "from quizgame.cli import main; main()", "demo", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        status = None
        while time.monotonic() < deadline and status is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    status = response.status
            except OSError:
                time.sleep(0.3)
        assert status == 200
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    assert "e-mail:       demo@quizgame.local" in output
    assert "Join URL:" in output


def test_a_second_demo_run_keeps_the_first_password(runner, app):
    first = runner.invoke(args=["demo", "--no-serve"])
    password = re.search(r"password:\s+(\S+)", first.output).group(1)
    again = runner.invoke(args=["demo", "--no-serve"])
    assert again.exit_code == 0 and password not in again.output and "unchanged since the first run" in again.output
    with app.app_context():
        teacher = db.session.scalar(select(Teacher))
        assert check_password_hash(teacher.password_hash, password)


def test_teacher_reset_password_sets_a_new_one_that_logs_in(runner, app):
    with app.app_context():
        make_teacher("Ms.Reed@School.org")
    result = runner.invoke(args=["teacher", "reset-password", "ms.reed@school.org"])
    assert result.exit_code == 0, result.output
    new = re.search(r"New password for ms.reed@school.org: (\S+)", result.output).group(1)
    chosen = runner.invoke(args=["teacher", "reset-password", "ms.reed@school.org", "--password", "a long new secret"])
    assert chosen.exit_code == 0 and "Password changed" in chosen.output
    with app.app_context():
        teacher = db.session.scalar(select(Teacher))
        assert check_password_hash(teacher.password_hash, "a long new secret")
        assert not check_password_hash(teacher.password_hash, new)
    unknown = runner.invoke(args=["teacher", "reset-password", "nobody@school.org"])
    assert unknown.exit_code == 2 and "No teacher has the e-mail nobody@school.org" in unknown.output
    short = runner.invoke(args=["teacher", "reset-password", "ms.reed@school.org", "--password", "short"])
    assert short.exit_code == 2 and "at least 10 characters" in short.output


def test_demo_lan_prints_and_links_the_machines_network_address(runner, app):
    from quizgame.lan import lan_address

    address = lan_address()
    result = runner.invoke(args=["demo", "--lan", "--no-serve"])
    assert result.exit_code == 0, result.output
    if address is None:
        assert "no network address found" in result.output
        return
    assert f"Join URL:       http://{address}:5000/join?code=" in result.output
    assert "0.0.0.0" not in result.output and "127.0.0.1" not in result.output
    assert app.config["PUBLIC_URL"] == f"http://{address}:5000"
