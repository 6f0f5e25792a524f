"""The data model, a module per idea; rules that must never break are constraints in the database,
not only checks in Python. Import the models from here (`from quizgame.models import Room`): this
package loads every module, so SQLAlchemy and Alembic always see the whole schema.

    columns      aware UTC timestamps, CHECK constraints from a tuple of values
    accounts     teachers; the rate-limit counters that bound any client
    classrooms   classrooms and their rosters
    content      articles, questions, review actions, article imports, stored analyses
    rooms        rooms, their questions and settings, and the states a room moves through
    play         players, deliveries (when a question reached a player), answers
    live         the live game's snapshot of each version of a room
"""

from quizgame.content.question_kinds import SKILLS
from quizgame.models.accounts import RateLimitCounter, Teacher
from quizgame.models.classrooms import Classroom, RosterStudent
from quizgame.models.columns import UTCDateTime, utcnow
from quizgame.models.content import (
    IMPORT_STAGES,
    QUESTION_ORIGINS,
    QUESTION_STATUSES,
    Article,
    ImportJob,
    ImportStage,
    Question,
    QuestionStatus,
    ReviewAction,
    StoredAnalysis,
    question_articles,
)
from quizgame.models.live import LiveSnapshot
from quizgame.models.play import Answer, Delivery, Player
from quizgame.models.rooms import (
    LEADERBOARD_VISIBILITY,
    ROOM_MODES,
    ROOM_PHASES,
    ROOM_STATUSES,
    SCORING_MODES,
    LeaderboardVisibility,
    Room,
    RoomMode,
    RoomPhase,
    RoomQuestion,
    RoomScoring,
    RoomStatus,
)

__all__ = [
    "IMPORT_STAGES",
    "LEADERBOARD_VISIBILITY",
    "QUESTION_ORIGINS",
    "QUESTION_STATUSES",
    "ROOM_MODES",
    "ROOM_PHASES",
    "ROOM_STATUSES",
    "SCORING_MODES",
    "SKILLS",
    "Answer",
    "Article",
    "Classroom",
    "Delivery",
    "ImportJob",
    "ImportStage",
    "LeaderboardVisibility",
    "LiveSnapshot",
    "Player",
    "Question",
    "QuestionStatus",
    "RateLimitCounter",
    "ReviewAction",
    "Room",
    "RoomMode",
    "RoomPhase",
    "RoomQuestion",
    "RoomScoring",
    "RoomStatus",
    "RosterStudent",
    "StoredAnalysis",
    "Teacher",
    "UTCDateTime",
    "question_articles",
    "utcnow",
]
