"""Finding the player from the cookie: one rule (quizgame.game.player_lookup), and every path that
reads a player from a (room code, rejoin token) pair names the same one: the ORM pages
(find_player), the self-paced seat (find_seat), a live answer alone (read_answer_seat) and in a
batch (read_answer_seats)."""

from __future__ import annotations

import pytest

from quizgame.extensions import db
from quizgame.game.fast_path.answer_rows import read_answer_seat, read_answer_seats
from quizgame.game.fast_path.seat_rows import find_seat
from quizgame.game.player_lookup import find_player
from tests.factories import make_player, make_room
from tests.game.three_questions import NOW


def named(code: str, token: str | None, with_removed: bool) -> dict[str, int | None]:
    """The player id each path finds for this browser, None where it finds nobody."""
    connection = db.session.connection()
    player = find_player(db.session, code, token, with_removed)
    found = {"find_player": None if player is None else player.id}
    if not with_removed:  # the self-paced seat never seats a removed player
        seat = find_seat(connection, code, token, NOW)[1]
        found["find_seat"] = None if seat is None else seat.player_id
    if with_removed:  # a live answer reads the removed player too, to refuse it with the reason
        answering = read_answer_seat(connection, code, token)[0]
        found["read_answer_seat"] = None if answering is None else answering.seat.player_id
        batch = read_answer_seats(connection, [(code, token)]) if token else {}
        found["read_answer_seats"] = batch[code, token].seat.player_id if (code, token) in batch else None
    return found


@pytest.mark.parametrize("with_removed", [False, True])
def test_every_path_names_the_player_of_the_token_in_its_room_only(answering, with_removed):
    room, sam, _ = answering
    ana = make_player(room, "Ana")
    other = make_room(room.classroom, [], title="Other")
    db.session.commit()
    assert set(named(room.code, sam.rejoin_token, with_removed).values()) == {sam.id}
    assert set(named(room.code, ana.rejoin_token, with_removed).values()) == {ana.id}
    assert set(named(other.code, sam.rejoin_token, with_removed).values()) == {None}  # another room's token
    assert set(named(room.code, "not-a-token", with_removed).values()) == {None}
    assert set(named(room.code, None, with_removed).values()) == {None}  # no token names nobody
    assert set(named(room.code, "", with_removed).values()) == {None}


def test_a_removed_player_is_named_only_where_the_caller_asks_for_them(answering):
    room, sam, _ = answering
    sam.removed = True
    db.session.commit()
    assert set(named(room.code, sam.rejoin_token, with_removed=False).values()) == {None}
    assert set(named(room.code, sam.rejoin_token, with_removed=True).values()) == {sam.id}
