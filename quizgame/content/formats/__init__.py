"""Question sets in other tools' formats: Kahoot (.xlsx), Moodle GIFT and Aiken (text), QTI 2.1 (zip).

Each format module is pure (no Flask, no database): `write(questions) -> (bytes, Notes)` and, where
the format can be read, `read(bytes) -> list[Portable]`, raising FormatErrors that name every bad
row or line. A format that cannot hold part of a question says so in the Notes, per question:
nothing is dropped without a line saying what and why.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Portable:
    """A question as another tool can hold it: text, choices and the right ones."""

    prompt: str
    choices: list[str]
    correct: list[int]
    explanation: str = ""
    excerpt: str | None = None  # the passage shown with the question
    ident: str = ""  # our id, where a format has a place for one
    tap: bool = False  # tap-the-word: the choices are the words of one sentence

    @property
    def several(self) -> bool:
        return len(self.correct) > 1


@dataclass
class Notes:
    """What a file could not hold: questions left out (with the reason) and parts left out."""

    written: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (question, reason)
    changed: list[tuple[str, str]] = field(default_factory=list)  # (question, what was left out or changed)

    def skip(self, question: Portable, reason: str) -> None:
        self.skipped.append((question.ident or question.prompt, reason))

    def change(self, question: Portable, what: str) -> None:
        self.changed.append((question.ident or question.prompt, what))

    def lines(self) -> list[str]:
        out = [f"{self.written} question{'s' if self.written != 1 else ''} written."]
        out += [f"Left out {ident}: {reason}" for ident, reason in self.skipped]
        out += [f"Changed {ident}: {what}" for ident, what in self.changed]
        return out


@dataclass(frozen=True)
class FormatError:
    where: str  # "line 12", "row 5"
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class FormatErrors(ValueError):
    """A file that cannot be imported; every problem found, each naming its row or line."""

    def __init__(self, errors: list[FormatError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))


def one_line(text: str) -> str:
    return " ".join(text.split())
