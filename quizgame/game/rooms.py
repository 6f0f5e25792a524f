"""Rooms: choosing questions, creating a room with its settings and join code, opening, closing,
and removing a player. Plain functions over a Session with an explicit clock; the caller commits."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session

from quizgame.game.join_codes import new_code
from quizgame.game.question_pick import Traits, pick_varied, traits_of
from quizgame.models import (
    Answer,
    Article,
    Classroom,
    Delivery,
    Player,
    Question,
    Room,
    RoomQuestion,
    RoomStatus,
    question_articles,
)


class RoomError(ValueError):
    """A request the room cannot carry out; the message is written for the teacher."""


@dataclass(frozen=True)
class QuestionFilter:
    """Which approved questions a room draws from. Empty sequences mean "any"."""

    article_ids: Sequence[int] = ()
    skills: Sequence[str] = ()
    difficulties: Sequence[int] = ()
    count: int = 10
    # The teacher's own questions (imported from another tool, tied to no article), beside or
    # instead of the chosen articles'.
    own_questions: bool = False


@dataclass(frozen=True)
class RoomSettings:
    title: str
    mode: str = "self_paced"
    scoring: str = "accuracy"
    seconds_per_question: int = 60
    shuffle_questions: bool = False
    shuffle_choices: bool = False
    show_explanations: bool = True
    leaderboard: str = "live"
    late_join: bool = True


def visible_questions(teacher_id: int):  # type: ignore[no-untyped-def]
    """Approved questions a teacher may use: the shared ones and their own."""
    return select(Question).where(
        Question.status == "approved", or_(Question.owner_id.is_(None), Question.owner_id == teacher_id)
    )


def articles_with_questions(session: Session, teacher_id: int) -> list[Article]:
    """Articles a room can be built from: those with at least one usable question."""
    usable = visible_questions(teacher_id).with_only_columns(Question.id)
    return list(
        session.scalars(
            select(Article)
            .join(question_articles, question_articles.c.article_id == Article.id)
            .where(question_articles.c.question_id.in_(usable))
            .where(or_(Article.owner_id.is_(None), Article.owner_id == teacher_id))
            .distinct()
            .order_by(Article.outlet, Article.headline)
        )
    )


def has_own_questions(session: Session, teacher_id: int) -> bool:
    """Whether the teacher has approved questions of their own to offer beside the articles."""
    own = visible_questions(teacher_id).where(Question.owner_id == teacher_id, Question.origin.is_not(None))
    return session.scalar(own.with_only_columns(Question.id).limit(1)) is not None


def select_questions(
    session: Session,
    teacher_id: int,
    wanted: QuestionFilter,
    rng: random.Random | None = None,
    earlier: Sequence[Question] = (),
) -> list[Question]:
    """Up to `count` matching questions, picked at random but varied across kinds, never two on one
    sentence, keys spread over the room and over the questions the classroom was asked before,
    `earlier` (quizgame/game/question_pick.py), then ordered by article for reading flow."""
    query = visible_questions(teacher_id)
    sources = []
    if wanted.article_ids:
        sources.append(
            Question.id.in_(
                select(question_articles.c.question_id).where(question_articles.c.article_id.in_(wanted.article_ids))
            )
        )
    if wanted.own_questions:
        sources.append(and_(Question.owner_id == teacher_id, Question.origin.is_not(None)))
    if sources:
        query = query.where(or_(*sources))
    if wanted.skills:
        query = query.where(Question.skill.in_(wanted.skills))
    if wanted.difficulties:
        query = query.where(Question.difficulty.in_(wanted.difficulties))
    matching = list(session.scalars(query.order_by(Question.id)))
    picked = pick_varied(matching, wanted.count, _traits, rng or random.Random(), [_traits(q) for q in earlier])
    return sorted(picked, key=lambda q: (q.evidence_article_id or 0, q.difficulty, q.id))


def asked_in_classroom(session: Session, classroom_id: int) -> list[Question]:
    """The questions the classroom's rooms asked so far, once each: a new room spreads its keys
    against these too, since a class that compares notes across rooms finds a pattern there."""
    return list(
        session.scalars(
            select(Question)
            .where(
                Question.id.in_(
                    select(RoomQuestion.question_id)
                    .join(Room, Room.id == RoomQuestion.room_id)
                    .where(Room.classroom_id == classroom_id)
                )
            )
            .order_by(Question.id)
        )
    )


def _traits(question: Question) -> Traits:
    sentence = None
    if (
        question.evidence_article_id is not None
        and question.evidence_start is not None
        and question.evidence_end is not None
    ):
        sentence = (question.evidence_article_id, question.evidence_start, question.evidence_end)
    return traits_of(question.kind, sentence, question.control, question.choices, question.correct)


def unused_code(session: Session, make_code: Callable[[], str] = new_code, attempts: int = 50) -> str:
    """A join code no room has. 31^6 codes make a clash rare; the unique constraint is the backstop."""
    for _ in range(attempts):
        code = make_code()
        if session.scalar(select(Room.id).where(Room.code == code)) is None:
            return code
    raise RoomError("Could not find a free join code; please try again.")


def create_room(
    session: Session,
    classroom: Classroom,
    settings: RoomSettings,
    questions: Sequence[Question],
    now: dt.datetime,
    make_code: Callable[[], str] = new_code,
) -> Room:
    if not questions:
        raise RoomError("No approved questions match that selection. Widen the filters and try again.")
    if classroom.archived:
        raise RoomError("This classroom is archived; restore it before creating rooms.")
    room = Room(
        classroom=classroom,
        code=unused_code(session, make_code),
        title=settings.title,
        mode=settings.mode,
        scoring=settings.scoring,
        seconds_per_question=settings.seconds_per_question,
        shuffle_questions=settings.shuffle_questions,
        shuffle_choices=settings.shuffle_choices,
        show_explanations=settings.show_explanations,
        leaderboard=settings.leaderboard,
        late_join=settings.late_join,
        status=RoomStatus.OPEN,
        created_at=now,
        opened_at=now,
    )
    room.room_questions = [RoomQuestion(position=i, question=q) for i, q in enumerate(questions)]
    session.add(room)
    session.flush()
    return room


# Settings that decide what each student is shown and in which order: changed once students have
# joined, a student could meet a question twice or skip one, so they are fixed from then on.
FIXED_ONCE_JOINED = ("mode", "shuffle_questions", "shuffle_choices")


def update_settings(session: Session, room: Room, settings: RoomSettings) -> None:
    """A room's settings changed by its teacher. Scoring and time limits apply to answers given
    from now on; answers already stored keep their points."""
    joined = session.scalar(select(Player.id).where(Player.room_id == room.id).limit(1)) is not None
    if joined:
        changed = [name for name in FIXED_ONCE_JOINED if getattr(room, name) != getattr(settings, name)]
        if changed:
            labels = {
                "mode": "the pace",
                "shuffle_questions": "question shuffling",
                "shuffle_choices": "choice shuffling",
            }
            raise RoomError(
                f"Students have joined, so {' and '.join(labels[n] for n in changed)} can no longer change."
                " Copy the room to play it another way."
            )
    for name in RoomSettings.__dataclass_fields__:
        setattr(room, name, getattr(settings, name))
    room.version += 1


def copy_room(session: Session, room: Room, now: dt.datetime, make_code: Callable[[], str] = new_code) -> Room:
    """A fresh room with the same questions and settings, a new code and nobody in it: last term's
    room, reused next term. Its results start empty; the original's stay where they are."""
    settings = RoomSettings(**{name: getattr(room, name) for name in RoomSettings.__dataclass_fields__})
    title = f"{room.title} (copy)"[:100]
    questions = [rq.question for rq in room.room_questions]
    copy = create_room(session, room.classroom, replace(settings, title=title), questions, now, make_code)
    for original, copied in zip(room.room_questions, copy.room_questions, strict=True):
        copied.seconds = original.seconds
    return copy


QUESTION_SECONDS = (5, 600)  # as the room's own limit (the rooms table's check)


def set_question_seconds(room: Room, seconds: Mapping[int, int | None]) -> None:
    """The teacher's time limits for single questions, by RoomQuestion id; None gives a question back
    the room's limit. Like the room's, they apply to answers given from now on."""
    low, high = QUESTION_SECONDS
    for room_question in room.room_questions:
        if room_question.id not in seconds:
            continue
        value = seconds[room_question.id]
        if value is not None and not low <= value <= high:
            raise RoomError(f"Question {room_question.position + 1}: a time limit is {low} to {high} seconds.")
        room_question.seconds = value
    room.version += 1


def room_counts(session: Session, room_id: int) -> tuple[int, int]:
    """(players, answers) of a room: what deleting it would take with it."""
    players = session.scalar(select(func.count()).select_from(Player).where(Player.room_id == room_id)) or 0
    answers = (
        session.scalar(
            select(func.count())
            .select_from(Answer)
            .join(Player, Player.id == Answer.player_id)
            .where(Player.room_id == room_id)
        )
        or 0
    )
    return players, answers


def delete_room(session: Session, room: Room) -> None:
    """The room and everything in it (players, answers, deliveries), by the database's cascades."""
    session.execute(delete(Room).where(Room.id == room.id))
    session.expunge(room)


def open_room(room: Room, now: dt.datetime) -> None:
    room.status = RoomStatus.OPEN
    room.opened_at = now
    room.closed_at = None
    room.version += 1


def close_room(room: Room, now: dt.datetime) -> None:
    room.status = RoomStatus.CLOSED
    room.closed_at = now
    room.version += 1


def remove_player(session: Session, room: Room, player: Player, delete_answers: bool = False) -> int:
    """Removed, not deleted: the row keeps the browser id, so the same browser cannot come back
    under another name; it keeps its name and roster link, so its answers stay the student's in the
    reports, marked removed, unless the teacher asks for them to go too. A roster name is released
    (the real student can join under it: an impostor, a wrong tap), a nickname stays taken; a rejoin
    code undoes the removal while nobody else holds the name (game/players.py). Returns how many
    answers were deleted."""
    if player.room_id != room.id:
        raise RoomError("That player is not in this room.")
    player.removed = True
    player.rejoin_code = None
    room.version += 1
    if not delete_answers:
        return 0
    deleted = session.execute(delete(Answer).where(Answer.player_id == player.id))
    session.execute(delete(Delivery).where(Delivery.player_id == player.id))
    return int(deleted.rowcount or 0)
