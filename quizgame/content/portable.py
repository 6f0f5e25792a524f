"""Question sets to and from other tools (quizgame.content.formats), over the database.

Export: the approved questions of chosen articles, in one format, with the format's notes on what
it could not hold. Import: a teacher's own questions, tied to no article (kind OWN_KIND, `origin`
naming the format), added as candidates for review like generated ones. A file with any bad row or
line adds nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from types import ModuleType

from sqlalchemy import select
from sqlalchemy.orm import Session

from quizgame.config import CONTENT_LIMITS
from quizgame.content.formats import FormatError, FormatErrors, Notes, Portable, aiken, gift, kahoot, qti
from quizgame.content.question_kinds import OWN
from quizgame.models import QUESTION_ORIGINS, SKILLS, Article, Question

OWN_KIND = OWN.name
MAX_FILE = 2 * 1024 * 1024


@dataclass(frozen=True)
class Format:
    name: str
    label: str
    module: ModuleType
    extension: str
    mimetype: str
    readable: bool


FORMATS = {
    "kahoot": Format(
        "kahoot",
        "Kahoot spreadsheet (.xlsx)",
        kahoot,
        ".xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        True,
    ),
    "gift": Format("gift", "Moodle GIFT (.txt)", gift, ".gift.txt", "text/plain; charset=utf-8", True),
    "aiken": Format("aiken", "Moodle Aiken (.txt)", aiken, ".aiken.txt", "text/plain; charset=utf-8", True),
    "qti": Format("qti", "QTI 2.1 package (.zip)", qti, ".qti.zip", "application/zip", False),
}
assert {name for name, f in FORMATS.items() if f.readable} == set(QUESTION_ORIGINS)


def portable(question: Question) -> Portable:
    explanation, excerpt = question.explanation or "", question.excerpt
    if excerpt and not question.question_kind.passage_first:
        # The passage would give the answer away before answering: it goes with the explanation.
        explanation, excerpt = f"{explanation} “{excerpt}”".strip(), None
    return Portable(
        prompt=question.prompt,
        choices=list(question.choices),
        correct=sorted(question.correct),
        explanation=explanation,
        excerpt=excerpt,
        ident=question.id,
        tap=question.question_kind.tap,
    )


def approved_questions(articles: Iterable[Article]) -> list[Question]:
    """Each approved question of the articles once, article by article, in id order."""
    seen: dict[str, Question] = {}
    for article in articles:
        for question in sorted(article.questions, key=lambda q: q.id):
            if question.status == "approved":
                seen.setdefault(question.id, question)
    return list(seen.values())


def export_questions(format_name: str, questions: Sequence[Question]) -> tuple[bytes, Notes]:
    return FORMATS[format_name].module.write([portable(q) for q in questions])  # type: ignore[no-any-return]


@dataclass
class ImportReport:
    added: int = 0
    already_here: int = 0
    notes: list[str] = field(default_factory=list)


def own_question_id(teacher_id: int, item: Portable) -> str:
    """Stable for the same teacher and content, so importing a file twice adds nothing new."""
    digest = hashlib.sha256(json.dumps([teacher_id, item.prompt, item.choices, item.correct]).encode()).hexdigest()
    return f"own-{digest[:24]}"


def over_caps(number: int, item: Portable) -> list[FormatError]:
    """The question's fields that are longer than a set's fields may be (CONTENT_LIMITS), so a file
    in another tool's format stores nothing a question set could not."""
    limits, where = CONTENT_LIMITS, f"question {number}"
    problems = [
        FormatError(where, f"the {name} is longer than {limits.field_chars:,} characters")
        for name, text in (
            ("question", item.prompt),
            ("explanation", item.explanation),
            ("passage", item.excerpt or ""),
        )
        if len(text) > limits.field_chars
    ]
    if len(item.choices) > limits.choices:
        problems.append(FormatError(where, f"it has more than {limits.choices} answers"))
    if any(len(choice) > limits.choice_chars for choice in item.choices):
        problems.append(FormatError(where, f"an answer is longer than {limits.choice_chars:,} characters"))
    return problems


def import_questions(session: Session, teacher_id: int, format_name: str, data: bytes, skill: str) -> ImportReport:
    """Reads the whole file first; raises FormatErrors (nothing added) if any row or line is bad."""
    chosen = FORMATS.get(format_name)
    if chosen is None or not chosen.readable:
        raise FormatErrors([FormatError("file", f"quizgame cannot read {format_name!r} files")])
    if skill not in SKILLS:
        raise FormatErrors([FormatError("file", f"choose the skill the questions practise ({', '.join(SKILLS)})")])
    if len(data) > MAX_FILE:
        raise FormatErrors([FormatError("file", "the file is larger than 2 MB")])
    items, notes = chosen.module.read(data)
    problems = [problem for number, item in enumerate(items, 1) for problem in over_caps(number, item)]
    if problems:
        raise FormatErrors(problems)
    report = ImportReport(notes=list(notes))
    ids = [own_question_id(teacher_id, item) for item in items]
    present = set(session.scalars(select(Question.id).where(Question.id.in_(ids))))
    for question_id, item in zip(ids, items, strict=True):
        if question_id in present:
            report.already_here += 1
            continue
        present.add(question_id)
        session.add(
            Question(
                id=question_id,
                kind=OWN_KIND,
                skill=skill,
                prompt=item.prompt,
                choices=item.choices,
                correct=item.correct,
                explanation=item.explanation,
                difficulty=1,
                status="candidate",
                owner_id=teacher_id,
                origin=format_name,
            )
        )
        report.added += 1
    session.flush()
    return report
