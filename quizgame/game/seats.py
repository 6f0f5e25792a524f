"""A player's seat in a self-paced room: the room's settings, the player, and each question in the
player's order with its delivery and answer. Every self-paced request needs these same facts; the
fast path reads them in one statement (quizgame.game.fast_path.seat_rows.find_seat).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from quizgame.game.play import rules


@dataclass(frozen=True)
class RoomView:
    """A room as the self-paced path reads it: its code, mode, status and the settings play follows."""

    id: int
    code: str
    mode: str
    status: str
    scoring: str
    seconds_per_question: int
    shuffle_questions: bool
    shuffle_choices: bool
    show_explanations: bool


@dataclass(frozen=True)
class Slot:
    """One question as this player meets it: its delivery and answer, and what delivering and
    scoring it need (its kind and choices; its key only when the seat was read to score an answer).
    What the player is shown of it is a QuestionView (quizgame.game.question_view)."""

    question_id: str
    kind: str
    # JSON, decoded on use: a request touches one slot's choices, key and order, not all ten.
    choices_json: str
    delivered_at: dt.datetime | None
    choice_order_json: str | None
    answer_id: int | None
    answer_correct: bool | None
    answered_at: dt.datetime | None
    seconds: int | None = None  # the question's own time limit in this room, if the teacher set one
    correct_json: str | None = None  # the key: read only by find_seat(..., to_score=True)

    @property
    def id(self) -> str:
        return self.question_id

    @property
    def answered(self) -> bool:
        return self.answer_id is not None

    @property
    def choices(self) -> list[str]:
        return list(json.loads(self.choices_json))

    @property
    def correct(self) -> list[int]:
        """The key, for scoring the answer (quizgame.game.play.submit_answer)."""
        if self.correct_json is None:
            raise LookupError(f"the seat was read without the keys, so {self.question_id} cannot be scored")
        return list(json.loads(self.correct_json))

    @property
    def choice_order(self) -> list[int] | None:
        # No delivery yet (SQL NULL), or one in the question's own order (JSON null).
        order = None if self.choice_order_json is None else json.loads(self.choice_order_json)
        return None if order is None else list(order)


@dataclass(frozen=True)
class Seat:
    room: RoomView
    player_id: int
    rejoin_token: str
    slots: list[Slot]  # in the player's order

    def next_position(self) -> int | None:
        """0-based position of the first unanswered question; None when all are answered."""
        return next((n for n, slot in enumerate(self.slots) if not slot.answered), None)

    def streak(self) -> int:
        """Fully correct answers in a row, counting back from the latest answer."""
        return rules.streak(self.slots)
