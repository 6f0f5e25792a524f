"""What the analysis of one article finds. Offsets are character offsets into the article body.

These types are the contract between the analysis and the question generators: the generators
read only these, never spaCy objects, so they stay small, pure and testable with hand-made input.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SpeakerKind = Literal["named", "anonymous", "organization", "outlet", "document", "social_media"]


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Promo:
    text: str
    start: int
    end: int
    confidence: float = 1.0  # 0..1: how sure the analysis is; generators refuse weak findings


@dataclass(frozen=True)
class Attribution:
    speaker: str  # resolved: "Jenny Durkan", not "she"
    speaker_kind: SpeakerKind
    cue: str  # "said", "told ABC News", "tweeting", "according to"
    quote: str  # what was said (the quotation's words, or the reported content)
    direct: bool  # a direct quotation in quotation marks
    start: int  # the span of the whole attributed statement in the body
    end: int
    sentence_start: int = 0  # the sentence(s) holding it, for evidence
    sentence_end: int = 0
    confidence: float = 1.0


@dataclass(frozen=True)
class Secondhand:
    outlet: str  # "KOMO News", "the City-Journal"
    cue: str  # "according to", "reported"
    claim: str
    start: int = 0
    end: int = 0
    confidence: float = 1.0


@dataclass(frozen=True)
class UnsourcedClaim:
    text: str
    start: int
    end: int
    confidence: float = 1.0


@dataclass(frozen=True)
class LoadedTerm:
    term: str
    sentence: str
    neutral: str
    reason: str
    start: int  # the term's span in the body
    end: int
    sentence_start: int = 0
    sentence_end: int = 0
    confidence: float = 1.0


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    in_quote: bool = False  # wholly inside a quotation: the speaker's words, not the reporter's


@dataclass(frozen=True)
class ArticleAnalysis:
    article: str  # slug
    promos: list[Promo] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    secondhand: list[Secondhand] = field(default_factory=list)
    unsourced_claims: list[UnsourcedClaim] = field(default_factory=list)
    loaded_terms: list[LoadedTerm] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)  # the reporting's sentences, promos excluded
    people: list[str] = field(default_factory=list)  # full names mentioned, in order of first mention

    def to_json(self) -> dict[str, Any]:
        """The shape `quizgame analyze --json` prints."""
        data = asdict(self)
        return data
