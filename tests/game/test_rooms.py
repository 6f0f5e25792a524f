"""Room operations: choosing approved questions, creating a room with a fresh code, opening,
closing and removing players."""

from __future__ import annotations

import datetime as dt
import random
from itertools import cycle

import pytest
from sqlalchemy import func, select

from quizgame.extensions import db
from quizgame.game import rooms
from quizgame.game.join_codes import looks_valid
from quizgame.models import Answer, Question, Room
from tests.factories import load_demo_content, make_classroom, make_player, make_room, make_teacher

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def test_selection_keeps_to_approved_questions_matching_every_filter(app_ctx):
    approved = load_demo_content()
    teacher = make_teacher()
    everything = rooms.select_questions(db.session, teacher.id, rooms.QuestionFilter(count=len(approved)))
    assert {q.id for q in everything} <= {q.id for q in approved}
    assert {q.kind for q in everything} == {q.kind for q in approved}
    wanted = rooms.QuestionFilter(skills=["sourcing"], difficulties=[1], count=50)
    chosen = rooms.select_questions(db.session, teacher.id, wanted)
    assert chosen and all(q.skill == "sourcing" and q.difficulty == 1 for q in chosen)


def test_selection_by_article_and_count(app_ctx):
    load_demo_content()
    teacher = make_teacher()
    articles = rooms.articles_with_questions(db.session, teacher.id)
    assert {a.outlet for a in articles} == {"ABC News", "The Daily Caller", "Fox News"}
    abc = next(a for a in articles if a.outlet == "ABC News")
    chosen = rooms.select_questions(db.session, teacher.id, rooms.QuestionFilter([abc.id], count=2), random.Random(1))
    assert len(chosen) == 2
    assert all(abc in q.articles for q in chosen)


def test_a_room_from_one_article_is_varied_and_never_asks_twice_about_one_sentence(app_ctx):
    load_demo_content()
    teacher = make_teacher()
    abc = next(a for a in rooms.articles_with_questions(db.session, teacher.id) if a.outlet == "ABC News")
    for seed in range(5):
        chosen = rooms.select_questions(
            db.session, teacher.id, rooms.QuestionFilter([abc.id], count=10), random.Random(seed)
        )
        assert len(chosen) == 10 and len({q.kind for q in chosen}) >= 5
        spans = [
            (q.evidence_article_id, q.evidence_start, q.evidence_end) for q in chosen if q.evidence_start is not None
        ]
        assert not [
            (a, b) for i, a in enumerate(spans) for b in spans[i + 1 :] if a[0] == b[0] and a[1] < b[2] and b[1] < a[2]
        ]
        assert sum(q.control for q in chosen) >= 2


def test_a_new_room_spreads_its_keys_against_what_the_classroom_was_asked_before(app_ctx):
    """The questions of a classroom's rooms are its history (each once, not another classroom's); a
    new room picks its attribution items on the ways those rooms asked least."""
    approved = load_demo_content()
    teacher = make_teacher()
    classroom, other = make_classroom(teacher), make_classroom(teacher, "Period 4")
    ways = [q for q in approved if q.kind == "attribution_type" and not q.control]  # controls: one way, kept
    # the rarest way, which a room with no history would take first (a rare key is not the safe guess)
    rarest = min({q.correct[0] for q in ways}, key=lambda k: sum(q.correct[0] == k for q in ways))
    asked = [q for q in ways if q.correct[0] == rarest]
    make_room(classroom, asked)
    make_room(classroom, asked[:1])
    make_room(other, [q for q in approved if q not in asked][:3])
    earlier = rooms.asked_in_classroom(db.session, classroom.id)
    assert sorted(q.id for q in earlier) == sorted(q.id for q in asked)
    others = sum(q.correct[0] != rarest for q in approved if q.kind == "attribution_type")
    for seed in range(5):
        wanted = rooms.QuestionFilter(skills=["sourcing"], count=4)
        chosen = rooms.select_questions(db.session, teacher.id, wanted, random.Random(seed), earlier)
        keys = [q.correct[0] for q in chosen if q.kind == "attribution_type"]
        assert 0 < len(keys) <= others and rarest not in keys, seed


def test_candidate_and_other_teachers_questions_are_never_selected(app_ctx):
    load_demo_content()
    teacher, other = make_teacher(), make_teacher("other@example.org")
    question = db.session.scalars(select(Question)).first()
    question.owner_id = other.id
    db.session.commit()
    chosen = rooms.select_questions(db.session, teacher.id, rooms.QuestionFilter(count=50))
    assert question.id not in {q.id for q in chosen}
    question.owner_id, question.status = None, "candidate"
    db.session.commit()
    assert question.id not in {
        q.id for q in rooms.select_questions(db.session, teacher.id, rooms.QuestionFilter(count=50))
    }


def test_create_room_stores_settings_questions_and_a_valid_code(app_ctx):
    questions = load_demo_content()[:3]
    classroom = make_classroom(make_teacher())
    settings = rooms.RoomSettings(title="Friday", scoring="speed", seconds_per_question=20, leaderboard="hidden")
    room = rooms.create_room(db.session, classroom, settings, questions, NOW)
    db.session.commit()
    assert looks_valid(room.code)
    assert [rq.question_id for rq in room.room_questions] == [q.id for q in questions]
    assert (room.scoring, room.seconds_per_question, room.leaderboard, room.status) == ("speed", 20, "hidden", "open")


def test_a_taken_code_is_never_reused(app_ctx):
    questions = load_demo_content()[:1]
    classroom = make_classroom(make_teacher())
    codes = cycle(["ABCDEF", "ABCDEF", "GHJKMN"])
    first = rooms.create_room(db.session, classroom, rooms.RoomSettings("A"), questions, NOW, lambda: next(codes))
    second = rooms.create_room(db.session, classroom, rooms.RoomSettings("B"), questions, NOW, lambda: next(codes))
    assert (first.code, second.code) == ("ABCDEF", "GHJKMN")
    with pytest.raises(rooms.RoomError, match="free join code"):
        rooms.unused_code(db.session, lambda: "ABCDEF", attempts=3)


def test_create_room_refuses_no_questions_and_archived_classrooms(app_ctx):
    questions = load_demo_content()[:1]
    classroom = make_classroom(make_teacher())
    with pytest.raises(rooms.RoomError, match="No approved questions"):
        rooms.create_room(db.session, classroom, rooms.RoomSettings("A"), [], NOW)
    classroom.archived = True
    with pytest.raises(rooms.RoomError, match="archived"):
        rooms.create_room(db.session, classroom, rooms.RoomSettings("A"), questions, NOW)


def test_open_close_and_remove_player_bump_the_room_version(app_ctx):
    room = make_room(make_classroom(make_teacher()))
    player = make_player(room, "Sam")
    rooms.close_room(room, NOW)
    assert (room.status, room.closed_at, room.version) == ("closed", NOW, 1)
    rooms.open_room(room, NOW)
    assert (room.status, room.closed_at, room.version) == ("open", None, 2)
    rooms.remove_player(db.session, room, player)
    assert player.removed and room.version == 3
    other = make_room(room.classroom, load_demo_content()[:1], title="Other")
    with pytest.raises(rooms.RoomError):
        rooms.remove_player(db.session, other, player)


def test_settings_change_freely_until_students_join_then_pace_and_shuffles_stay(app_ctx):
    room = make_room(make_classroom(make_teacher()), load_demo_content()[:2])
    new = rooms.RoomSettings("Next term", mode="live", scoring="speed", seconds_per_question=20, leaderboard="hidden")
    rooms.update_settings(db.session, room, new)
    assert (room.title, room.mode, room.scoring, room.seconds_per_question, room.leaderboard) == (
        "Next term",
        "live",
        "speed",
        20,
        "hidden",
    )
    make_player(room, "Sam")
    rooms.update_settings(
        db.session, room, rooms.RoomSettings("Later", mode="live", scoring="accuracy", seconds_per_question=90)
    )
    assert (room.title, room.scoring, room.seconds_per_question) == ("Later", "accuracy", 90)
    with pytest.raises(rooms.RoomError, match="the pace and question shuffling can no longer change"):
        rooms.update_settings(db.session, room, rooms.RoomSettings("X", mode="self_paced", shuffle_questions=True))
    assert room.mode == "live" and room.title == "Later"


def test_a_copy_has_the_questions_and_settings_a_new_code_and_nobody_in_it(app_ctx):
    questions = load_demo_content()[:3]
    room = make_room(
        make_classroom(make_teacher()), questions, scoring="speed", seconds_per_question=25, title="Autumn"
    )
    make_player(room, "Sam")
    copy = rooms.copy_room(db.session, room, NOW)
    assert copy.id != room.id and copy.code != room.code and looks_valid(copy.code)
    assert (copy.title, copy.scoring, copy.seconds_per_question, copy.status) == ("Autumn (copy)", "speed", 25, "open")
    assert [rq.question_id for rq in copy.room_questions] == [rq.question_id for rq in room.room_questions]
    assert copy.players == [] and copy.classroom_id == room.classroom_id


def test_deleting_a_room_takes_its_players_and_answers_and_nothing_else(app_ctx):
    from tests.factories import make_answer

    questions = load_demo_content()[:2]
    classroom = make_classroom(make_teacher())
    doomed, kept = make_room(classroom, questions, title="Doomed"), make_room(classroom, questions, title="Kept")
    for room in (doomed, kept):
        make_answer(make_player(room, "Sam"), questions[0], [0], 1000)
    assert rooms.room_counts(db.session, doomed.id) == (1, 1)
    rooms.delete_room(db.session, doomed)
    db.session.commit()
    assert [r.title for r in db.session.scalars(select(Room))] == ["Kept"]
    assert db.session.scalar(select(func.count()).select_from(Answer)) == 1
    assert db.session.get(Question, questions[0].id) is not None


def test_a_question_can_have_its_own_time_limit_which_a_copy_keeps(app_ctx):
    """Issue 16: 3: a teacher overrides the room's time limit for one question."""
    room = make_room(make_classroom(make_teacher()), load_demo_content()[:3], seconds_per_question=30)
    first, second, third = room.room_questions
    version = room.version
    rooms.set_question_seconds(room, {first.id: 90, second.id: None})
    assert (first.seconds, second.seconds, third.seconds) == (90, None, None)
    assert room.version == version + 1  # the live pages pick the new limit up
    with pytest.raises(rooms.RoomError, match="Question 2: a time limit is 5 to 600 seconds"):
        rooms.set_question_seconds(room, {second.id: 601})
    copy = rooms.copy_room(db.session, room, dt.datetime(2026, 3, 2, tzinfo=dt.UTC))
    assert [rq.seconds for rq in copy.room_questions] == [90, None, None]
