from __future__ import annotations

import pytest

from quizgame.extensions import db
from quizgame.models import Question
from tests.factories import load_demo_content, make_classroom, make_player, make_room, make_teacher
from tests.game.three_questions import ATTRIBUTION, LOADED_WORD, WHO_SAID


@pytest.fixture
def answering(app_ctx):  # type: ignore[no-untyped-def]
    """A 20-second speed-scored room of three questions, and Sam, who has joined it."""
    load_demo_content()
    questions = [db.session.get(Question, qid) for qid in (ATTRIBUTION, WHO_SAID, LOADED_WORD)]
    room = make_room(make_classroom(make_teacher()), questions, seconds_per_question=20, scoring="speed")
    return room, make_player(room, "Sam"), questions
