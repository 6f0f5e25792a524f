"""What a mention resolves to: the speaker's name, its kind and how sure the resolution is.

coreference.py makes these; the helpers it asks (described_organisations.py) and found.py, which reads a
cue's subject, make and pass them too.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from quizgame.content.analysis.model import SpeakerKind


@dataclass(frozen=True)
class Resolved:
    name: str
    kind: SpeakerKind
    certainty: float = 1.0  # 1.0 for a name; less for a title, a pronoun, a guess
    antecedent: Token | None = None  # the unnamed person a pronoun stands for ('A police spokeswoman ... She said')
