"""What a self-paced page shows of one question: its text, the article it quotes and, once
answered, the player's stored answer (read in one statement by quizgame.game.fast_path.question_rows).
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgame.content.question_kinds import AsksItsKind
from quizgame.game.passage import Passage, Source, shown_passages


@dataclass(frozen=True)
class ShownArticle(Source):
    """The article a question's evidence is in (outlet, headline, body)."""


@dataclass(frozen=True)
class ShownQuestion(AsksItsKind):
    id: str
    kind: str
    prompt: str
    choices: list[str]
    correct: list[int]
    explanation: str
    excerpt: str | None
    evidence_text: str | None
    evidence_start: int | None
    evidence_end: int | None
    evidence_article: ShownArticle | None

    def passages(self, answered: bool, compared: list[Source] | None = None) -> list[Passage]:
        """The passage(s) shown above the choices, or with the result (quizgame.game.passage)."""
        return shown_passages(
            self.kind,
            self.prompt,
            self.evidence_article,
            self.evidence_start,
            self.evidence_end,
            compared or [],
            answered,
            self.evidence_text,
        )


@dataclass(frozen=True)
class ShownAnswer:
    chosen: list[int]
    correct: bool
    credit: float
    points: int
    response_ms: int
