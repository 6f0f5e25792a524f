"""Joining a room and coming back to it. A student has no account: a player row, a secret rejoin
token and a random browser id (both kept in the student's signed cookie) are all there is."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, object_session

from quizgame.game import join_codes, nicknames
from quizgame.game.dialect_insert import insert_for
from quizgame.game.player_lookup import find_player
from quizgame.models import Classroom, Player, Room, RoomMode, RoomPhase, RoomStatus, RosterStudent


class JoinRefused(ValueError):
    """The student cannot join; the message is written for them."""


def new_browser_id() -> str:
    return secrets.token_urlsafe(16)


def find_room(session: Session, code: str) -> Room | None:
    """The room with this code, its classroom and roster loaded with it: the join page needs all three."""
    return session.scalar(
        select(Room).where(Room.code == code).options(joinedload(Room.classroom).joinedload(Classroom.roster))
    )


def resume(session: Session, room: Room, rejoin_token: str | None, now: dt.datetime) -> Player | None:
    """The player this token belongs to in this room, unless the teacher removed them, seen now
    (quizgame.game.player_lookup: the one rule that finds a player from the cookie)."""
    player = find_player(session, room.code, rejoin_token)
    if player is not None:
        player.last_seen_at = now
    return player


def join(
    session: Session,
    room: Room,
    browser_id: str,
    now: dt.datetime,
    nickname: str | None = None,
    roster_student_id: int | None = None,
) -> Player:
    """A new player in the room, by nickname or (in a classroom with a roster) by roster name."""
    _check_room_accepts_players(room)
    # Who is in the room already, read once: for the removed check and the taken-name check.
    present = session.execute(
        select(Player.nickname, Player.browser_id, Player.removed).where(Player.room_id == room.id)
    ).all()
    if any(removed and browser == browser_id for _, browser, removed in present):
        raise JoinRefused("Your teacher removed you from this room, so you cannot join it again.")
    if room.classroom.roster:
        # A roster name is the student's identity: a removed seat no longer holds it.
        present = [row for row in present if not row.removed]
    roster_student = None
    if room.classroom.roster:
        roster_student = session.get(RosterStudent, roster_student_id) if roster_student_id else None
        if roster_student is None or roster_student.classroom_id != room.classroom_id:
            raise JoinRefused("Choose your name from the list.")
        display = roster_student.display_name
    else:
        try:
            display = nicknames.validate(nickname or "")
        except nicknames.NicknameError as exc:
            raise JoinRefused(str(exc)) from exc
    if _name_taken((name for name, _, _ in present), display):
        raise JoinRefused(_taken_message(display, roster_student is not None))
    values = {
        "room_id": room.id,
        "nickname": display,
        "rejoin_token": secrets.token_urlsafe(32),
        "browser_id": browser_id,
        "roster_student_id": roster_student.id if roster_student else None,
        "joined_at": now,
        "last_seen_at": now,
    }
    # One statement, no savepoint: when two students send the same name at the same moment, the
    # database's unique constraint decides and the second insert simply returns nothing.
    insert = insert_for(session.get_bind().dialect.name, Player).values(values).on_conflict_do_nothing()
    player = session.scalars(insert.returning(Player)).first()
    if player is None:
        raise JoinRefused(_taken_message(display, roster_student is not None))
    return player


def issue_rejoin_code(room: Room, player: Player, make_code: Callable[[], str] = join_codes.new_code) -> str:
    """A one-time code that lets this player back in from any browser, to the same seat with the
    same answers and points; it also undoes a removal. A new code replaces an unused one."""
    if player.room_id != room.id:
        raise JoinRefused("That player is not in this room.")
    if player.removed and _held_by_another(player):
        raise JoinRefused(
            f"{player.nickname} is in the room again on another seat, so this removed one cannot come back:"
            " give that seat a rejoin code if the student needs one."
        )
    player.rejoin_code = make_code()
    return player.rejoin_code


def rejoin(session: Session, room: Room, code: str, browser_id: str, now: dt.datetime) -> Player:
    """The player whose rejoin code this is, now belonging to this browser. The code is used up and
    the seat gets a new token, so the browser the student lost cannot go on playing as them."""
    _check_room_accepts_players(room, rejoining=True)
    typed = join_codes.normalise(code)
    player = (
        session.scalar(select(Player).where(Player.room_id == room.id, Player.rejoin_code == typed))
        if join_codes.looks_valid(typed)
        else None
    )
    if player is None:
        raise JoinRefused("That rejoin code is not right. Check it with your teacher: it has 6 letters and numbers.")
    if player.removed and _held_by_another(player):
        raise JoinRefused(f"{player.nickname} is in the room on another seat. Ask your teacher for help.")
    player.rejoin_code = None
    player.removed = False
    player.browser_id = browser_id
    player.rejoin_token = secrets.token_urlsafe(32)
    player.last_seen_at = now
    room.version += 1  # the live pages count players who are in the room
    return player


@dataclass(frozen=True)
class SeatNote:
    """What the teacher's player list shows besides progress: removed, or a rejoin code waiting."""

    player_id: int
    nickname: str
    removed: bool
    rejoin_code: str | None


def seat_notes(session: Session, room_id: int) -> dict[int, SeatNote]:
    """Players of the room who were removed or hold an unused rejoin code, by player id."""
    rows = session.execute(
        select(Player.id, Player.nickname, Player.removed, Player.rejoin_code)
        .where(Player.room_id == room_id, (Player.removed.is_(True)) | (Player.rejoin_code.is_not(None)))
        .order_by(Player.joined_at, Player.id)
    )
    return {row.id: SeatNote(row.id, row.nickname, bool(row.removed), row.rejoin_code) for row in rows}


def _check_room_accepts_players(room: Room, rejoining: bool = False) -> None:
    if room.status != RoomStatus.OPEN:
        raise JoinRefused("This room is closed for now. Ask your teacher to reopen it.")
    if rejoining:
        return
    if room.new_players_closed:
        raise JoinRefused(
            "This room takes no new players at the moment. If you were in it, ask your teacher for a rejoin code."
        )
    if room.mode == RoomMode.LIVE and not room.late_join and room.phase != RoomPhase.LOBBY:
        raise JoinRefused("This game has already started and does not take late joiners.")


def _held_by_another(player: Player) -> bool:
    """Whether a player still in the room holds this removed player's name (a roster student who
    joined again after the removal): undoing the removal would seat the name twice."""
    session = object_session(player)
    assert session is not None
    others = session.scalars(
        select(Player.nickname).where(
            Player.room_id == player.room_id, Player.id != player.id, Player.removed.is_(False)
        )
    )
    return _name_taken(others, player.nickname)


def _name_taken(names: Iterable[str], display: str) -> bool:
    # By case and by TR39 skeleton, so neither "Sam" and "sam" nor "Mia Lee" and a Cyrillic "Міа Lее" can both be
    # on the leaderboard.
    wanted = nicknames.name_keys(display)
    return any(nicknames.same_name(nicknames.name_keys(name), wanted) for name in names)


def _taken_message(display: str, roster: bool) -> str:
    if roster:
        return (
            f"{display} has already joined this room. If that is you, ask your teacher for a rejoin code"
            " and type it below: you keep your answers and points."
        )
    return (
        f"Someone in this room is already called {display}. Please pick another nickname; if that is you on"
        " another device, ask your teacher for a rejoin code and type it below."
    )
