"""Who the student is in each room, kept in Flask's signed session cookie: a random browser id and,
per room code, the player's rejoin token. Nothing else about the student is stored in the browser."""

from __future__ import annotations

from flask import session

from quizgame.extensions import db
from quizgame.game.player_lookup import find_player
from quizgame.game.players import new_browser_id
from quizgame.models import Player
from quizgame.web.common.request_log import note_player

PLAYERS_KEY = "players"
BROWSER_KEY = "browser_id"


def browser_id() -> str:
    if BROWSER_KEY not in session:
        session[BROWSER_KEY] = new_browser_id()
        session.permanent = True
    return str(session[BROWSER_KEY])


def rejoin_token(code: str) -> str | None:
    token = session.get(PLAYERS_KEY, {}).get(code)
    return str(token) if token else None


def remember(code: str, token: str) -> None:
    players = dict(session.get(PLAYERS_KEY, {}))
    players[code] = token
    session[PLAYERS_KEY] = players
    session.permanent = True


def current_player(code: str, with_removed: bool = False) -> Player | None:
    """This browser's player in the room with this code (quizgame.game.player_lookup.find_player), noted
    for the request's log line."""
    player = find_player(db.session, code, rejoin_token(code), with_removed)
    if player is not None:
        note_player(player.id)
    return player
