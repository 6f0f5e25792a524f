"""The one rule that finds a student's player from their cookie.

A student has no account: their browser's signed cookie holds, per room code, the player's rejoin
token (quizgame.web.common.student). A (room code, rejoin token) pair names at most one player:
the one holding that token in the room with that code. A browser without a token for the room
names nobody. A player the teacher removed is named only where the caller asks for them: the live
pages tell such a student they were removed, a live answer is refused with that reason.

Every path finds the player through this rule: the ORM pages (find_player, here), the self-paced
fast path (quizgame.game.fast_path.seat_rows.find_seat) and the live answer's, alone and in a
batch (quizgame.game.fast_path.answer_rows). The fast paths read narrower typed rows in one
prebuilt statement each, so the rule is a join condition they build their statement around
(`names_player`, `names_players`) with the parameters `key` gives, not a query of its own.
"""

from __future__ import annotations

from sqlalchemy import BindParameter, ColumnElement, and_, bindparam, select, tuple_
from sqlalchemy.orm import Session, contains_eager

from quizgame.models import Player, Room

_rooms, _players = Room.__table__, Player.__table__

# What names a player: the code of their room and their rejoin token.
_KEY = (_rooms.c.code, _players.c.rejoin_token)


def names_player(with_removed: bool) -> ColumnElement[bool]:
    """The condition joining players to rooms that keeps only the player the parameters `code` and
    `token` (see `key`) name, removed or not as asked."""
    return _kept(and_(_KEY[0] == bindparam("code"), _KEY[1] == bindparam("token")), with_removed)


def names_players(pairs: BindParameter[object], with_removed: bool) -> ColumnElement[bool]:
    """names_player for many browsers at once: `pairs`, an expanding parameter of (code, token)."""
    return _kept(tuple_(*_KEY).in_(pairs), with_removed)


def _kept(key_matches: ColumnElement[bool], with_removed: bool) -> ColumnElement[bool]:
    condition = and_(_players.c.room_id == _rooms.c.id, key_matches)
    return condition if with_removed else and_(condition, _players.c.removed.is_(False))


def key(code: str, rejoin_token: str | None) -> dict[str, str | None]:
    """names_player's parameters for this browser in the room with this code. A browser holding no
    token for the room binds NULL, which equals no player's token: the statement names nobody (a
    caller that needs nothing else from it skips it, `names_nobody`)."""
    return {"code": code, "token": rejoin_token or None}


def names_nobody(rejoin_token: str | None) -> bool:
    """Whether the statement is sure to find no player: the browser holds no token for the room."""
    return not rejoin_token


def find_player(session: Session, code: str, rejoin_token: str | None, with_removed: bool = False) -> Player | None:
    """The player this browser's rejoin token names in the room with this code, loaded with its
    room in one query: how the ORM pages (joining, the live pages, the students' leaderboard) find
    a student. A plain read: it writes nothing."""
    if names_nobody(rejoin_token):
        return None
    query = select(Player).join(Room, names_player(with_removed)).options(contains_eager(Player.room))
    return session.scalar(query, key(code, rejoin_token))
