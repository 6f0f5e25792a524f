"""The play core's read models, the same in both modes: a room as play reads it (RoomView) and a
player's seat in it (Seat).

A self-paced request reads both in one statement (quizgame.game.fast_path.seat_rows.find_seat),
with the seat's slots: every question in the player's order with its delivery and answer; a live
answer reads both in one statement too (quizgame.game.fast_path.answer_rows.read_answer_seat). A live
student's state reads the room from the version's shared snapshot (Snapshot.room) and the seat
from one row (quizgame.game.live.student_view.seat_row; the hub reads the whole room's at once),
with what the seat earned on the question on screen. Templates, the live clock
(quizgame.game.live.machine) and submit_answer read these, never a session's Room or Player.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from quizgame.game.play import rules


@dataclass(frozen=True)
class RoomView:
    """A room as play reads it in either mode: its code, mode, status, the settings play follows and,
    in a live room, the clock of the question on screen (None where no question runs: a self-paced
    room never has one)."""

    id: int
    code: str
    title: str
    mode: str
    status: str
    phase: str
    version: int
    scoring: str
    seconds_per_question: int
    shuffle_questions: bool
    shuffle_choices: bool
    show_explanations: bool
    current_position: int | None = None
    question_started_at: dt.datetime | None = None
    paused_remaining_ms: int | None = None
    # The open question's own limit, if the teacher set one (copied into the room row when it
    # opened); the live snapshot folds it into seconds_per_question instead.
    question_seconds: int | None = None


@dataclass(frozen=True)
class Slot:
    """One question as this player meets it in a self-paced room: its delivery and answer, and what
    delivering and scoring it need (its kind and choices; its key only when the seat was read to
    score an answer). What the player is shown of it is a QuestionView (quizgame.game.question_view)."""

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
class Earned:
    """What a stored answer earned."""

    correct: bool
    credit: float
    points: int


@dataclass(frozen=True)
class Seat:
    """A player's seat in a room, in either mode: who they are there (the rejoin token is what their
    browser's cookie holds) and their questions as far as the mode reads them: a self-paced seat
    has every question as a slot, in the player's order; a live seat has what its answer to the
    question on screen earned, if it answered."""

    player_id: int
    rejoin_token: str
    nickname: str
    removed: bool = False
    slots: list[Slot] = field(default_factory=list)
    earned: Earned | None = None

    def next_position(self) -> int | None:
        """0-based position of the first unanswered question; None when all are answered."""
        return next((n for n, slot in enumerate(self.slots) if not slot.answered), None)

    def streak(self) -> int:
        """Fully correct answers in a row, counting back from the latest answer."""
        return rules.streak(self.slots)
