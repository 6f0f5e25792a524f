"""The question file format (see content/README.md): reading with line-precise errors, and writing.

One file per article (`article: <slug>`) and one per event for cross-article questions
(`event: <event>`); each holds a list of questions. Writing is deterministic, so a regenerated
file that did not change produces no diff.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from quizgame.config import CONTENT_LIMITS
from quizgame.content.articles import CONTROL_CHARACTERS, ArticleFile
from quizgame.content.errors import ContentError, ContentErrors
from quizgame.content.question_kinds import GENERATED_KINDS, SKILLS
from quizgame.content.yaml_lines import LineDict, load_yaml

FORMAT = "quizgame-questions/1"
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{2,39}$")
STATUSES = ("candidate", "approved", "rejected")
FIELDS = (
    "id",
    "kind",
    "skill",
    "difficulty",
    "control",
    "status",
    "prompt",
    "excerpt",
    "choices",
    "answer",
    "explanation",
    "evidence",
    "articles",
    "review",
)


@dataclass(frozen=True)
class Evidence:
    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class QuestionRecord:
    id: str
    kind: str
    skill: str
    prompt: str
    choices: list[str]
    answer: list[int]
    explanation: str
    evidence: Evidence | None
    articles: list[str]
    difficulty: int = 1
    control: bool = False
    status: str = "candidate"
    excerpt: str | None = None
    review: dict[str, Any] = field(default_factory=dict)
    path: str = ""
    line: int | None = None


@dataclass(frozen=True)
class QuestionFile:
    path: str
    article: str | None
    event: str | None
    questions: list[QuestionRecord]


def parse_question_file(text: str, path: str | Path, articles: Mapping[str, ArticleFile]) -> QuestionFile:
    """Parse and check one file against the known articles. Every problem found is reported."""
    data = load_yaml(text, path)
    if not isinstance(data, LineDict):
        raise ContentError(path, 1, "a question file must be a mapping with 'article' or 'event' and 'questions'")
    if any(not isinstance(key, str) for key in data):
        raise ContentError(path, data.line, "every field name must be text, like 'questions:'")
    if data.get("format", FORMAT) != FORMAT:
        raise ContentError(path, data.line, f"unknown format '{data.get('format')}', expected '{FORMAT}'")
    article, event = data.get("article"), data.get("event")
    if not isinstance(article, (str, type(None))) or not isinstance(event, (str, type(None))):
        raise ContentError(
            path,
            data.line_of("article" if not isinstance(article, (str, type(None))) else "event"),
            "'article' and 'event' each name one slug or event, as text",
        )
    if (article is None) == (event is None):
        raise ContentError(path, data.line, "name exactly one of 'article: <slug>' or 'event: <event>'")
    if article is not None and article not in articles:
        raise ContentError(path, data.line, f"article '{article}' is not in content/articles")
    if event is not None and not any(a.event == event for a in articles.values()):
        raise ContentError(path, data.line, f"no article belongs to event '{event}'")
    items = data.get("questions")
    if not isinstance(items, list):
        raise ContentError(path, data.line, "'questions' must be a list")
    errors: list[ContentError] = []
    questions: list[QuestionRecord] = []
    for item in items:
        try:
            questions.append(_parse_question(item, path, article, event, articles))
        except ContentError as exc:
            errors.append(exc)
    if errors:
        raise errors[0] if len(errors) == 1 else ContentErrors(errors)
    return QuestionFile(str(path), article, event, questions)


def _parse_question(
    item: Any, path: str | Path, article: str | None, event: str | None, articles: Mapping[str, ArticleFile]
) -> QuestionRecord:
    if not isinstance(item, LineDict):
        raise ContentError(path, None, "each question must be a mapping of fields")
    line = item.line

    def fail(message: str, field: str | None = None) -> ContentError:
        where = item.line_of(field) if field else line
        return ContentError(path, where, f"question {item.get('id', '(no id)')}: {message}")

    unknown = set(item) - set(FIELDS)
    if unknown:
        first = min(unknown, key=lambda key: item.line_of(key))
        raise fail(f"unknown field(s): {', '.join(sorted(map(str, unknown)))}", first)
    for name in ("id", "kind", "skill", "prompt", "choices", "answer", "explanation"):
        if item.get(name) in (None, "", []):
            raise fail(f"the field '{name}' is required")
    for name in ("id", "kind", "skill", "status", "prompt", "explanation", "excerpt"):
        _check_text(item.get(name), name, CONTENT_LIMITS.field_chars, lambda message, name=name: fail(message, name))
    review = item.get("review") or {}
    if not isinstance(review, dict) or not all(isinstance(k, str) for k in review):
        raise fail("review must be a mapping of notes, like 'review: {note: ...}'", "review")
    _check_text(json.dumps(review, default=str), "review", CONTENT_LIMITS.field_chars, fail)
    qid = str(item["id"])
    if not ID_PATTERN.match(qid):
        raise fail("id must be 3-40 lower-case letters, digits or dashes")
    kind = GENERATED_KINDS.get(item["kind"])
    if kind is None:
        raise fail(f"kind '{item['kind']}' is not one of {', '.join(GENERATED_KINDS)}")
    if item["skill"] not in SKILLS:
        raise fail(f"skill '{item['skill']}' is not one of {', '.join(SKILLS)}")
    status = item.get("status", "candidate")
    if status not in STATUSES:
        raise fail(f"status '{status}' is not one of {', '.join(STATUSES)}")
    difficulty = item.get("difficulty", 1)
    if not isinstance(difficulty, int) or isinstance(difficulty, bool) or not 1 <= difficulty <= 3:
        raise fail("difficulty must be 1, 2 or 3")
    choices = item["choices"]
    if not isinstance(choices, list) or len(choices) < 2 or not all(isinstance(c, str) and c for c in choices):
        raise fail("choices must be a list of at least two non-empty strings", "choices")
    if len(choices) > CONTENT_LIMITS.choices:
        raise fail(f"a question has at most {CONTENT_LIMITS.choices} choices")
    for choice in choices:
        _check_text(choice, "each choice", CONTENT_LIMITS.choice_chars, fail)
    if not kind.choices_distinct(choices):
        raise fail("choices must be distinct")
    answer = item["answer"]
    if isinstance(answer, int) and not isinstance(answer, bool):
        answer = [answer]
    if (
        not isinstance(answer, list)
        or not answer
        or not all(isinstance(a, int) and not isinstance(a, bool) and 0 <= a < len(choices) for a in answer)
        or len(set(answer)) != len(answer)
    ):
        raise fail(f"answer must list distinct choice numbers from 0 to {len(choices) - 1}")
    linked = _linked_articles(item, article, event, articles, fail)
    evidence = _parse_evidence(item.get("evidence"), linked, articles, fail)
    return QuestionRecord(
        id=qid,
        kind=item["kind"],
        skill=item["skill"],
        prompt=str(item["prompt"]),
        choices=list(choices),
        answer=sorted(answer),
        explanation=str(item["explanation"]),
        evidence=evidence,
        articles=linked,
        difficulty=difficulty,
        control=bool(item.get("control", False)),
        status=status,
        excerpt=item.get("excerpt"),
        review=dict(review),
        path=str(path),
        line=line,
    )


def _check_text(value: Any, name: str, limit: int, fail) -> None:  # type: ignore[no-untyped-def]
    """Text of bounded length without control characters (a NUL cannot be stored in PostgreSQL)."""
    if value is None:
        return
    if not isinstance(value, str):
        raise fail(f"{name} must be text, not a {_yaml_kind(value)}")
    if len(value) > limit:
        raise fail(f"{name} is longer than {limit:,} characters")
    if CONTROL_CHARACTERS.search(value):
        raise fail(f"{name} holds a control character")


def _yaml_kind(value: Any) -> str:
    return {dict: "mapping", list: "list", bool: "true/false", int: "number", float: "number"}.get(type(value), "value")


def _linked_articles(item: LineDict, article: str | None, event: str | None, articles, fail) -> list[str]:  # type: ignore[no-untyped-def]
    if article is not None:
        return [article]
    named = item.get("articles") or sorted(s for s, a in articles.items() if a.event == event)
    if not isinstance(named, list) or not all(isinstance(slug, str) for slug in named) or len(named) > 20:
        raise fail("articles must be a list of at most 20 article slugs", "articles")
    for slug in named:
        if slug not in articles:
            raise fail(f"article '{slug}' is not in content/articles")
    return list(named)


def _parse_evidence(raw: Any, linked: list[str], articles: Mapping[str, ArticleFile], fail) -> Evidence | None:  # type: ignore[no-untyped-def]
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise fail("evidence must be a mapping with start, end and text")
    slug = raw.get("article", linked[0] if len(linked) == 1 else None)
    if not isinstance(slug, str) or slug not in articles:
        raise fail("evidence must name one of the question's articles", "evidence")
    start, end, text = raw.get("start"), raw.get("end"), raw.get("text")
    if not isinstance(start, int) or not isinstance(end, int) or not isinstance(text, str):
        raise fail("evidence needs integer start and end and the quoted text")
    body = articles[slug].body
    if not 0 <= start <= end <= len(body) or body[start:end] != text:
        raise fail(f"evidence text does not match characters {start}-{end} of article '{slug}'")
    return Evidence(slug, start, end, text)


def read_question_files(directory: str | Path, articles: Mapping[str, ArticleFile]) -> list[QuestionFile]:
    files: list[QuestionFile] = []
    errors: list[ContentError] = []
    seen: dict[str, str] = {}
    for path in sorted(Path(directory).glob("*.yaml")):
        try:
            parsed = parse_question_file(path.read_text(encoding="utf-8"), path, articles)
        except ContentErrors as exc:
            errors.extend(exc.errors)
            continue
        except ContentError as exc:
            errors.append(exc)
            continue
        for question in parsed.questions:
            if question.id in seen:
                errors.append(
                    ContentError(path, question.line, f"id '{question.id}' is also used in {seen[question.id]}")
                )
            seen[question.id] = str(path)
        files.append(parsed)
    if errors:
        raise errors[0] if len(errors) == 1 else ContentErrors(errors)
    return files


def question_to_mapping(question: QuestionRecord, single_article: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in asdict(question).items():
        if key in ("path", "line") or (key == "articles" and single_article):
            continue
        if value in (None, {}) and key in ("excerpt", "review", "evidence"):
            continue
        out[key] = value
    return out


def dump_question_file(article: str | None, event: str | None, questions: Iterable[QuestionRecord]) -> str:
    """Serialise deterministically: fixed key order, questions sorted by id."""
    header: dict[str, Any] = {"format": FORMAT}
    header["article" if article else "event"] = article or event
    header["questions"] = [
        question_to_mapping(q, single_article=article is not None) for q in sorted(questions, key=lambda q: q.id)
    ]
    return yaml.safe_dump(header, sort_keys=False, allow_unicode=True, width=100)
